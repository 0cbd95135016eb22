#!/usr/bin/env bash
# #10 item 3: a 4-member league on the 4-player deathmatch, then duels against the scripted bots.
#   bench/shooter.sh [minutes=15] [games per pairing=50] [league file=leagues/shooter-4.yaml]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MINUTES="${1:-15}"; GAMES="${2:-50}"; LEAGUE="${3:-$ROOT/leagues/shooter-4.yaml}"
RUNS="$ROOT/runs/bench-$(basename "$LEAGUE" .yaml)"
mkdir -p "$RUNS"
echo "machine: $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg), git $(git -C "$ROOT" rev-parse --short HEAD)"
LEAGUE_JAVA_OPTS="-Dleague.log.file=$RUNS/league.log" LEAGUE_HEAP=6g "$ROOT/bin/league" train "$ROOT/scenarios/shooter/deathmatch-4.yaml" \
  --league "$LEAGUE" --minutes "$MINUTES" --runs-dir "$RUNS" --no-progress > "$RUNS/train.log" 2>&1
RUN="$(ls -td "$RUNS"/*/ | head -1)"
tail -8 "$RUNS/train.log"
"$ROOT/bin/league" evaluate "$RUN" --scenario "$ROOT/scenarios/shooter/duel.yaml" --games "$GAMES" --out "$RUN/duels" --no-progress 2>&1 | tail -12
