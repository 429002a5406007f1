#!/usr/bin/env bash
# Follows docs/writing-an-exercise.md in a scratch copy of the kit: writes every block marked file= (or merges
# patch= JSON into a file), and runs every sh block marked step, in order. Fails if any step fails.
set -euo pipefail
kit="$(cd "$(dirname "$0")/.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
# A copy of the committed kit (plus the build folder, to reuse what is already built).
git -C "$kit" archive HEAD | tar -x -C "$scratch"
if [ -d "$kit/.build" ]; then cp -a "$kit/.build" "$scratch/.build"; fi
cd "$scratch"
python3 - "$kit/docs/writing-an-exercise.md" > "$scratch/steps.sh" <<'PY'
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
bash "$scratch/steps.sh"
echo "The guide's steps all worked."
