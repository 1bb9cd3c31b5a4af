#!/usr/bin/python3
# The reference for bench-view: xdot.py's own widget, given the same graph
# already laid out (as "xdot -n" would show it), driven through the same
# pan and zoom sweep. It prints, as JSON, how long each redraw took: xdot.py
# draws the whole visible graph with cairo on every frame.
#
#   bench-view-xdot.py FILE.xdot

import json
import resource
import sys
import time

import gi
gi.require_version('Gtk', '3.0')
from gi.repository import GLib, Gtk  # noqa: E402

from xdot.ui.window import DotWidget  # noqa: E402

STEPS = 60

def main():
    with open(sys.argv[1], 'rb') as f:
        code = f.read()

    window = Gtk.Window()
    window.set_default_size(1280, 900)
    widget = DotWidget()
    window.add(widget)
    window.show_all()
    widget.set_xdotcode(code)

    times = []
    original = widget._draw_graph

    def timed_draw(cr, rect):
        start = time.perf_counter()
        original(cr, rect)
        times.append(time.perf_counter() - start)

    widget._draw_graph = timed_draw

    def settle():
        while Gtk.events_pending():
            Gtk.main_iteration_do(False)

    def frame():
        widget.queue_draw()
        # Wait for the redraw this change asked for.
        before = len(times)
        deadline = time.monotonic() + 60
        while len(times) == before and time.monotonic() < deadline:
            Gtk.main_iteration_do(True)

    def sweep():
        del times[:]
        for _ in range(STEPS):
            widget.x += 8 / widget.zoom_ratio
            frame()
        for _ in range(STEPS):
            widget.x -= 8 / widget.zoom_ratio
            frame()
        for _ in range(STEPS):
            widget.zoom_ratio *= 1.02
            frame()
        for _ in range(STEPS):
            widget.zoom_ratio /= 1.02
            frame()
        return list(times)

    settle()
    widget.zoom_to_fit()
    settle()
    fit = sweep()

    widget.zoom_ratio = 1.0
    settle()
    actual = sweep()

    def stats(values):
        values = sorted(v * 1000 for v in values)
        return {'p50': values[len(values) // 2],
                'p95': values[int(len(values) * 0.95) - 1],
                'max': values[-1],
                'frames': len(values)}

    print(json.dumps({'fit': stats(fit), 'actual': stats(actual),
                      'peak_mib': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))

main()
