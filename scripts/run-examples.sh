#!/usr/bin/env bash
# Runs every example script; any failure fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
for script in examples/*.ts; do
  echo "--- $script"
  npx tsx "$script" >/dev/null
done
