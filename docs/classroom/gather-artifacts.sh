#!/usr/bin/env bash
# Gathers every trainee's results artifacts into one cohort folder, then ranks the cohort.
# Usage: bash docs/classroom/gather-artifacts.sh <cohort-folder> <owner/repo> [<owner/repo> …]
# Needs the GitHub CLI (gh), logged in with access to the trainee repositories.
set -euo pipefail
cohort="${1:?usage: gather-artifacts.sh <cohort-folder> <owner/repo>…}"
shift
mkdir -p "$cohort"
for repo in "$@"; do
  folder="$cohort/$(echo "$repo" | tr '/' '_')"
  mkdir -p "$folder"
  # Every run's artifact is kept: the leaderboard shows history and counts each trainee's latest file.
  for run in $(gh run list --repo "$repo" --workflow frontline-results.yml --json databaseId --jq '.[].databaseId'); do
    gh run download "$run" --repo "$repo" --dir "$folder/$run" 2>/dev/null || echo "no artifact in $repo run $run"
  done
done
echo "Gathered into $cohort. Rank with:"
echo "  swift run frontline leaderboard $cohort --format html --out leaderboard.html"
