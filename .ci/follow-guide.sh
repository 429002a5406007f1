#!/usr/bin/env bash
# Follows docs/writing-an-exercise.md: writes every block marked file= (or merges patch= JSON into a file), and
# runs every sh block marked step, in order. Fails if any step fails. Leaves the checkout as it found it.
set -euo pipefail
kit="$(cd "$(dirname "$0")/.." && pwd)"
steps="$(mktemp)"
if [ -z "$(git -C "$kit" status --porcelain)" ]; then
  # A clean checkout (as in CI): follow the guide in place, reusing the build, and put everything back after.
  work="$kit"
  trap 'git -C "$kit" checkout -q -- . && git -C "$kit" clean -fdq -- Exercises Curriculum Tests Sources call-log.txt; rm -f "$steps"' EXIT
else
  # Uncommitted work: follow the guide in a scratch copy of the committed kit instead (a cold build).
  work="$(mktemp -d)"
  trap 'rm -rf "$work" "$steps"' EXIT
  git -C "$kit" archive HEAD | tar -x -C "$work"
fi
cd "$work"
python3 - "$kit/docs/writing-an-exercise.md" > "$steps" <<'PY'
import glob, json, re, shlex, sys
text = open(sys.argv[1], encoding="utf-8").read()
print("set -euo pipefail")
for info, body in re.findall(r"```([^\n]*)\n(.*?)```", text, re.S):
    words = info.split()
    options = dict(w.split("=", 1) for w in words if "=" in w)
    if "file" in options:
        print(f"python3 - {shlex.quote(options['file'])} <<'BLOCK'\nimport glob, sys\npaths = glob.glob(sys.argv[1]) or [sys.argv[1]]\nopen(paths[0], 'w', encoding='utf-8').write({body!r})\nBLOCK")
    elif "patch" in options:
        print(f"python3 - {shlex.quote(options['patch'])} <<'BLOCK'\nimport glob, json, sys\npath = glob.glob(sys.argv[1])[0]\nconfig = json.load(open(path))\nconfig.update(json.loads({body!r}))\njson.dump(config, open(path, 'w'), indent=2)\nBLOCK")
    elif words[:1] == ["sh"] and "step" in words:
        print(f"echo '+ {body.strip()}'")
        print(body.strip())
PY
bash "$steps"
echo "The guide's steps all worked."
