"""Discovered indicators: targets of different plans that measure the same thing.

No catalog is needed. For every target not claimed by a catalog:
 1. its **wording** is the clause of its quote around its own value (a
    sentence often holds several goals: "giảm 5-10% số vụ ...; giảm 10%
    thương vong trẻ em"), with abbreviations spelled out
    (``data/abbreviations.csv``), one wording for phrases plans write several
    ways (``data/synonyms.csv``), list marks and filler words
    (``data/filler_words.txt``) dropped, then segmented into words (underthesea);
    each word weighs by its distance from the value, and little in the
    clause's preamble before the goal's opener ("Để khắc phục …, phấn đấu …")
    or in its tail after the goal's source ("… theo Quyết định số …");
 2. its **kind of goal**: ``reduce`` (a reduction verb after the goal's opener
    and before the value: "giảm 5-10%", "kéo giảm tai nạn … từ 5-10%"),
    ``increase`` ("tăng tối thiểu 20%") or ``level`` (a level to reach:
    "100% học sinh", also "giảm xuống còn 5%", "nâng … lên 80%"), and its unit;
 3. two targets from different documents are compared only when kind and unit
    agree; their similarity is the TF-IDF cosine of their words (a word shared
    by every target weighs little, a rare one much), with the shared words kept
    as the explanation;
 4. pairs are merged most similar first (average linkage: two groups join only
    while the mean similarity of all their cross-document pairs reaches
    ``MERGE_THRESHOLD``); a group needs targets of two documents to become an
    indicator;
 5. every other target keeps its nearest candidate and score; one whose
    nearest candidate scores between ``REVIEW_THRESHOLD`` and
    ``MERGE_THRESHOLD`` is marked for review, never merged.

Ids are stable: ``d-`` and a hash of the indicator's kind, unit and core words
(the words most of its members use), so adding a document that joins or
leaves other indicators alone does not rename them. The label is those core
words in the order its most typical member writes them.
"""
from __future__ import annotations

import csv
import hashlib
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipeline.comparison.catalog import HAS_LETTER, fold_text
from pipeline.models import Target

DATA = Path(__file__).resolve().parents[1] / "data"
ABBREVIATIONS_CSV = DATA / "abbreviations.csv"
FILLER_WORDS_TXT = DATA / "filler_words.txt"
SYNONYMS_CSV = DATA / "synonyms.csv"

# Mean similarity two groups need to join. On the tuning families
# (tests/gold-align, held-out family excluded) the same goal written by
# different provinces scores 0.45-1.0, while different goals of the same plans
# sharing "tai nạn giao thông" or "thủ tục hành chính" stay under 0.35.
MERGE_THRESHOLD = 0.4
# Nearest candidates scoring from here up to MERGE_THRESHOLD are borderline:
# listed for review in unmatched_targets.csv, not merged.
REVIEW_THRESHOLD = 0.3
# A member whose own mean similarity to the others is below this is flagged for review.
REVIEW_MEMBER = 0.55
# Core words: used by at least this share of an indicator's members.
CORE_SHARE = 0.5
# Words this close to the value (in content words) weigh fully; farther ones less,
# and words beyond FAR_WORDS not at all (a clause that runs on into other tasks).
# The windows were set on the tuning families of tests/gold-align and on the
# constructed plans of tests/test_discover.py (the held-out family was not used).
NEAR_WORDS = 6
FAR_WEIGHT = 0.25
FAR_WORDS = 14
# What is measured mostly follows the value ("giảm 10% số nạn nhân thương vong do TNGT
# liên quan đến xe ô tô …"): words after it weigh fully a little farther out. A
# level to reach ("100% cán bộ, giáo viên, nhân viên và học sinh được tham gia …")
# names its group and then what the group does: farther still, or goals of one
# group with different actions merge.
NEAR_AFTER = 8
NEAR_LEVEL = 10

ID_PREFIX = "d-"

# Where clauses of a quote end: ; : line breaks, sentence ends, list marks
# ("- ", "+ ", "a) ", "(1) ", "2. "); a dash between two numbers is a range ("5 - 10%").
CLAUSE_BREAK = re.compile(r"[;:\n]|\.\s|(?<![\d%])\s[-–+•]\s(?!\d)|\(\d{1,2}\)\s?|(?<!\w)[a-zđ]\)\s|(?<!\d)\d{1,2}\.\s")
# Reduction and increase verbs just before a value, and the words that turn a
# reduction or an increase into a level to reach ("giảm xuống còn 5%", "giảm dưới
# 10%", "nâng tỷ lệ … lên 80%", "tăng tỷ lệ … đạt tối thiểu 60%").
REDUCE_RE = re.compile(r"\b(?:giảm|hạ|kéo giảm|cắt giảm)\b")
INCREASE_RE = re.compile(r"\b(?:tăng(?! cường)|nâng(?! cao))\b")
TO_LEVEL_RE = re.compile(r"\b(?:còn|xuống|dưới|về mức|lên|đạt|ở mức)\s*"
                         r"(?:dưới|mức|khoảng|không quá|tối thiểu|ít nhất|trên|từ|tối đa)?\s*(?:từ\s*)?$")
# Words that open the goal itself inside a longer clause ("Để khắc phục …, phấn đấu
# giảm 10% …", "nhằm đạt mục tiêu giảm …"): what comes before them is preamble.
GOAL_OPENER = re.compile(r"\b(?:phấn đấu|mục tiêu|chỉ tiêu|nhằm|để đạt)\b", re.I)
# Where the measured thing after the value ends: the document a goal is taken from
# ("theo Quyết định số …"), a closing quotation mark. Words after it weigh as a
# preamble's do. (The base of a comparison, "so với năm 2021", is no end: the
# measured thing may follow it, "… so với năm 2021 trên cả 3 tiêu chí".)
AFTER_STOP = re.compile(r"\btheo\s+(?:quyết định|kế hoạch|nghị quyết|chỉ thị|chương trình|"
                        r"công văn|thông báo|đề án)\b|[”\"]", re.I)
# The goal after its opener needs this many words besides its verb to stand alone.
MIN_GOAL_WORDS = 2
GOAL_VERBS = frozenset({"giảm", "tăng", "nâng", "hạ", "kéo_giảm", "cắt_giảm", "nâng_cao"})
# How far before the value its reduction or increase verb may stand (characters).
KIND_WINDOW = 120


# --------------------------------------------------------------------------
# Wording data (researchers may edit the files)
# --------------------------------------------------------------------------

@lru_cache(maxsize=1)
def abbreviations() -> tuple[tuple[re.Pattern, str], ...]:
    """(pattern, expansion), longest abbreviation first so TTATGT wins over ATGT."""
    rows = []
    with ABBREVIATIONS_CSV.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            abbr, full = r["abbreviation"].strip(), r["expansion"].strip()
            if abbr and full:
                rows.append((abbr, full))
    rows.sort(key=lambda r: (-len(r[0]), r[0]))
    return tuple((re.compile(r"(?<![\w&])" + re.escape(a) + r"(?![\w&])"), f) for a, f in rows)


@lru_cache(maxsize=1)
def synonyms() -> tuple[tuple[re.Pattern, str], ...]:
    """(pattern, canonical wording) over folded text, longest phrase first: one way
    of writing what plans write several ways ("kiềm chế" a reduction, "cả 3 tiêu
    chí" the cases, deaths and injuries of road accidents)."""
    rows = []
    with SYNONYMS_CSV.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            phrase = fold_text(r["phrase"]).strip()
            if phrase:
                rows.append((phrase, fold_text(r["canonical"] or "").strip()))
    rows.sort(key=lambda r: (-len(r[0]), r[0]))
    return tuple((re.compile(r"(?<!\w)" + re.escape(p) + r"(?!\w)"), c) for p, c in rows)


def canonical(folded: str) -> str:
    for pattern, repl in synonyms():
        folded = pattern.sub(repl, folded)
    return folded


@lru_cache(maxsize=1)
def filler_words() -> frozenset[str]:
    """Single-syllable fillers and compounds as the segmenter joins them ('so_với')."""
    out = set()
    for line in FILLER_WORDS_TXT.read_text(encoding="utf-8").splitlines():
        line = fold_text(line.split("#", 1)[0]).strip()
        if line:
            out.add(line.replace(" ", "_"))
    return frozenset(out)


@lru_cache(maxsize=1)
def filler_phrases() -> re.Pattern | None:
    """Fillers of several syllables, removed from the text before segmentation
    (the segmenter does not always join 'so với' into one word)."""
    phrases = sorted((w.replace("_", " ") for w in filler_words() if "_" in w), key=len, reverse=True)
    if not phrases:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)")


def expand(text: str) -> str:
    """Abbreviations spelled out (case-sensitive: 'HS' is học sinh, 'hs' is not)."""
    for pattern, full in abbreviations():
        text = pattern.sub(full, text)
    return text


def load_segmenter() -> None:
    """Load underthesea's word segmenter now (about half a second: the package,
    then its CRF model on the first call), so that a caller can do it while
    other work runs; segmentation does not depend on when it was loaded."""
    from underthesea import word_tokenize
    word_tokenize("phấn đấu")


@lru_cache(maxsize=8192)
def key_words(text: str) -> tuple[str, ...]:
    """Content words of a clause: expanded, folded, segmented, fillers dropped."""
    from underthesea import word_tokenize
    folded = canonical(fold_text(expand(text)))
    if (phrases := filler_phrases()) is not None:
        folded = phrases.sub(" , ", folded)
    if not folded.strip():
        return ()
    fillers = filler_words()
    out = []
    for w in word_tokenize(folded):
        w = w.strip().replace(" ", "_")
        if not HAS_LETTER.search(w) or w in fillers:
            continue
        parts = [p for p in w.split("_") if p not in fillers and HAS_LETTER.search(p)]
        if len(parts) != len(w.split("_")):      # a compound that swallowed a filler or a number
            out.extend(parts)
        else:
            out.append(w)
    return tuple(dict.fromkeys(out))


# --------------------------------------------------------------------------
# One target's measured thing
# --------------------------------------------------------------------------

def number_text(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}".replace(".", ",")


def value_spans(quote: str, value: float) -> list[tuple[int, int]]:
    pattern = re.compile(r"(?<![\d,.])" + re.escape(number_text(value)) + r"(?![\d]|,\d)")
    return [m.span() for m in pattern.finditer(quote)]


def clause_around(quote: str, pos: int) -> tuple[int, int]:
    """The clause of ``quote`` that holds position ``pos``."""
    start, end = 0, len(quote)
    for m in CLAUSE_BREAK.finditer(quote):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


@dataclass
class Wording:
    """What a target measures, as far as its words tell."""
    clause: str
    words: tuple[str, ...]
    kind: str          # reduce | increase | level
    unit: str
    near: dict[str, float] = field(default_factory=dict)   # word -> weight for its distance from the value


def distance_weight(dist: int, near: int = NEAR_WORDS) -> float:
    return 1.0 if dist < near else FAR_WEIGHT if dist < FAR_WORDS else 0.0


def proximity(preamble: tuple[str, ...], before: tuple[str, ...], after: tuple[str, ...],
              tail: tuple[str, ...] = (), near_after: int = NEAR_WORDS) -> dict[str, float]:
    """Words within NEAR_WORDS content words of the value weigh 1, farther ones
    FAR_WEIGHT, and none beyond FAR_WORDS. The clause's preamble ("Để khắc phục
    những hạn chế nêu trên, phấn đấu ...") and the ``tail`` after the measured
    thing ("so với năm 2021", "theo Quyết định số ...") say little about what is
    measured and weigh FAR_WEIGHT at most; the preamble weighs fully when the goal
    itself names too little ("Các địa phương có TNGT tăng, phấn đấu giảm tối thiểu 10%")."""
    out: dict[str, float] = {}
    cap = FAR_WEIGHT if len(set(before + after) - GOAL_VERBS) >= MIN_GOAL_WORDS else 1.0
    for dist, w in enumerate(reversed(before)):
        out[w] = max(out.get(w, 0.0), distance_weight(dist))
    for dist, w in enumerate(reversed(preamble), start=len(before)):
        out[w] = max(out.get(w, 0.0), min(cap, distance_weight(dist)))
    for dist, w in enumerate(after):
        out[w] = max(out.get(w, 0.0), distance_weight(dist, near_after))
    for dist, w in enumerate(tail, start=len(after)):
        out[w] = max(out.get(w, 0.0), min(FAR_WEIGHT, distance_weight(dist)))
    return out


def goal_kind(before: str) -> str:
    """Kind of goal from the clause text before the value: the last reduction or
    increase verb after the goal's opener and within KIND_WINDOW characters
    ("kéo giảm tai nạn giao thông liên quan đến học sinh trên cả 3 tiêu chí từ 5-10%")."""
    folded = fold_text(before)
    opener = max((m.end() for m in GOAL_OPENER.finditer(folded)), default=0)
    tail = canonical(folded[opener:][-KIND_WINDOW:])
    if TO_LEVEL_RE.search(tail):
        return "level"
    verbs = [(m.start(), "reduce") for m in REDUCE_RE.finditer(tail)]
    verbs += [(m.start(), "increase") for m in INCREASE_RE.finditer(tail)]
    return max(verbs)[1] if verbs else "level"


def wording(t: Target, span: tuple[int, int] | None) -> Wording:
    """The clause around the target's value, found at ``span`` of its quote."""
    quote = t.quote or ""
    if span:
        vs, ve = span
        cs, ce = clause_around(quote, vs)
        clause = quote[cs:ce]
        kind = goal_kind(quote[cs:vs])
        opener = max((m.end() for m in GOAL_OPENER.finditer(quote[cs:vs])), default=0)
        stop = AFTER_STOP.search(quote, ve, ce)
        cut = stop.start() if stop else ce
        near = proximity(key_words(quote[cs:cs + opener]), key_words(quote[cs + opener:vs]),
                         key_words(quote[ve:cut]), key_words(quote[cut:ce]),
                         NEAR_LEVEL if kind == "level" else NEAR_AFTER)
    else:
        clause = " ".join(x for x in (t.group, t.action) if x) or quote
        kind = goal_kind(clause)
        near = {}
    words = key_words(clause)
    if len(words) < 2:                     # a clause too short to say anything: the whole goal
        words = tuple(dict.fromkeys(words + key_words(" ".join((t.group, t.action)))))
    near = {w: x for w in words if (x := near.get(w, 1.0)) > 0}
    return Wording(clause=clause.strip(), words=words, kind=kind, unit=t.unit or "", near=near)


def value_span(t: Target, used: set[int]) -> tuple[int, int] | None:
    """First place of the target's value in its quote that no earlier target
    took; a range also takes the place of its upper bound."""
    quote = t.quote or ""
    free = [s for s in value_spans(quote, t.value) if s[0] not in used]
    if not free:
        return None
    span = free[0]
    used.add(span[0])
    if t.value_high is not None:
        high = [s for s in value_spans(quote, t.value_high) if s[0] > span[0] and s[0] not in used]
        if high:
            used.add(high[0][0])
    return span


def wordings(targets: list[Target]) -> dict[str, Wording]:
    """target_id -> Wording; targets sharing a quote take its values in text order."""
    used: dict[tuple[str, str], set[int]] = {}
    out = {}
    for t in targets:
        span = value_span(t, used.setdefault((t.doc_id, t.quote), set()))
        out[t.target_id] = wording(t, span)
    return out


# --------------------------------------------------------------------------
# Similarity
# --------------------------------------------------------------------------

def idf_weights(all_words: list[tuple[str, ...]]) -> dict[str, float]:
    n = len(all_words)
    df = Counter(w for ws in all_words for w in set(ws))
    return {w: math.log((n + 1) / (d + 1)) + 1.0 for w, d in df.items()}


def similarity(a: Wording, b: Wording, idf: dict[str, float]) -> tuple[float, list[str]]:
    """Cosine of the two word sets weighted by IDF and nearness to the value,
    and the words they share."""
    shared = set(a.near) & set(b.near)
    if not shared:
        return 0.0, []
    wa = {w: idf.get(w, 1.0) * f for w, f in a.near.items()}
    wb = {w: idf.get(w, 1.0) * f for w, f in b.near.items()}
    dot = sum(wa[w] * wb[w] for w in shared)
    na = math.sqrt(sum(x * x for x in wa.values()))
    nb = math.sqrt(sum(x * x for x in wb.values()))
    return round(dot / (na * nb), 3), [w for w in a.words if w in shared]


# --------------------------------------------------------------------------
# Grouping
# --------------------------------------------------------------------------

@dataclass
class Member:
    target: Target
    words: tuple[str, ...]
    score: float = 0.0             # mean similarity to the members of other documents
    matched: list[str] = field(default_factory=list)
    review: bool = False


@dataclass
class Discovered:
    id: str
    label: str
    kind: str
    unit: str
    core: list[str]
    members: list[Member]

    @property
    def doc_ids(self) -> list[str]:
        return sorted({m.target.doc_id for m in self.members})


@dataclass
class Nearest:
    """Best candidate of a target left alone."""
    target_id: str
    indicator_id: str          # the candidate's indicator, when it has one
    score: float
    words: list[str]
    review: bool


@dataclass
class Discovery:
    indicators: list[Discovered]
    nearest: dict[str, Nearest]          # target_id -> best candidate, for targets in no indicator
    wordings: dict[str, Wording]


class _Groups:
    """Union of targets with average linkage over cross-document pairs."""

    def __init__(self, ids: list[str], doc_of: dict[str, str], sim: dict[tuple[str, str], float]):
        self.doc_of, self.sim = doc_of, sim
        self.group = {i: i for i in ids}
        self.members = {i: [i] for i in ids}

    def pair(self, a: str, b: str) -> float:
        return self.sim.get((a, b) if a < b else (b, a), 0.0)

    def linkage(self, ga: str, gb: str) -> float:
        pairs = [(a, b) for a in self.members[ga] for b in self.members[gb]
                 if self.doc_of[a] != self.doc_of[b]]
        if not pairs:
            return 0.0
        return sum(self.pair(a, b) for a, b in pairs) / len(pairs)

    def merge(self, a: str, b: str, threshold: float) -> None:
        ga, gb = self.group[a], self.group[b]
        if ga == gb or self.linkage(ga, gb) < threshold:
            return
        keep, drop = sorted((ga, gb))
        for x in self.members[drop]:
            self.group[x] = keep
        self.members[keep] += self.members.pop(drop)


def _pairs(targets: list[Target], w: dict[str, Wording], idf) -> dict[tuple[str, str], tuple[float, list[str]]]:
    """Similarity of every pair of targets from different documents with the same kind and unit."""
    blocks: dict[tuple[str, str], list[Target]] = {}
    for t in targets:
        blocks.setdefault((w[t.target_id].kind, w[t.target_id].unit), []).append(t)
    out = {}
    for block in blocks.values():
        for i, a in enumerate(block):
            for b in block[i + 1:]:
                if a.doc_id == b.doc_id:
                    continue
                s, shared = similarity(w[a.target_id], w[b.target_id], idf)
                if s > 0:
                    key = (a.target_id, b.target_id) if a.target_id < b.target_id else (b.target_id, a.target_id)
                    out[key] = (s, shared)
    return out


def indicator_id(kind: str, unit: str, core: list[str]) -> str:
    digest = hashlib.sha1("|".join([kind, unit] + sorted(core)).encode("utf-8")).hexdigest()
    return ID_PREFIX + digest[:8]


def _core(members: list[Member]) -> list[str]:
    docs = Counter()
    for m in members:
        docs.update(set(m.words))
    need = CORE_SHARE * len(members)
    return sorted(w for w, n in docs.items() if n >= need)


def _medoid(members: list[Member]) -> Member:
    return max(members, key=lambda m: (m.score, -len(m.words), m.target.target_id))


def _indicator(ids: list[str], by_id: dict[str, Target], w, pairs) -> Discovered:
    members = []
    for i in sorted(ids, key=lambda x: (by_id[x].doc_id, x)):
        others = [j for j in ids if by_id[j].doc_id != by_id[i].doc_id]
        scores = [pairs.get((min(i, j), max(i, j)), (0.0, []))[0] for j in others]
        score = round(sum(scores) / len(scores), 3) if scores else 0.0
        members.append(Member(by_id[i], w[i].words, score))
    core = _core(members)
    for m in members:
        m.matched = [x.replace("_", " ") for x in m.words if x in core]
        m.review = m.score < REVIEW_MEMBER
    first = members[0].target.target_id
    medoid = _medoid(members)
    label = " ".join(x.replace("_", " ") for x in medoid.words if x in core) or w[first].clause
    kind, unit = w[first].kind, w[first].unit
    return Discovered(indicator_id(kind, unit, core or list(medoid.words)), label, kind, unit, core, members)


def discover(targets: list[Target], merge: float = MERGE_THRESHOLD,
             review: float = REVIEW_THRESHOLD) -> Discovery:
    """Group ``targets`` (of any documents) into discovered indicators."""
    targets = sorted(targets, key=lambda t: t.doc_id)      # stable: text order within a document
    w = wordings(targets)
    idf = idf_weights([w[t.target_id].words for t in targets])
    pairs = _pairs(targets, w, idf)
    by_id = {t.target_id: t for t in targets}
    groups = _Groups(list(by_id), {t.target_id: t.doc_id for t in targets},
                     {k: v[0] for k, v in pairs.items()})
    for (a, b), (s, _) in sorted(pairs.items(), key=lambda kv: (-kv[1][0], kv[0])):
        if s < merge:
            break
        groups.merge(a, b, merge)
    indicators = []
    for ids in groups.members.values():
        if len({by_id[i].doc_id for i in ids}) >= 2:
            indicators.append(_indicator(ids, by_id, w, pairs))
    _unique_ids(indicators)
    indicators.sort(key=lambda d: (-len(d.doc_ids), d.id))
    placed = {m.target.target_id: d.id for d in indicators for m in d.members}
    nearest = {}
    for t in targets:
        if t.target_id in placed:
            continue
        best = max(((s, other, shared) for (a, b), (s, shared) in pairs.items()
                    if t.target_id in (a, b) for other in ((b if a == t.target_id else a),)),
                   default=None, key=lambda x: (x[0], x[1]))
        if best:
            s, other, shared = best
            nearest[t.target_id] = Nearest(other, placed.get(other, ""), s,
                                           [x.replace("_", " ") for x in shared], s >= review)
    return Discovery(indicators, nearest, w)


def _unique_ids(indicators: list[Discovered]) -> None:
    """Two indicators with one core (same words, kind and unit) get -2, -3 by member order."""
    seen: Counter = Counter()
    for d in sorted(indicators, key=lambda d: (d.id, d.members[0].target.target_id)):
        seen[d.id] += 1
        if seen[d.id] > 1:
            d.id = f"{d.id}-{seen[d.id]}"
