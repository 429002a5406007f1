#!/usr/bin/env bash
# Runs the classroom workflow's grading step locally (docs/classroom/grade.sh), then ranks its results file, as the
# cohort lead would. Fails if no results file is written or the leaderboard cannot read it.
set -euo pipefail
kit="$(cd "$(dirname "$0")/.." && pwd)"
cd "$kit"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
swift build --product frontline
FRONTLINE="$kit/.build/debug/frontline" bash docs/classroom/grade.sh ci-trainee "$out"
ls "$out"/ci-trainee-*.json > /dev/null
.build/debug/frontline leaderboard "$out" --format json > "$out/board.json"
grep -q '"trainee" : "ci-trainee"' "$out/board.json"
echo "The classroom grading step wrote a results file and the leaderboard ranked it."
