#!/usr/bin/env bash
# #10 item 3 as a curriculum: the league first plays duels (scenarios/shooter/duel.yaml: 1-v-1
# against each other and the bots, where a frag is within reach), then continues from those weights
# on the 4-player deathmatch (league train --init-from), then plays duels against the bots.
#   bench/shooter-curriculum.sh [duel minutes=10] [deathmatch minutes=10] [games per pairing=40] [league=leagues/shooter-4.yaml]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DUEL_MINUTES="${1:-10}"; DM_MINUTES="${2:-10}"; GAMES="${3:-40}"; LEAGUE="${4:-$ROOT/leagues/shooter-4.yaml}"
RUNS="$ROOT/runs/bench-curriculum-$(basename "$LEAGUE" .yaml)"
mkdir -p "$RUNS/duel" "$RUNS/deathmatch"
echo "machine: $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg), git $(git -C "$ROOT" rev-parse --short HEAD)"
export LEAGUE_HEAP=6g
LEAGUE_JAVA_OPTS="-Dleague.log.file=$RUNS/duel/league.log" "$ROOT/bin/league" train "$ROOT/scenarios/shooter/duel.yaml" \
  --league "$LEAGUE" --minutes "$DUEL_MINUTES" --runs-dir "$RUNS/duel" --no-progress > "$RUNS/duel/train.log" 2>&1
DUELS="$(ls -td "$RUNS"/duel/*/ | head -1)"
tail -3 "$RUNS/duel/train.log"
if [ "$DM_MINUTES" != 0 ]; then
  LEAGUE_JAVA_OPTS="-Dleague.log.file=$RUNS/deathmatch/league.log" "$ROOT/bin/league" train "$ROOT/scenarios/shooter/deathmatch-4.yaml" \
    --league "$LEAGUE" --minutes "$DM_MINUTES" --init-from "$DUELS" --runs-dir "$RUNS/deathmatch" --no-progress > "$RUNS/deathmatch/train.log" 2>&1
  RUN="$(ls -td "$RUNS"/deathmatch/*/ | head -1)"
  tail -3 "$RUNS/deathmatch/train.log"
else
  RUN="$DUELS"
fi
"$ROOT/bin/league" evaluate "$RUN" --scenario "$ROOT/scenarios/shooter/duel.yaml" --games "$GAMES" --out "$RUN/duels" --no-progress 2>&1 | tail -12
