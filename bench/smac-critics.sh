#!/usr/bin/env bash
# #10 item 2: the same league with different critics on a SMAC-like map, each for M minutes.
#   bench/smac-critics.sh <map> [minutes=30] [seed=1] [critics="maac dicg-de mlp"]
# e.g. bench/smac-critics.sh 2s3z 30 1; league files: leagues/compare-<critic>.yaml
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MAP="$1"; MINUTES="${2:-30}"; SEED="${3:-1}"; CRITICS="${4:-maac dicg-de mlp}"
for CRITIC in $CRITICS; do
  echo "== $MAP, critic $CRITIC, $MINUTES min, seed $SEED"
  LEAGUE_TRAIN_ARGS="--minutes $MINUTES --seed $SEED" "$ROOT/bench/league-run.sh" "$ROOT/scenarios/smac/$MAP.yaml" \
    "$ROOT/leagues/compare-$CRITIC.yaml" "$MAP-$CRITIC-s$SEED" "${GAMES:-100}"
done
