#!/usr/bin/env bash
# Score the pipeline against hand annotations:
#  1. ../shared/seeds + ../shared/real against ../shared/gold;
#  2. corpus/ against corpus/gold (our own annotations of our own samples);
#  3. the same ../shared run against tests/gold (our annotations of ../shared/real).
# Outputs go to a temporary folder; readings are cached in .cache/eval so a
# second evaluation after a code change skips OCR that has not changed.
set -u
shared=${SHARED:-../shared}
bin=${BIN:-.venv/bin}
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

if [ -d "$shared/gold" ]; then
  mkdir -p "$tmp/shared-in"
  for f in "$shared"/seeds/* "$shared"/real/*; do
    [ -f "$f" ] && [ "$(basename "$f")" != README.md ] && ln -s "$(realpath "$f")" "$tmp/shared-in/"
  done
  "$bin/kehoach" extract "$tmp/shared-in" --out "$tmp/shared-out" --cache .cache/eval \
    --jobs "$jobs" --timeout 1800 > "$tmp/shared.log" 2>&1
  tail -n 1 "$tmp/shared.log"
  echo "== ../shared/gold"
  "$bin/python" "$shared/tools/score.py" --gold "$shared/gold" --extracted "$tmp/shared-out" || status=1
  if ls tests/gold/*.json >/dev/null 2>&1; then
    echo "== tests/gold (our annotations of ../shared/real)"
    "$bin/python" "$shared/tools/score.py" --gold tests/gold --extracted "$tmp/shared-out" || status=1
  fi
else
  echo "skipping ../shared: $shared/gold not found (set SHARED=path)"
fi

if [ -d corpus/gold ] && ls corpus/gold/*.json >/dev/null 2>&1; then
  "$bin/kehoach" extract corpus --out "$tmp/corpus-out" --cache .cache/eval-corpus \
    --jobs "$jobs" > "$tmp/corpus.log" 2>&1
  echo "== corpus/gold"
  "$bin/python" "$shared/tools/score.py" --gold corpus/gold --extracted "$tmp/corpus-out" || status=1
fi
exit $status
