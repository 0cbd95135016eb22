#!/usr/bin/env bash
# Continues a shooter run on the 4-player deathmatch from its final weights (league train
# --init-from), e.g. with PBT on after bench/shooter-curriculum.sh, then plays duels against the bots.
#   bench/shooter-continue.sh <run-dir> [minutes=15] [league=leagues/shooter-4-pbt.yaml] [games per pairing=40]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FROM="$1"; MINUTES="${2:-15}"; LEAGUE="${3:-$ROOT/leagues/shooter-4-pbt.yaml}"; GAMES="${4:-40}"
RUNS="$ROOT/runs/bench-continue-$(basename "$LEAGUE" .yaml)"
mkdir -p "$RUNS"
echo "machine: $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg), git $(git -C "$ROOT" rev-parse --short HEAD)"
LEAGUE_JAVA_OPTS="-Dleague.log.file=$RUNS/league.log" LEAGUE_HEAP=6g "$ROOT/bin/league" train "$ROOT/scenarios/shooter/deathmatch-4.yaml" \
  --league "$LEAGUE" --minutes "$MINUTES" --init-from "$FROM" --runs-dir "$RUNS" --no-progress > "$RUNS/train.log" 2>&1
RUN="$(ls -td "$RUNS"/*/ | head -1)"
tail -3 "$RUNS/train.log"
"$ROOT/bin/league" evaluate "$RUN" --scenario "$ROOT/scenarios/shooter/duel.yaml" --games "$GAMES" --out "$RUN/duels" --no-progress 2>&1 | tail -12
