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

COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"]


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
    width, height, left, bottom, top, right = 640, 360, 60, 50, 40, 150
    max_frames = max(f for _, pts in data for f, _ in pts) or 1
    x = lambda f: left + (width - left - right) * f / max_frames
    y = lambda v: top + (height - top - bottom) * (1 - v)
    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           f'<text x="{width / 2}" y="20" text-anchor="middle" font-size="14">{title}</text>']
    for v in (0, 0.25, 0.5, 0.75, 0.9, 1.0):
        svg.append(f'<line x1="{left}" x2="{width - right}" y1="{y(v):.1f}" y2="{y(v):.1f}" stroke="#ddd"/>')
        svg.append(f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{v:.2f}</text>')
    for k in range(0, 6):
        f = max_frames * k / 5
        svg.append(f'<text x="{x(f):.1f}" y="{height - bottom + 16}" text-anchor="middle">{f / 1e6:.2f}M</text>')
    svg.append(f'<text x="{(left + width - right) / 2}" y="{height - 10}" text-anchor="middle">environment frames</text>')
    svg.append(f'<text x="14" y="{(top + height - bottom) / 2}" transform="rotate(-90 14 {(top + height - bottom) / 2})" '
               f'text-anchor="middle">win rate vs baseline</text>')
    for i, (label, pts) in enumerate(data):
        color = COLORS[i % len(COLORS)]
        path = " ".join(f"{x(f):.1f},{y(v):.1f}" for f, v in pts)
        svg.append(f'<polyline fill="none" stroke="{color}" stroke-width="2" points="{path}"/>')
        svg.append(f'<text x="{width - right + 8}" y="{top + 16 * i + 10}" fill="{color}">{label}</text>')
    svg.append("</svg>")
    Path(out).write_text("\n".join(svg) + "\n")


if __name__ == "__main__":
    main()
