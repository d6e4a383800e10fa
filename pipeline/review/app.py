"""The review app: a queue of records and a record view, on Flask, for one machine.

``create_app(extracted, corpus, reviewer)`` serves:
 - ``/``                  the queue, grouped by document, with filters and progress;
 - ``/record/<id>``       the record view: its sentence highlighted in its
                          paragraph, page, link to the report page, every
                          editable field; POST records accept / correct / reject;
 - ``/orphans``           decisions that fit no current record;
 - ``/report/<file>``     the static report in ``extracted/report`` (nothing else
                          of the disk is served).
Safe by default: meant for 127.0.0.1 only (``serve``), requests naming another
host are refused (DNS rebinding), every POST needs the session's token and a
same-origin request, pages are rendered with autoescaping and a strict CSP.
"""
from __future__ import annotations

import getpass
import hmac
import secrets
import subprocess
import threading
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from flask import Flask, abort, redirect, request, send_from_directory, session
from werkzeug.serving import make_server

from pipeline.publishing.report import environment
from pipeline.review import decisions, queue
from pipeline.review.decisions import Decision, ReviewError
from pipeline.review.records import CHOICES, EDITABLE, coerce, same, show
from pipeline.text import value_text

LOOPBACK_NAMES = {"127.0.0.1", "localhost", "[::1]", "::1"}
CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
# Labels of the editable fields in the record view.
FIELD_LABELS = {"value": "giá trị / value", "value_high": "đến / value high",
                "comparator": "so sánh / comparator", "deadline": "năm / deadline",
                "annual": "hằng năm / annual", "group": "đối tượng / group",
                "indicator": "chỉ tiêu so sánh / indicator", "agency": "cơ quan / name",
                "role": "vai trò / role", "symbol": "số hiệu / symbol", "doc_type": "loại / type",
                "date": "ngày / date", "issuer": "cơ quan ban hành / issuer",
                "relation": "quan hệ / relation"}


def as_input(value) -> str:
    """A value as a form field holds it: 95.0 → '95', None → ''."""
    return value_text(value, yes="True", no="False")     # booleans as str() writes them


def default_reviewer() -> str:
    """The git user name, else the login."""
    try:
        name = subprocess.run(["git", "config", "user.name"], capture_output=True, text=True,
                              timeout=5).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        name = ""
    return name or getpass.getuser()


class Store:
    """The queue of one ``extracted/`` and its decisions file, reloaded when either changes."""

    def __init__(self, extracted: Path, reviews_file: Path, catalogs: Path | None):
        self.extracted, self.reviews_file, self.catalogs = extracted, reviews_file, catalogs
        self._lock = threading.Lock()
        self._key = None
        self._queue: queue.Queue | None = None

    def _signature(self):
        paths = sorted(self.extracted.glob("*.json")) + [self.extracted / "comparison_long.csv",
                                                         self.reviews_file]
        return tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) if p.exists() else (p.name,)
                     for p in paths)

    def get(self) -> queue.Queue:
        with self._lock:
            key = self._signature()
            if key != self._key or self._queue is None:
                self._queue = queue.load(self.extracted, self.reviews_file, self.catalogs)
                self._key = key
            return self._queue

    def record(self, d: Decision) -> None:
        with self._lock:
            decisions.append(self.reviews_file, d)
            self._key = None


def _filters() -> queue.Filters:
    a = request.args
    sort = a.get("sort", "document")
    return queue.Filters(kind=a.get("kind", "") if a.get("kind", "") in queue.KIND_ORDER else "",
                         state=a.get("state", "") if a.get("state", "") in queue.STATES else "",
                         indicator=a.get("indicator", ""), province=a.get("province", ""),
                         sort=sort if sort in ("document", "confidence") else "document")


def _url(path: str, f: queue.Filters) -> str:
    q = f.query()
    return path + ("?" + urlencode(q) if q else "")


def _token() -> str:
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def changes_from_form(r: queue.Record, form) -> dict:
    """Each editable field whose submitted value differs from what was extracted."""
    out = {}
    for name in EDITABLE[r.kind]:
        raw = ("true" if form.get(name) else "false") if name == "annual" else form.get(name, "")
        new = coerce(name, raw) if name != "indicator" else raw.strip()
        old = r.extracted.get(name)
        if name == "indicator":
            if (old or "") != new:
                out[name] = {"old": old or "", "new": new}
        elif not same(name, old, new):
            out[name] = {"old": old, "new": new}
    return out


def _guard():
    """Refuse a request from off the loopback address, and a cross-site or tokenless form post."""
    host = request.host or ""
    if ":" in host and not host.endswith("]"):
        host = host.rsplit(":", 1)[0]                     # drop the port
    if host not in LOOPBACK_NAMES:
        abort(403, "this app answers on the loopback address only")
    if request.method == "POST":
        origin = request.headers.get("Origin") or request.headers.get("Referer")
        if request.headers.get("Sec-Fetch-Site", "same-origin") not in ("same-origin", "none"):
            abort(403, "cross-site request refused")
        if origin and urlsplit(origin).netloc != request.host:
            abort(403, "cross-site request refused")
        sent = request.form.get("csrf", "")
        if not sent or not hmac.compare_digest(sent, session.get("csrf", "")):
            abort(403, "missing or wrong form token; reload the page")


def _secure_headers(resp):
    """The headers that keep the page from being framed, sniffed or cached."""
    resp.headers["Content-Security-Policy"] = CSP
    resp.headers["X-Content-Type-Options"] = "nosniff"
    resp.headers["X-Frame-Options"] = "DENY"
    resp.headers["Referrer-Policy"] = "same-origin"
    resp.headers["Cache-Control"] = "no-store"
    return resp


def _unreadable(e):
    """A decisions file that cannot be read: say which line, as plain text."""
    return (f"kehoach review: {e}. Fix or restore that line (the file is append-only; git "
            "shows what changed), then reload.", 500, {"Content-Type": "text/plain; charset=utf-8"})


def create_app(extracted: Path, corpus: Path, reviewer: str, catalogs: Path | None = None) -> Flask:
    extracted, corpus = Path(extracted).resolve(), Path(corpus).resolve()
    if catalogs is None and (corpus / "catalogs").is_dir():
        catalogs = corpus / "catalogs"
    store = Store(extracted, corpus / decisions.FILE_NAME, catalogs)
    templates = environment("pipeline.review")
    app = Flask(__name__, static_folder="static", static_url_path="/static")
    # Cookies are shared by every port of 127.0.0.1: a name of its own per app
    # keeps two apps running side by side from overwriting each other's token.
    app.config.update(SECRET_KEY=secrets.token_bytes(32), SESSION_COOKIE_SAMESITE="Strict",
                      SESSION_COOKIE_NAME="kehoach-review-" + secrets.token_hex(4),
                      SESSION_COOKIE_HTTPONLY=True, MAX_CONTENT_LENGTH=64 * 1024)

    def render(name: str, **kw) -> str:
        return templates.get_template(name).render(csrf=_token(), reviewer=reviewer, **kw)

    app.before_request(_guard)
    app.after_request(_secure_headers)
    app.register_error_handler(ReviewError, _unreadable)

    @app.get("/")
    def index():
        q = store.get()
        f = _filters()
        records = queue.select(q, f)
        provinces = sorted({p for d in q.documents.values() for p in (d.province, d.province_now) if p})
        return render("queue.html", title="Duyệt / review", q=q, f=f, groups=queue.grouped(q, records),
                      total=queue.counts(records), states=queue.STATES, kinds=queue.KIND_LABEL,
                      provinces=provinces, link=lambda r: _url(f"/record/{r.record_id}", f),
                      filter_query=urlencode(f.query()))

    @app.get("/orphans")
    def orphans():
        return render("orphans.html", title="Quyết định mồ côi / orphaned decisions", q=store.get(),
                      show=show)

    @app.get("/record/<record_id>")
    def record(record_id: str):
        return _record_page(record_id)

    def _record_page(record_id: str, error: str = "", status: int = 200):
        q = store.get()
        r = q.records.get(record_id) or abort(404)
        f = _filters()
        records = queue.select(q, f)
        ids = [x.record_id for x in records]
        at = ids.index(record_id) if record_id in ids else -1
        prev = _url(f"/record/{ids[at - 1]}", f) if at > 0 else ""
        nxt = _url(f"/record/{ids[at + 1]}", f) if 0 <= at < len(ids) - 1 else ""
        return render("record.html", title=r.summary, r=r, doc=q.documents[r.doc_id], ctx=q.context(r),
                      fields=EDITABLE[r.kind], labels=FIELD_LABELS, choices=CHOICES, values=r.current(),
                      indicators=q.indicators, kinds=queue.KIND_LABEL, position=at + 1, total=len(ids),
                      prev=prev, next=nxt, back=_url("/", f), action=_url(f"/record/{record_id}", f),
                      error=error, show=show, as_input=as_input,
                      short={"value", "value_high", "deadline", "date"} if r.kind != "field" else set()), status

    @app.post("/record/<record_id>")
    def decide(record_id: str):
        q = store.get()
        r = q.records.get(record_id) or abort(404)
        choice = request.form.get("decision", "")
        if choice not in decisions.DECISIONS:
            abort(400, "decision must be accept, correct or reject")
        try:
            changes = changes_from_form(r, request.form) if choice == "correct" else {}
        except ReviewError as e:
            return _record_page(record_id, error=str(e), status=400)
        if choice == "correct" and not changes:
            choice = "accept"        # nothing differs from what was extracted
        f = _filters()
        ids = [x.record_id for x in queue.select(q, f)]
        following = ids[ids.index(record_id) + 1:] if record_id in ids else []
        store.record(Decision(record_id=r.record_id, kind=r.kind, doc_id=r.doc_id, sha256=r.sha256,
                              decision=choice, changes=changes, reviewer=reviewer,
                              time=decisions.now()))
        return redirect(_url(f"/record/{following[0]}", f) if following else _url("/", f), code=303)

    @app.get("/report/<path:name>")
    def report_file(name: str):
        # send_from_directory refuses any name that would leave the folder.
        return send_from_directory(extracted / "report", name)

    return app


def serve(app: Flask, port: int = 0):
    """A threaded server on 127.0.0.1 (``port`` 0: a free one); the caller runs ``serve_forever``."""
    return make_server("127.0.0.1", port, app, threaded=True)
