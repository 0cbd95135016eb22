#!/usr/bin/env python3
"""One line per run: frames, learner updates, frames/s, the training win rate against the scripted
baseline in tenths of the run, and the evaluation against a baseline (score = win 1 + draw 1/2, and
strict wins from tournament.jsonl).

   bench/summarize.py <baseline> <run-dir> [<run-dir>...]      e.g. medium runs/bench-2s3z-*/2*
Python 3 standard library only.
"""
import json
import sys
from pathlib import Path


def training_tenths(run):
    scores = []
    for line in open(run / "ratings.jsonl"):
        u = json.loads(line)
        scripted = [p.startswith("scripted:") for p in u["players"]]
        if any(scripted) and not all(scripted):
            m, b = scripted.index(False), scripted.index(True)
            r = u["ranks"]
            scores.append(1.0 if r[m] < r[b] else 0.5 if r[m] == r[b] else 0.0)
    k = max(1, len(scores) // 10)
    return [round(sum(scores[i:i + k]) / len(scores[i:i + k]), 2) for i in range(0, len(scores) - k + 1, k)]


def evaluation(run, baseline):
    """Per member: (games, wins, draws) against the baseline, from the newest tournament.jsonl under the run."""
    files = sorted(run.rglob("tournament.jsonl"), key=lambda p: p.stat().st_mtime)
    if not files:
        return {}
    table = {}
    for line in open(files[-1]):
        u = json.loads(line)
        players, ranks = u["players"], u["ranks"]
        if baseline not in players:
            continue
        b = players.index(baseline)
        for m, player in enumerate(players):
            if m == b or player in ("random", "easy", "medium", "hard", "oracle"):
                continue
            games, wins, draws = table.get(player, (0, 0, 0))
            table[player] = (games + 1, wins + (ranks[m] < ranks[b]), draws + (ranks[m] == ranks[b]))
    return table


def main():
    baseline = sys.argv[1]
    for name in sys.argv[2:]:
        run = Path(name)
        results = json.load(open(run / "results.json"))
        line = (f"{run.parent.name}: {results['frames']:,} frames, {results['learnerUpdates']} updates, "
                f"{results['framesPerSecond']:.0f} frames/s; training vs baseline {training_tenths(run)}")
        table = evaluation(run, baseline)
        if table:
            best = max(table, key=lambda p: (table[p][1] + table[p][2] / 2) / table[p][0])
            games, wins, draws = table[best]
            line += (f"; evaluation best {best} vs {baseline}: wins {wins / games:.1%}, score {(wins + draws / 2) / games:.1%}"
                     f" ({games} games)")
        print(line)


if __name__ == "__main__":
    main()
