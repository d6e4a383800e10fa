"""Command line: the only layer that prints and turns failures into exit codes."""
from __future__ import annotations

import argparse
import gc
import os
import signal
import sys
import threading
import time
from pathlib import Path

from pipeline import __version__
from pipeline.batch import DEFAULT_TIMEOUT, Outcome, cache_problem, run
from pipeline.reading import supported_suffixes


def _progress(total_hint: int):
    """A progress bar on a terminal; silent in CI or when output is redirected."""
    if not sys.stderr.isatty() or os.environ.get("CI"):
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    # no monitor thread: a process with only one thread can fork its workers (batch.worker_context)
    tqdm.monitor_interval = 0
    return tqdm(total=total_hint, unit="doc", file=sys.stderr, leave=False)


def _shown(source: str) -> str:
    """A file name as printed: quoted with escapes when it holds line breaks
    or other control characters, so that one message stays one line."""
    return repr(source) if any(c < " " or c == "\x7f" for c in source) else source


def _prepare_outputs() -> None:
    """Import the writers and load the comparison's models (most of a second)
    while the workers read, on a core they leave idle. Any failure is left
    for ``write_all`` to meet again and report."""
    try:
        from pipeline.publishing import output
        output.prepare()
    except Exception:
        pass


def cmd_extract(args) -> int:
    from pipeline.batch import assign_ids, discover

    corpus, out = Path(args.corpus), Path(args.out)
    problem = _extract_problem(corpus, out)
    if problem:
        print(f"kehoach: {problem}", file=sys.stderr)
        return 2
    reviews = corpus / "reviews.csv" if corpus.is_dir() else None
    cache = None if args.no_cache else Path(args.cache) if args.cache else out / ".cache"
    problem = cache_problem(cache) if cache else ""
    if problem:
        print(f"warning: cache folder {cache} cannot be used ({problem}); "
              "reading every document without a cache", file=sys.stderr)
        cache = None
    catalogs = Path(args.catalogs) if args.catalogs else (corpus / "catalogs" if corpus.is_dir() else None)
    total = len(assign_ids(discover(corpus), corpus))
    bar = _progress(total)
    t0 = time.monotonic()
    # started with the first document read, once the workers exist (they fork
    # only from a process without other threads)
    preparing = threading.Thread(target=_prepare_outputs, daemon=True)

    def done(o: Outcome) -> None:
        if o.extraction is not None and preparing.ident is None:
            preparing.start()
        if bar:
            bar.update(1)
            bar.set_postfix_str(o.doc_id[:30])
        if o.status in ("error", "skipped"):
            line = f"{o.status}: {_shown(o.source)}: {o.error}"
            (bar.write(line, file=sys.stderr) if bar else print(line, file=sys.stderr))

    outcomes = run(corpus, jobs=args.jobs, timeout=args.timeout, cache_dir=cache, on_done=done)
    if bar:
        bar.close()
    if preparing.ident is not None:
        preparing.join()
    from pipeline.publishing.output import write_all
    write_all(outcomes, out, catalogs if catalogs and catalogs.is_dir() else None, reviews)
    return _report_run(outcomes, out, time.monotonic() - t0)


def _extract_problem(corpus: Path, out: Path) -> str:
    """Why the run cannot start ('' if it can): no corpus, an output folder inside it,
    a broken decisions file (checked before any work), an output folder not writable.
    Creates the output folder."""
    if not corpus.exists():
        return f"{corpus}: no such file or folder"
    if corpus.is_dir() and out.resolve().is_relative_to(corpus.resolve()):
        return (f"the output folder {out} is inside the corpus folder {corpus}: its files "
                "would be read as documents on the next run; choose an --out outside it")
    if corpus.is_dir():
        from pipeline.review.decisions import ReviewError, load
        try:
            load(corpus / "reviews.csv")
        except ReviewError as e:
            return str(e)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        return f"cannot write to the output folder {out}: {e.strerror or e}"
    return ""


def _report_run(outcomes: list[Outcome], out: Path, seconds: float) -> int:
    """Print the partial documents and the run's one-line summary; the exit code."""
    errors = [o for o in outcomes if o.status == "error"]
    skipped = [o for o in outcomes if o.status == "skipped"]
    partial = [o for o in outcomes if o.status == "partial"]
    for o in partial:
        print(f"partial: {_shown(o.source)}: {'; '.join(o.document.warnings) if o.document else ''}",
              file=sys.stderr)
    ocr = sum(1 for o in outcomes if o.document and o.document.ocr_pages)
    cached = sum(1 for o in outcomes if o.cached)
    read = len(outcomes) - len(errors) - len(skipped)
    also = f", {len(skipped)} skipped" if skipped else ""
    print(f"{read} read, {ocr} with OCR, {len(errors)} errors"
          f" ({len(partial)} partial, {cached} unchanged{also}) in {seconds:.1f} s -> {out}/")
    return 1 if errors else 0


def cmd_review(args) -> int:
    from pipeline.review.app import create_app, default_reviewer, serve

    corpus, out = Path(args.corpus), Path(args.out)
    if not corpus.is_dir():
        print(f"kehoach: {corpus}: not a folder (decisions are kept in CORPUS/reviews.csv)", file=sys.stderr)
        return 2
    if not any(out.glob("*.json")):
        print(f"kehoach: {out}: nothing extracted yet; run `kehoach extract {corpus} --out {out}` first",
              file=sys.stderr)
        return 2
    reviewer = args.reviewer or default_reviewer()
    try:
        server = serve(create_app(out, corpus, reviewer), args.port)
    except OSError as e:
        print(f"kehoach: cannot listen on 127.0.0.1:{args.port}: {e.strerror or e}", file=sys.stderr)
        return 2
    print(f"reviewing {out}/ as {reviewer}; decisions go to {corpus / 'reviews.csv'}")
    print(f"open http://127.0.0.1:{server.server_port}/  (Ctrl+C to stop)", flush=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()
    return 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="kehoach", description=__doc__.splitlines()[0])
    ap.add_argument("--version", action="version", version=f"kehoach {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="read every plan in a folder and write records and tables",
                        description="Read every document under CORPUS (formats: "
                                    + ", ".join(supported_suffixes())
                                    + ") and write text, records, tables, comparison and report to --out.")
    ex.add_argument("corpus", help="folder of documents (or one file)")
    ex.add_argument("--out", default="extracted", help="output folder (default: extracted)")
    ex.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                    help="documents processed in parallel (default: number of cores)")
    ex.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                    help=f"seconds allowed per document (default: {DEFAULT_TIMEOUT})")
    ex.add_argument("--cache", help="cache folder (default: OUT/.cache)")
    ex.add_argument("--no-cache", action="store_true", help="process every document again")
    ex.add_argument("--catalogs", help="indicator catalogs folder (default: CORPUS/catalogs)")
    ex.set_defaults(func=cmd_extract)
    rv = sub.add_parser("review", help="review extracted records in the browser (local web app)",
                        description="Serve a local app on 127.0.0.1 to accept, correct or reject the records "
                                    "in --out; decisions are appended to CORPUS/reviews.csv and applied by "
                                    "the next extract.")
    rv.add_argument("corpus", nargs="?", default="corpus",
                    help="corpus folder whose reviews.csv keeps the decisions (default: corpus)")
    rv.add_argument("--out", default="extracted", help="folder the extraction wrote (default: extracted)")
    rv.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    rv.add_argument("--reviewer", help="name recorded with each decision (default: git user.name, else login)")
    rv.set_defaults(func=cmd_review)
    return ap


def _stop(signum, frame) -> None:
    """SIGTERM ends a run like Ctrl-C: workers and their children are killed
    and temporary files removed on the way out."""
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _stop) if main_thread else None
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("kehoach: interrupted; files already written are complete, nothing half-written was left",
              file=sys.stderr)
        return 130
    finally:
        if main_thread:
            signal.signal(signal.SIGTERM, previous)
        if argv is None:
            # run as the program, which ends now: spare the interpreter's last
            # garbage collections over the loaded models (each about 0.08 s)
            gc.freeze()


if __name__ == "__main__":
    sys.exit(main())
