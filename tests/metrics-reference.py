#!/usr/bin/python3
# metrics-reference.py
#
# Copyright 2026 The Liaison authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks "liaison --metrics" against NetworkX on a Liaison JSON dataset.

    tests/metrics-reference.py DATASET.json [--liaison=PATH | --csv=TABLE.csv]

Computes every column of the table with NetworkX's defaults, the way the
README defines them, runs liaison (or reads a table it wrote) and compares:
degrees and components must be equal; betweenness, closeness and PageRank
must rank the entities alike (Spearman's rho, and the ten highest); the
communities must reach at least 0.95 of the modularity of NetworkX's own
Louvain. Prints a table and exits 0 when everything agrees, 1 otherwise, 2
when NetworkX is missing (apt-get install python3-networkx).
"""

import argparse
import csv
import io
import json
import os
import subprocess
import sys
import tempfile

try:
    import networkx as nx
except ImportError:
    print('metrics-reference: NetworkX is not installed (apt-get install python3-networkx)', file=sys.stderr)
    sys.exit(2)

FORMULA_START = ('=', '+', '-', '@', '\t', '\r', "'")


def read_dataset(path):
    with open(path, encoding='utf-8-sig') as f:
        document = json.load(f)
    ids = [str(e['id']) for e in document.get('entities', [])]
    pairs = [(str(r['from']), str(r['to'])) for r in document.get('relations', [])]
    return ids, pairs


def pagerank(directed):
    try:
        return nx.pagerank(directed, alpha=0.85, weight=None, tol=1e-10, max_iter=1000)
    except ImportError:
        # NetworkX 3 wants SciPy for it; its plain Python version gives the same.
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
        return _pagerank_python(directed, alpha=0.85, weight=None, tol=1e-10, max_iter=1000)


def reference(ids, pairs, seed):
    """The table as NetworkX computes it: the undirected simple graph for
    paths, clustering and communities, the directed one for PageRank."""
    undirected = nx.Graph()
    undirected.add_nodes_from(ids)
    undirected.add_edges_from((a, b) for a, b in pairs if a != b)
    directed = nx.DiGraph()
    directed.add_nodes_from(ids)
    directed.add_edges_from(pairs)

    # Degrees count every relation, parallel ones too: NetworkX's
    # multigraph counts a self-loop at both ends, the table once.
    multi = nx.MultiDiGraph()
    multi.add_nodes_from(ids)
    multi.add_edges_from(pairs)
    in_degree = dict(multi.in_degree())
    out_degree = dict(multi.out_degree())
    degree = {e: in_degree[e] + out_degree[e] - multi.number_of_edges(e, e) for e in ids}

    order = {entity: i for i, entity in enumerate(ids)}
    pieces = sorted(nx.connected_components(undirected), key=lambda p: (-len(p), min(order[e] for e in p)))
    component = {e: i for i, piece in enumerate(pieces) for e in piece}

    communities = nx.community.louvain_communities(undirected, weight=None, seed=seed)
    modularity = nx.community.modularity(undirected, communities, weight=None) if undirected.number_of_edges() else float('nan')

    return {
        'degree': degree,
        'in_degree': in_degree,
        'out_degree': out_degree,
        'betweenness': nx.betweenness_centrality(undirected),
        'closeness': nx.closeness_centrality(undirected),
        'pagerank': pagerank(directed),
        'component': component,
        'graph': undirected,
        'modularity': modularity,
        'n_communities': len(communities),
    }


def unquote_id(text):
    """The table puts an apostrophe before text a spreadsheet could take
    for a formula; the README says to take it away."""
    if len(text) >= 2 and text[0] == "'" and text[1] in FORMULA_START:
        return text[1:]
    return text


def read_table(text):
    rows = list(csv.DictReader(io.StringIO(text, newline='')))
    return {unquote_id(row['id']): row for row in rows}


def ranks(values):
    """Ranks from 1, ties sharing their mean rank."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    result = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            result[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return result


def spearman(x, y):
    rx, ry = ranks(x), ranks(y)
    n = len(x)
    mx, my = sum(rx) / n, sum(ry) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    sxx = sum((a - mx) ** 2 for a in rx)
    syy = sum((b - my) ** 2 for b in ry)
    if sxx == 0 or syy == 0:
        return 1.0 if sxx == syy else 0.0
    return sxy / (sxx * syy) ** 0.5


def top(ids, values, k):
    return set(sorted(ids, key=lambda e: (-values[e], e))[:k])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('dataset')
    parser.add_argument('--liaison', default=os.environ.get('LIAISON_BINARY', 'liaison'))
    parser.add_argument('--csv', help='a table liaison --metrics already wrote')
    parser.add_argument('--min-rho', type=float, default=0.99,
                        help='the least rank agreement accepted (lower it for estimates past 20,000 entities)')
    parser.add_argument('--seed', type=int, default=0, help="the seed of NetworkX's Louvain")
    args = parser.parse_args()

    if args.csv:
        with open(args.csv, encoding='utf-8') as f:
            text = f.read()
    else:
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, 'metrics.csv')
            run = subprocess.run([args.liaison, '--metrics=' + out, args.dataset], capture_output=True, text=True)
            if run.returncode != 0:
                print('metrics-reference: liaison failed: ' + run.stderr.strip(), file=sys.stderr)
                return 1
            with open(out, encoding='utf-8') as f:
                text = f.read()

    ids, pairs = read_dataset(args.dataset)
    ours = read_table(text)
    theirs = reference(ids, pairs, args.seed)
    failures = []

    print(f'{args.dataset}: {len(ids)} entities, {len(pairs)} relations')
    if sorted(ours) != sorted(ids):
        print('  the table does not have one row per entity')
        return 1

    for column in ('degree', 'in_degree', 'out_degree', 'component'):
        wrong = [e for e in ids if int(ours[e][column]) != theirs[column][e]]
        print(f'  {column:<12} {"equal" if not wrong else f"{len(wrong)} differ, e.g. {wrong[0]}"}')
        if wrong:
            failures.append(column)

    print(f'  {"":<12} {"max |diff|":>12} {"Spearman":>9} {"top 10":>7}')
    for column in ('betweenness', 'closeness', 'pagerank'):
        x = [float(ours[e][column]) for e in ids]
        y = [theirs[column][e] for e in ids]
        diff = max((abs(a - b) for a, b in zip(x, y)), default=0)
        # Equal values stay equal whatever the rounding of either side.
        rho = spearman([round(a, 9) for a in x], [round(b, 9) for b in y]) if len(ids) > 1 else 1.0
        k = min(10, len(ids))
        overlap = len(top(ids, dict(zip(ids, x)), k) & top(ids, theirs[column], k))
        print(f'  {column:<12} {diff:>12.3g} {rho:>9.4f} {overlap:>4}/{k}')
        if rho < args.min_rho:
            failures.append(column)

    groups = {}
    for e in ids:
        groups.setdefault(int(ours[e]['community']), set()).add(e)
    graph = theirs['graph']
    if graph.number_of_edges():
        q_ours = nx.community.modularity(graph, list(groups.values()), weight=None)
        q_theirs = theirs['modularity']
        ratio = q_ours / q_theirs if q_theirs > 0 else 1.0
        print(f'  communities  Liaison {len(groups)} (modularity {q_ours:.4f}), '
              f'NetworkX Louvain {theirs["n_communities"]} ({q_theirs:.4f}): {ratio:.3f}x')
        if ratio < 0.95:
            failures.append('community')

    if failures:
        print('  DISAGREE: ' + ', '.join(failures))
        return 1
    print('  agree')
    return 0


if __name__ == '__main__':
    sys.exit(main())
