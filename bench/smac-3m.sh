#!/usr/bin/env bash
# #10 item 1: a population of 4 with the MAAC critic on SMAC-like 3m, 15 minutes, vs the scripted AI.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exec "$ROOT/bench/league-run.sh" "$ROOT/scenarios/smac/3m.yaml" "${1:-$ROOT/leagues/smac-3m.yaml}" smac-3m "${2:-100}"
