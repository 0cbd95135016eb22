#!/usr/bin/env python3
"""Mean episode return per PPO update of bench/dicg-predator-prey.sh runs, as an SVG line chart.

   bench/return-curve.py out.svg "title" label=<run.log> [label=...] [--ref label=value ...]

Reads the "update U ... return R ..." lines of each log; a point is the mean of the returns of
updates U-4..U (a moving window of 5). --ref adds dashed horizontal reference lines (the
paper's results). Python 3 standard library only.
"""
import re
import sys

from svgchart import line_chart

UPDATE = re.compile(r"^update (\d+) .* return (\S+) ")


def points(log, window=5):
    returns = []
    for line in open(log):
        match = UPDATE.match(line)
        if match and match.group(2) != "NaN":
            returns.append((int(match.group(1)), float(match.group(2))))
    result = []
    for k in range(len(returns)):
        chunk = returns[max(0, k - window + 1):k + 1]
        result.append((returns[k][0], sum(r for _, r in chunk) / len(chunk)))
    return result


def main():
    out, title, rest = sys.argv[1], sys.argv[2], sys.argv[3:]
    series, references = [], []
    k = 0
    while k < len(rest):
        if rest[k] == "--ref":
            label, value = rest[k + 1].split("=", 1)
            references.append((label, float(value)))
            k += 2
        else:
            label, log = rest[k].split("=", 1)
            series.append((label, points(log)))
            k += 1
    line_chart(out, title, series, "PPO updates", "mean episode return (window 5)", (-120, 80),
               (-120, -80, -40, 0, 40, 80), lambda u: f"{u:.0f}", references)


if __name__ == "__main__":
    main()
