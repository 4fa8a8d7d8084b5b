#!/usr/bin/env bash
# Runs every example script, then the command line as the package installs
# it: the built dist/cli/main.js, started by its own shebang, so plain node
# runs it with no TypeScript loader. Any failure fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
for script in examples/*.ts; do
  echo "--- $script"
  npx tsx "$script" >/dev/null
done

# CI builds just before this; elsewhere, build when nothing is built yet.
bin=dist/cli/main.js
[ -f "$bin" ] || npm run build >/dev/null
echo "--- $bin"
if [ "$(head -n 1 "$bin")" != '#!/usr/bin/env node' ] || [ ! -x "$bin" ]; then
  echo "$bin must be executable and start with '#!/usr/bin/env node'" >&2
  exit 1
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
plans=examples/scenarios
"./$bin" validate "$plans/second-district.json" >/dev/null
"./$bin" simulate "$plans/cascade-pods.json" --replications 5 --out "$out" \
  >/dev/null
[ -s "$out/report.html" ] && [ -s "$out/calendar.ics" ]
"./$bin" compare "$plans/todays-plan.json" "$plans/cascade-pods.json" \
  --replications 2 >/dev/null
"./$bin" calendar "$plans/second-district.json" --school s01 \
  | grep -q '^BEGIN:VCALENDAR'

# A missing file: exit 3 and one line, never a stack trace.
code=0
"./$bin" validate "$out/missing.json" 2>"$out/stderr" || code=$?
if [ "$code" -ne 3 ] || [ "$(wc -l <"$out/stderr")" -ne 1 ]; then
  echo "a missing file gave exit $code and:" >&2
  cat "$out/stderr" >&2
  exit 1
fi
