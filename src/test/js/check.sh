#!/usr/bin/env bash
# Checks the templating goldens and the cards against Microsoft's official engines, and the Teams app
# manifest against Microsoft's schema (offline after npm ci).
# Run from the repository root: bash src/test/js/check.sh [--update]
#   --update  rewrites the goldens instead of comparing (after adding a case or a card).
set -euo pipefail
cd "$(dirname "$0")/../../.."
js=src/test/js
if [ ! -d "$js/node_modules" ]; then
  (cd "$js" && npm ci --no-audit --no-fund --offline 2>/dev/null || npm ci --no-audit --no-fund)
fi
goldens=src/test/resources/templating/expected
if [ "${1:-}" = "--update" ]; then
  rm -rf "$goldens" && node "$js/generate-goldens.js" "$goldens"
else
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  node "$js/generate-goldens.js" "$tmp"
  if ! diff -r "$goldens" "$tmp" >"$tmp.diff"; then
    cat "$tmp.diff"; rm -f "$tmp.diff"
    echo "Goldens differ from the official engine: run bash $js/check.sh --update and review" >&2
    exit 1
  fi
  rm -f "$tmp.diff"
  echo "goldens match the official engine"
fi
node "$js/validate-cards.js"
# The Teams manifest with its id placeholders filled with the dummy id; the package that ./mvnw package
# filtered into target/teams-app too, when there is one.
node "$js/validate-manifest.js" manifest
if [ -f target/teams-app/manifest.json ]; then
  node "$js/validate-manifest.js" target/teams-app
fi
