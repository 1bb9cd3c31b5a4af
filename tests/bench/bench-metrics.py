#!/usr/bin/python3
# bench-metrics.py
#
# Copyright 2026 The Liaison authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
"""The reference side of bench-metrics: what "liaison --metrics" does, in
Python, with python-igraph or NetworkX.

    bench-metrics.py igraph|networkx DATASET.json OUT.csv

Reads a Liaison JSON dataset with Python's json, computes the table's
columns (degree, in and out degree, betweenness, closeness, PageRank,
multilevel communities, connected components) with the library's usual
calls, normalised as Liaison does, and writes the table as CSV. Exits 77
when the library is not installed (python3-igraph, python3-networkx).
"""

import csv
import json
import sys


def read(path):
    with open(path, encoding='utf-8-sig') as f:
        document = json.load(f)
    ids = [str(e['id']) for e in document['entities']]
    index = {entity: i for i, entity in enumerate(ids)}
    pairs = [(index[str(r['from'])], index[str(r['to'])]) for r in document['relations']]
    return document, ids, pairs


def degrees(n, pairs):
    degree, in_degree, out_degree = [0] * n, [0] * n, [0] * n
    for a, b in pairs:
        out_degree[a] += 1
        in_degree[b] += 1
        degree[a] += 1
        if a != b:
            degree[b] += 1
    return degree, in_degree, out_degree


def number_by_size(membership):
    """Groups numbered by size, the largest 0, ties by first member."""
    groups = {}
    for vertex, label in enumerate(membership):
        groups.setdefault(label, []).append(vertex)
    order = sorted(groups.values(), key=lambda g: (-len(g), g[0]))
    result = [0] * len(membership)
    for number, group in enumerate(order):
        for vertex in group:
            result[vertex] = number
    return result


def with_igraph(n, pairs):
    import igraph
    directed = igraph.Graph(n=n, edges=pairs, directed=True)
    undirected = directed.as_undirected(mode='collapse')
    undirected.simplify(multiple=True, loops=True)
    directed.simplify(multiple=True, loops=False)

    scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 1.0
    betweenness = [b * scale for b in undirected.betweenness(directed=False)]
    closeness = []
    components = undirected.connected_components(mode='weak')
    size = [0] * n
    for piece in components:
        for vertex in piece:
            size[vertex] = len(piece)
    # NetworkX's correction for graphs in pieces: igraph gives the inverse
    # mean distance to the reachable.
    for vertex, value in enumerate(undirected.closeness(normalized=True)):
        reached = size[vertex] - 1
        closeness.append(value * reached / (n - 1) if reached > 0 and value == value else 0.0)
    pagerank = directed.pagerank(damping=0.85, directed=True, implementation='prpack')
    communities = undirected.community_multilevel()
    return betweenness, closeness, pagerank, communities.membership, components.membership


def with_networkx(n, pairs):
    import networkx as nx
    undirected = nx.Graph()
    undirected.add_nodes_from(range(n))
    undirected.add_edges_from((a, b) for a, b in pairs if a != b)
    directed = nx.DiGraph()
    directed.add_nodes_from(range(n))
    directed.add_edges_from(pairs)

    betweenness = nx.betweenness_centrality(undirected)
    closeness = nx.closeness_centrality(undirected)
    try:
        pagerank = nx.pagerank(directed, alpha=0.85, weight=None)
    except ImportError:
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
        pagerank = _pagerank_python(directed, alpha=0.85, weight=None)
    community = [0] * n
    for number, group in enumerate(nx.community.louvain_communities(undirected, weight=None, seed=0)):
        for vertex in group:
            community[vertex] = number
    component = [0] * n
    for number, piece in enumerate(nx.connected_components(undirected)):
        for vertex in piece:
            component[vertex] = number
    return ([betweenness[v] for v in range(n)], [closeness[v] for v in range(n)],
            [pagerank[v] for v in range(n)], community, component)


def main():
    library, dataset, output = sys.argv[1:4]
    try:
        compute = {'igraph': with_igraph, 'networkx': with_networkx}[library]
        __import__(library)
    except ImportError:
        print(f'bench-metrics.py: {library} is not installed', file=sys.stderr)
        return 77

    document, ids, pairs = read(dataset)
    n = len(ids)
    degree, in_degree, out_degree = degrees(n, pairs)
    betweenness, closeness, pagerank, community, component = compute(n, pairs)
    community = number_by_size(community)
    component = number_by_size(component)

    with open(output, 'w', newline='', encoding='utf-8') as f:
        writer = csv.writer(f, lineterminator='\n')
        writer.writerow(['id', 'label', 'type', 'degree', 'in_degree', 'out_degree', 'betweenness',
                         'closeness', 'pagerank', 'community', 'component'])
        for v, entity in enumerate(document['entities']):
            writer.writerow([ids[v], entity.get('label', entity.get('name', '')), entity.get('type', ''),
                             degree[v], in_degree[v], out_degree[v], f'{betweenness[v]:.10g}',
                             f'{closeness[v]:.10g}', f'{pagerank[v]:.10g}', community[v], component[v]])
    return 0


if __name__ == '__main__':
    sys.exit(main())
