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
board="$(mktemp)"
.build/debug/frontline leaderboard "$out" --format json > "$board"
# A results file made by this kit carries this kit's grader digest, so nothing is flagged.
python3 -c 'import json,sys; b=json.load(open(sys.argv[1])); assert b["flags"]==[], b["flags"]; assert b["entries"][0]["trainee"]=="ci-trainee"' "$board"
rm -f "$board"
# The trainee commands on a fresh clone: progress comes from a real test run; nothing is started yet.
.build/debug/frontline list | grep -Eq "0 of [0-9]+ exercises passed"
.build/debug/frontline next | grep -q "01-acknowledge-the-wait"
check="$(.build/debug/frontline check 01 || true)"
grep -q "NOT STARTED" <<< "$check"
echo "The classroom grading step wrote a results file, the leaderboard ranked it, and list/next/check work."
