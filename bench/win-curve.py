#!/usr/bin/env python3
"""Members' win rate against the scripted baselines over training, as an SVG line chart.

   bench/win-curve.py out.svg "title" label=runs/<dir>/<run-id> [label=...]

Reads each run's ratings.jsonl (one line per finished game, in rating order); a point is the
share of member-vs-baseline games won (draw = 1/2) in each tenth of the run, at the frames
played by then. Python 3 standard library only.
"""
import json
import sys
from pathlib import Path

from svgchart import line_chart


def points(run, bins=10):
    scores = []
    for line in open(Path(run) / "ratings.jsonl"):
        update = json.loads(line)
        players, ranks = update["players"], update["ranks"]
        scripted = [p.startswith("scripted:") for p in players]
        if any(scripted) and not all(scripted):
            member = scripted.index(False)
            baseline = scripted.index(True)
            score = 1.0 if ranks[member] < ranks[baseline] else 0.5 if ranks[member] == ranks[baseline] else 0.0
            scores.append((update["frames"], score))
    size = max(1, len(scores) // bins)
    result = []
    for start in range(0, len(scores) - size + 1, size):
        chunk = scores[start:start + size]
        result.append((chunk[-1][0], sum(s for _, s in chunk) / len(chunk)))
    return result


def main():
    out, title, series = sys.argv[1], sys.argv[2], [arg.split("=", 1) for arg in sys.argv[3:]]
    data = [(label, points(run)) for label, run in series]
    line_chart(out, title, data, "environment frames", "win rate vs baseline", (0, 1), (0, 0.25, 0.5, 0.75, 0.9, 1.0),
               lambda f: f"{f / 1e6:.2f}M")


if __name__ == "__main__":
    main()
