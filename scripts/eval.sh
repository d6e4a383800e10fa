#!/usr/bin/env bash
# Score the pipeline against hand annotations:
#  1. ../shared/seeds + ../shared/real against ../shared/gold;
#  2. corpus/ against corpus/gold (our own annotations of our own samples);
#  3. the same ../shared run against tests/gold (our annotations of ../shared/real);
#  4. the crawled texts of ../shared/web-crawl: symbol and date agreement with the
#     publisher's records (scripts/eval_crawl.py), and our hand annotations of
#     crawled and unseen texts (tests/gold-crawl, tests/gold-unseen; tune and heldout;
#     tests/gold-fresh, tuning data since 2026-11-29: see its README; tests/gold-crawlcut,
#     tests/gold-crawlcutb, tests/gold-crawlcutc and tests/gold-crawlcutd, cut texts annotated
#     in session 40, tests/gold-crawlcute and tests/gold-crawlnd, those left, in session 41, and
#     tests/gold-crawlcutf, the last texts with duty wording, and tests/gold-crawlcutg and
#     tests/gold-crawlcuth, most of the rest, in session 51);
#  5. site copies of the documents of 1, 2 and 3 (scripts/site_copies.py): the same
#     annotations scored on the texts as a legal website would show them; and the
#     publisher's own layout text of annotated PDFs (scripts/reference_copies.py);
#     and, for the sets kept outside the repository, their first annotator's tune part
#     as Word, RTF, PDF (and, with chromium, printed PDF) and web-page files
#     (scripts/format_copies.py), and in the other
#     ways provinces number and date their plans (scripts/typography_copies.py).
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
    [ -f "$f" ] && [ "$(basename "$f")" != README.md ] && cp "$f" "$tmp/shared-in/"
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
# The same documents as a legal website shows them (their line breaks lost, the words
# wrapped at the site's widths; scripts/site_copies.py): what a pasted copy loses.
if [ -d "$tmp/shared-out" ]; then
  "$bin/python" scripts/site_copies.py --extracted "$tmp/shared-out" --gold "$shared/gold" \
    $(ls tests/gold/*.json >/dev/null 2>&1 && echo tests/gold) --out "$tmp/copies" > /dev/null
fi
if [ -d "$tmp/corpus-out" ]; then
  "$bin/python" scripts/site_copies.py --extracted "$tmp/corpus-out" --gold corpus/gold --out "$tmp/copies" > /dev/null
fi
if [ -d "$tmp/copies/texts" ]; then
  "$bin/kehoach" extract "$tmp/copies/texts" --out "$tmp/copies-out" --jobs "$jobs" > "$tmp/copies.log" 2>&1
  for g in "$tmp"/copies/gold/*; do
    echo "== site copies of the documents of $(basename "$g")"
    "$bin/python" "$shared/tools/score.py" --gold "$g" --extracted "$tmp/copies-out" | tail -n 1
  done
fi

# The text a publisher made of its own PDFs (../shared/real/reference-text: page layout kept
# with runs of spaces): annotated PDFs brought as that text (scripts/reference_copies.py).
if [ -d "$shared/real/reference-text" ] && [ -d "$shared/gold" ]; then
  "$bin/python" scripts/reference_copies.py --texts "$shared/real/reference-text" --gold "$shared/gold" \
    $(ls tests/gold/*.json >/dev/null 2>&1 && echo tests/gold) --out "$tmp/layout" > /dev/null
  "$bin/kehoach" extract "$tmp/layout/texts" --out "$tmp/layout-out" --jobs "$jobs" > "$tmp/layout.log" 2>&1
  echo "== layout copies of annotated PDFs (../shared/real/reference-text)"
  "$bin/python" "$shared/tools/score.py" --gold "$tmp/layout/gold" --extracted "$tmp/layout-out" | tail -n 1
fi

crawl=$shared/web-crawl
if [ -d "$crawl/texts" ]; then
  # copies, not links: the pipeline refuses links that leave the corpus
  mkdir -p "$tmp/crawl-in"
  cp "$crawl"/texts/*.txt "$tmp/crawl-in/"
  # sources the annotation sets name outside the crawl (a file of ../shared/real)
  # are read in the same run, so each set is scored against one output folder
  for g in tests/gold-crawl/*/*.json tests/gold-unseen/*/*.json tests/gold-duties-tune/*.json tests/gold-fresh/*/*.json; do
    [ -f "$g" ] || continue
    name=$("$bin/python" -c 'import json,sys; print(json.load(open(sys.argv[1], encoding="utf-8"))["file"])' "$g")
    for f in "$shared/real/$name" "$shared/seeds/$name"; do
      [ -f "$f" ] && [ ! -e "$tmp/crawl-in/$name" ] && cp "$f" "$tmp/crawl-in/"
    done
  done
  "$bin/kehoach" extract "$tmp/crawl-in" --out "$tmp/crawl-out" --cache .cache/eval-crawl \
    --jobs "$jobs" > "$tmp/crawl.log" 2>&1
  tail -n 1 "$tmp/crawl.log"
  echo "== ../shared/web-crawl (publisher's records)"
  "$bin/python" scripts/eval_crawl.py --records "$crawl/publisher-records.csv" \
    --extracted "$tmp/crawl-out" --list 20 || status=1
  for set in tests/gold-crawl/tune tests/gold-crawl/heldout tests/gold-unseen/tune tests/gold-unseen/heldout \
             tests/gold-duties-tune; do
    ls "$set"/*.json >/dev/null 2>&1 || continue
    echo "== $set"
    "$bin/python" "$shared/tools/score.py" --gold "$set" --extracted "$tmp/crawl-out" || status=1
  done
  # the last whole provincial decisions of the crawl, held out whole (summary lines only)
  for g in tests/gold-crawlwhole/g1/heldout tests/gold-crawlwhole/g2/heldout; do
    ls "$g"/*.json >/dev/null 2>&1 || continue
    echo "== $g (summary only)"
    "$bin/python" "$shared/tools/score.py" --gold "$g" --extracted "$tmp/crawl-out" | tail -n 1
  done
  # cut crawled texts annotated in session 40: tune parts per document, held-out parts as
  # summary lines only (tests/gold-crawlcut*/README.md)
  for set in tests/gold-crawlcut tests/gold-crawlcutb tests/gold-crawlcutc tests/gold-crawlcutd tests/gold-crawlcute tests/gold-crawlnd \
      tests/gold-crawlcutf tests/gold-crawlcutg tests/gold-crawlcuth; do
    for g in g1 g2; do
      if ls "$set/$g/tune"/*.json >/dev/null 2>&1; then
        echo "== $set/$g/tune"
        "$bin/python" "$shared/tools/score.py" --gold "$set/$g/tune" --extracted "$tmp/crawl-out" || status=1
      fi
      ls "$set/$g/heldout"/*.json >/dev/null 2>&1 || continue
      echo "== $set/$g/heldout (summary only)"
      "$bin/python" "$shared/tools/score.py" --gold "$set/$g/heldout" --extracted "$tmp/crawl-out" | tail -n 1
    done
  done
  # the fresh set, held out until 2026-11-29 (tests/gold-fresh/README.md)
  for set in tests/gold-fresh/duties tests/gold-fresh/goals; do
    ls "$set"/*.json >/dev/null 2>&1 || continue
    echo "== $set"
    "$bin/python" "$shared/tools/score.py" --gold "$set" --extracted "$tmp/crawl-out" || status=1
  done
else
  echo "skipping web-crawl: $crawl/texts not found"
fi

# Sets whose texts are third-party and not in the repository (each README says where they
# come from): given a folder of a set's texts, its tune part is scored per document and its
# held-out part as summary lines only, then the tune part as a legal website would show it.
#   tests/gold-md2025      provincial plans of 2025 as Markdown, tune   MD2025_TEXTS
#   tests/gold-repos2026   plans and letters from public repositories  REPOS2026_TEXTS
#   tests/gold-repos2026b  letters and regulations, tune (was held out) REPOS2026B_TEXTS
#   tests/gold-pages2026   openings of documents as websites show them PAGES2026_TEXTS (all tune since s67)
#   tests/gold-pages2026b  more such openings, tune (was held out)     PAGES2026B_TEXTS
#   tests/gold-pages2026c  five more, one annotator, tune               PAGES2026C_TEXTS
#   tests/gold-pages2026d  eight more, held out whole                   PAGES2026D_TEXTS
#   tests/gold-pages2026e  short letters and decisions whole, 14 tune   PAGES2026E_TEXTS
#   tests/gold-pages2026f  21 more such, tune (held-out part since s39) PAGES2026F_TEXTS
#   tests/gold-pages2026g  15 more such, tune (held-out part since s39) PAGES2026G_TEXTS
#   tests/gold-pages2026h  16 more such, tune (was held out)            PAGES2026H_TEXTS
#   tests/gold-pages2026i  8 more such, held out whole                  PAGES2026I_TEXTS
#   tests/gold-pages2026j  30 more such (s39), 19 tune + 11 held out    PAGES2026J_TEXTS
#   tests/gold-pages2026k  43 more such (s39), 29 tune + 14 held out    PAGES2026K_TEXTS
#   tests/gold-pages2026l  16 more such (s39), tune since s67 (held out) PAGES2026L_TEXTS
#   tests/gold-pages2026m  4 plan openings with per-cent goals (s67), held out whole  PAGES2026M_TEXTS
#   tests/gold-md2025c     the collection's last two plans, held out    MD2025C_TEXTS
#   tests/gold-md2025d     34 decisions, letters, directives of 2025    MD2025D_TEXTS
#   tests/gold-md2025e     21 more decisions of 2025, 21 tune (7 spent)  MD2025E_TEXTS
#   tests/gold-md2025f     12 more decisions of 2025, 12 tune (4 spent)  MD2025F_TEXTS
#   tests/gold-sct2026     18 Lào Cai texts a department kept, 18 + 0    SCT2026_TEXTS
#   tests/gold-dev2026     21 dev texts annotated in session 56, 21 + 0  DEV2026_TEXTS
#   tests/gold-md2025g     10 more decisions of 2025 (s65), 10 + 0       MD2025G_TEXTS
#   tests/gold-md2025h     a plan and 10 decisions of 2025 (s65), 11 + 0  MD2025H_TEXTS
# present_gold PART TEXTS DEST: copy PART's annotations whose text is in TEXTS to DEST; print
# " (N of M texts present)" when some are missing, nothing when all are there.
present_gold() {
  local part=$1 texts=$2 dest=$3 n=0 m=0 f name
  mkdir -p "$dest"
  for f in "$part"/*.json; do
    m=$((m + 1))
    name=$("$bin/python" -c 'import json,sys; print(json.load(open(sys.argv[1], encoding="utf-8"))["file"])' "$f")
    [ -f "$texts/$name" ] || continue
    cp "$f" "$dest/"; n=$((n + 1))
  done
  [ "$n" -eq "$m" ] || echo " ($n of $m texts present)"
}
score_outside_set() {
  local set=$1 texts=$2 name
  name=$(basename "$set")
  if [ -z "$texts" ] || [ ! -d "$texts" ]; then
    echo "skipping $set: set $3 to a folder of its texts (see its README)"
    return
  fi
  "$bin/kehoach" extract "$texts" --out "$tmp/$name-out" --jobs "$jobs" > "$tmp/$name.log" 2>&1
  # The texts come from outside and a few may not be found again: each part is scored on the
  # annotations whose text is in the folder, and the header says how many that is.
  for part in "$set"/g1/tune "$set"/g1/heldout "$set"/g2/tune "$set"/g2/heldout; do
    [ -d "$part" ] || continue           # (a small set may have one annotator or no held-out part)
    local sub=${part#"$set"/} kept
    kept=$(present_gold "$part" "$texts" "$tmp/$name-gold/$sub")
    case $sub in
      */tune) echo "== $set/$sub$kept"
              "$bin/python" "$shared/tools/score.py" --gold "$tmp/$name-gold/$sub" --extracted "$tmp/$name-out" \
                || status=1 ;;
      *) echo "== $set/$sub (summary only)$kept"
         "$bin/python" "$shared/tools/score.py" --gold "$tmp/$name-gold/$sub" --extracted "$tmp/$name-out" \
           | tail -n 1 ;;
    esac
  done
  [ -d "$set/g1/tune" ] || return 0      # (a set held out whole has no tune part to copy)
  "$bin/python" scripts/site_copies.py --extracted "$tmp/$name-out" --gold "$tmp/$name-gold"/g*/tune \
    --out "$tmp/$name-copies" > /dev/null
  "$bin/kehoach" extract "$tmp/$name-copies/texts" --out "$tmp/$name-copies-out" --jobs "$jobs" \
    > "$tmp/$name-copies.log" 2>&1
  for g in "$tmp/$name-copies"/gold/*; do
    echo "== site copies of $set/$(basename "$g" | tr - /)"
    "$bin/python" "$shared/tools/score.py" --gold "$g" --extracted "$tmp/$name-copies-out" | tail -n 1
  done
  # the same tune texts in the other ways provinces write them, each way against the same
  # texts as saved (scripts/typography_copies.py): "a." points, "1.1." numbering, "Phần I."
  "$bin/python" scripts/typography_copies.py write --extracted "$tmp/$name-out" --gold "$tmp/$name-gold"/g1/tune \
    --out "$tmp/$name-ways" > /dev/null
  "$bin/kehoach" extract "$tmp/$name-ways/texts" --out "$tmp/$name-ways-out" --jobs "$jobs" \
    > "$tmp/$name-ways.log" 2>&1
  echo "== typography copies of $set/g1/tune"
  "$bin/python" scripts/typography_copies.py score --copies "$tmp/$name-ways" --extracted "$tmp/$name-ways-out" \
    --scorer "$shared/tools/score.py"
  # the same tune texts as Word, RTF, PDF and web-page files (scripts/format_copies.py; needs the build extra)
  "$bin/python" -c "import fpdf" 2>/dev/null || return 0
  # (and printed by Chromium where it is installed: lines broken after hyphens, as Word prints them)
  printed=$(command -v chromium > /dev/null && echo --printed)
  "$bin/python" scripts/format_copies.py --extracted "$tmp/$name-out" --gold "$tmp/$name-gold"/g1/tune \
    --out "$tmp/$name-formats" $printed > /dev/null
  "$bin/kehoach" extract "$tmp/$name-formats/texts" --out "$tmp/$name-formats-out" --jobs "$jobs" \
    > "$tmp/$name-formats.log" 2>&1
  for g in "$tmp/$name-formats"/gold/*; do
    echo "== ${g##*-} copies of $set/g1/tune"
    "$bin/python" "$shared/tools/score.py" --gold "$g" --extracted "$tmp/$name-formats-out" | tail -n 1
  done
}
for pair in gold-md2025:MD2025_TEXTS gold-repos2026:REPOS2026_TEXTS gold-repos2026b:REPOS2026B_TEXTS \
    gold-pages2026:PAGES2026_TEXTS gold-pages2026b:PAGES2026B_TEXTS gold-pages2026c:PAGES2026C_TEXTS \
    gold-pages2026d:PAGES2026D_TEXTS gold-pages2026e:PAGES2026E_TEXTS \
    gold-pages2026f:PAGES2026F_TEXTS gold-pages2026g:PAGES2026G_TEXTS gold-pages2026h:PAGES2026H_TEXTS \
    gold-pages2026i:PAGES2026I_TEXTS gold-pages2026j:PAGES2026J_TEXTS \
    gold-pages2026k:PAGES2026K_TEXTS gold-pages2026l:PAGES2026L_TEXTS gold-pages2026m:PAGES2026M_TEXTS \
    gold-md2025c:MD2025C_TEXTS \
    gold-md2025d:MD2025D_TEXTS gold-md2025e:MD2025E_TEXTS gold-md2025f:MD2025F_TEXTS \
    gold-sct2026:SCT2026_TEXTS gold-dev2026:DEV2026_TEXTS gold-md2025g:MD2025G_TEXTS gold-md2025h:MD2025H_TEXTS; do
  var=${pair#*:}
  [ -d "tests/${pair%%:*}" ] && score_outside_set "tests/${pair%%:*}" "${!var:-}" "$var"
done

# Documents we composed ourselves from real facts, in every shape users bring, each
# annotated by another hand blind to the code (tests/gold-synth74/README.md,
# tests/gold-synth75/README.md): each README says which parts are tuned on and which
# are held out.
for part in tests/gold-synth*/*/; do
  [ -d "$part/texts" ] || continue
  name=$(basename "$(dirname "$part")")-$(basename "$part")
  "$bin/kehoach" extract "$part/texts" --out "$tmp/$name" --cache .cache/eval-synth \
    --jobs "$jobs" > "$tmp/$name.log" 2>&1
  if [ -f "$part/HELDOUT" ]; then        # (kept out of tuning: its summary line only)
    echo "== ${part%/} (held out, summary only)"
    "$bin/python" "$shared/tools/score.py" --gold "$part/gold" --extracted "$tmp/$name" | tail -n 1
  else
    echo "== ${part%/}"
    "$bin/python" "$shared/tools/score.py" --gold "$part/gold" --extracted "$tmp/$name" || status=1
  fi
done

# Indicator alignment across plans: the crawled texts named in tests/gold-align
# are copied into a temporary corpus and scored pairwise (scripts/eval_alignment.py).
aligntexts="$shared/web-crawl/texts"
if [ -d "$aligntexts" ] && ls tests/gold-align/*.yaml >/dev/null 2>&1; then
  mkdir -p "$tmp/align-in"
  for f in $(sed -n 's/^ *- *\([0-9a-f]\{16\}\.txt\).*/\1/p' tests/gold-align/*.yaml | sort -u); do
    [ -f "$aligntexts/$f" ] && cp "$aligntexts/$f" "$tmp/align-in/"
  done
  "$bin/kehoach" extract "$tmp/align-in" --out "$tmp/align-out" --cache .cache/eval-align \
    --jobs "$jobs" > "$tmp/align.log" 2>&1
  echo "== tests/gold-align (indicator alignment, pairwise over documents)"
  "$bin/python" scripts/eval_alignment.py --extracted "$tmp/align-out" || status=1
else
  echo "skipping alignment: $aligntexts or tests/gold-align not found"
fi
exit $status
