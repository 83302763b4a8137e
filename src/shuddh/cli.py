"""``shuddh`` command line: a thin layer over :mod:`shuddh.api`.

Exit codes: 0 success · 1 internal error, or the system stopped the run (disk full, permission denied:
one line, rerun to resume) · 2 usage or configuration error (before any work) · 3 finished, but some
input records were unreadable and quarantined · 130 interrupted.
"""

from __future__ import annotations

import contextlib
import errno
import io
import logging
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
import orjson
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from shuddh import __version__
from shuddh.api import run as api_run
from shuddh.config import PipelineConfig, load_config
from shuddh.errors import ShuddhError, StageError
from shuddh.layout import Layout
from shuddh.runner import RunPlan, RunProgress, RunResult

__all__ = ["main"]

EXIT_BAD_INPUT = 3
_err = Console(stderr=True)
_out = Console()


class _Bars(RunProgress):
    """The run's progress on the terminal: the input read (bytes of the local files, with an ETA), and a
    bar per step the runner runs (each phase over every part of the input, each global stage's reduce),
    labelled, with its parts done, the records it has processed and their rate."""

    def __init__(self, prog: Progress) -> None:
        self.prog = prog
        self.lock = threading.Lock()
        self.t_in: TaskID | None = None
        self.cur: TaskID | None = None
        self.unit = ""
        self.records = 0
        self.started = 0.0
        self.total_bytes: int | None = None
        self.read_bytes = 0

    def planned(self, plan: RunPlan) -> None:
        self.total_bytes = plan.total_bytes
        self.prog.start()
        what = f"read {plan.files} file(s)" + (f" in {plan.shards} parts" if plan.shards != plan.files else "")
        self.t_in = self.prog.add_task(what, total=plan.total_bytes, count=self._bytes(), info="")

    def _bytes(self) -> str:
        done = _size(self.read_bytes)
        return f"{done}/{_size(self.total_bytes)}" if self.total_bytes is not None else done

    def step(self, label: str, total: int, done: int, unit: str) -> None:
        with self.lock:
            if self.cur is not None:
                t = self.prog.tasks[self.cur]
                self.prog.update(self.cur, completed=t.total)
            self.unit, self.records, self.started = unit, 0, time.monotonic()
            self.cur = self.prog.add_task(label, total=total, completed=done, count=f"{done}/{total} {unit}",
                                          info="")

    def advance(self, event: str, amount: int) -> None:
        with self.lock:
            if event == "bytes" and self.t_in is not None:
                self.read_bytes += amount
                self.prog.update(self.t_in, advance=amount, count=self._bytes())
            elif event == "docs" and self.cur is not None:
                self.records += amount
                self.prog.update(self.cur, info=_rate(self.records, time.monotonic() - self.started))
            elif event == "shard" and self.cur is not None:
                self.prog.advance(self.cur, amount)
                t = self.prog.tasks[self.cur]
                self.prog.update(self.cur, count=f"{int(t.completed)}/{int(t.total or 0)} {self.unit}")


def _size(n: int | None) -> str:
    if n is None:
        return "?"
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1000:
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000  # type: ignore[assignment]
    return f"{n:.1f} TB"


def _rate(records: int, seconds: float) -> str:
    """``12,345 records, 2.1k/s``: the rate only once it means something (a second of work, some records)."""
    text = f"{records:,} records"
    if seconds >= 1.0 and records >= 10:
        r = records / seconds
        text += f", {r / 1000:.1f}k/s" if r >= 1000 else f", {r:.0f}/s"
    return text


class _TerminalLog(logging.Handler):
    """The run's log lines on stderr (through rich, so they do not break the progress bars)."""

    def emit(self, record: logging.LogRecord) -> None:
        msg = record.getMessage()
        if record.levelno >= logging.WARNING:
            _err.print(f"[yellow]{escape(msg)}[/]", highlight=False, soft_wrap=True)
        elif record.levelno >= logging.INFO:
            _err.print(escape(msg), highlight=False, soft_wrap=True)
        else:
            _err.print(f"[dim]{escape(msg)}[/]", highlight=False, soft_wrap=True)


@contextlib.contextmanager
def _terminal_log(verbosity: int) -> Iterator[None]:
    """Show the run's log on stderr: warnings and errors with --quiet (-1), info too by default (0), debug
    details with -v (1)."""
    logger = logging.getLogger("shuddh")
    handler = _TerminalLog()
    old = logger.level
    logger.setLevel(logging.DEBUG if verbosity > 0 else logging.INFO if verbosity == 0 else logging.WARNING)
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old)


def _run_with_progress(cfg: PipelineConfig, overwrite: bool, show_progress: bool,
                       executor: str | None = None, address: str | None = None, limit: int | None = None,
                       verbosity: int = 0) -> RunResult:
    with _terminal_log(verbosity):
        if not show_progress or verbosity < 0:
            return api_run(cfg, overwrite=overwrite, executor=executor, address=address, limit=limit)
        prog = Progress(TextColumn("[bold]{task.description}"), BarColumn(), TextColumn("{task.fields[count]}"),
                        TextColumn("{task.fields[info]}"), TimeRemainingColumn(), TimeElapsedColumn(), console=_err)
        bars = _Bars(prog)
        try:
            return api_run(cfg, overwrite=overwrite, progress=bars, executor=executor, address=address, limit=limit)
        finally:
            if bars.t_in is not None:  # started once the run was planned (a refused run shows no bars)
                prog.stop()


def print_summary(stats: dict[str, Any], timing: dict[str, Any] | None, outdir: str | None = None,
                  out: Console | None = None, err: Console | None = None) -> None:
    """The funnel as tables: documents in / kept / dropped by reason / quarantined; removed lines; what
    was not read (files, records that are not documents); whether the run was a trial (--limit)."""
    o = out or _out
    e = err or _err
    rec = stats["input"]["records"]
    t = Table(title="shuddh: documents", show_header=True, header_style="bold")
    t.add_column("")
    t.add_column("count", justify="right")
    t.add_column("share", justify="right")

    def pct(n: int) -> str:
        return f"{100 * n / rec:.1f}%" if rec else "-"

    t.add_row("records read", f"{rec:,}", "")
    t.add_row("[green]kept", f"{stats['kept']:,}", pct(stats["kept"]))
    t.add_row("dropped", f"{stats['dropped']:,}", pct(stats["dropped"]))
    for k, v in stats["dropped_by_reason"].items():
        t.add_row(f"  {k}", f"{v:,}", pct(v))
    t.add_row("[red]quarantined" if stats["quarantined"] else "quarantined", f"{stats['quarantined']:,}",
              pct(stats["quarantined"]))
    for k, v in stats["quarantined_by_reason"].items():
        t.add_row(f"  {k}", f"{v:,}", pct(v))
    t.add_row("accounted for", "yes" if stats["accounted"] else "[red]NO", "")
    o.print(t)
    vols = stats.get("volumes")
    if vols:  # runs of earlier versions have none
        vt = Table(title="volumes", header_style="bold")
        vt.add_column("")
        for col in ("documents", "words", "characters", "bytes"):
            vt.add_column(col, justify="right")
        for outcome in ("read", "kept", "dropped", "quarantined"):
            v = vols.get(outcome) or {}
            vt.add_row(outcome, *(f"{v.get(k, 0):,}" for k in ("docs", "words", "chars", "bytes")))
        for lang, by in sorted((stats.get("languages") or {}).items()):
            v = by.get("kept") or {}
            if v.get("docs"):
                vt.add_row(f"  kept {lang}", *(f"{v.get(k, 0):,}" for k in ("docs", "words", "chars", "bytes")))
        o.print(vt)
    if stats["lines_removed_by_reason"]:
        lt = Table(title="lines removed", header_style="bold")
        lt.add_column("reason")
        lt.add_column("lines", justify="right")
        for k, v in stats["lines_removed_by_reason"].items():
            lt.add_row(k, f"{v:,}")
        o.print(lt)
    pii = {k[4:]: v for st in stats["stages"] for k, v in st["counters"].items() if k.startswith("pii.")}
    if pii:
        pt = Table(title="personal data redacted", header_style="bold")
        pt.add_column("type")
        pt.add_column("matches", justify="right")
        for k, v in sorted(pii.items(), key=lambda kv: -kv[1]):
            pt.add_row(f"<{k}>", f"{v:,}")
        o.print(pt)
    if timing:
        rps = timing["records_per_second"] or 0
        resumed = timing.get("shard_phases_resumed", 0)
        o.print(f"{timing['wall_seconds']:.1f} s wall, {timing['workers']} worker(s), "
                   + (f"{rps:,.0f}" if rps >= 10 else f"{rps:.1f}") + " records/s"
                   + (f"; resumed: {resumed} task(s) were done by an earlier run" if resumed else ""))
    skipped = stats["input"]["skipped_files"]
    if skipped:
        more = f" and {len(skipped) - 5} more (stats.json: input.skipped_files)" if len(skipped) > 5 else ""
        e.print(f"[yellow]not read: {len(skipped)} path(s):[/] " + escape(", ".join(skipped[:5]) + more),
                   highlight=False, soft_wrap=True)
    kinds = stats["input"].get("skipped_records") or {}
    if kinds:
        listed = ", ".join(f"{k} {v:,}" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]))
        e.print(f"[yellow]skipped records (not documents): {sum(kinds.values()):,}:[/] {escape(listed)} "
                   "(stats.json: input.skipped_records)", highlight=False, soft_wrap=True)
    limit = stats["input"].get("limit")
    if limit:
        e.print(f"[yellow]trial run:[/] only the first {limit:,} records of each input file were read "
                   "(--limit); rerun without --limit into another directory for the full run",
                   highlight=False, soft_wrap=True)
    if outdir is not None:
        o.print(f"output: {outdir}/kept  (dropped/, quarantine/, removed/, stats.json, report.html beside it; "
                   "`shuddh show OUTDIR ID` shows a document's removed lines)", soft_wrap=True)


def _finish(result: RunResult, quiet: bool = False) -> None:
    where = (result.output or str(result.outdir)).rstrip("/")
    if not quiet:
        print_summary(result.stats, result.timing, where)
    log = Layout(result.outdir).log
    if log.parent.is_dir():  # a local output: the log also gets what the terminal showed
        text = io.StringIO()
        rec = Console(file=text, width=120, no_color=True)
        print_summary(result.stats, result.timing, where, out=rec, err=rec)
        with log.open("a", encoding="utf-8") as fh:
            fh.write(text.getvalue())
    if result.had_bad_input:
        _err.print(f"[yellow]warning:[/] {result.stats['quarantined']} input record(s) could not be read; "
                   f"see {where}/quarantine/", soft_wrap=True)
        sys.exit(EXIT_BAD_INPUT)


def _guard(fn: Any) -> Any:
    """Turn shuddh's own errors into a one-line message: exit 2 for configuration, input and output errors,
    exit 1 for a :class:`StageError` (a failure that is not the user's fault, e.g. missing work files)."""
    import functools

    @functools.wraps(fn)
    def wrapper(*a: Any, **kw: Any) -> Any:
        from shuddh import _interrupt

        _interrupt.install()  # one Ctrl-C stops the run even if a finalizer swallows its KeyboardInterrupt
        try:
            return fn(*a, **kw)
        except StageError as e:
            _err.print(f"[red]internal error:[/] {e}", highlight=False, soft_wrap=True)
            sys.exit(1)
        except ShuddhError as e:
            _err.print(f"[red]error:[/] {e}", highlight=False, soft_wrap=True)
            sys.exit(2)
        except KeyboardInterrupt:
            _err.print("[yellow]interrupted[/]: completed shards are kept; run the same command again to resume")
            sys.exit(130)
        except OSError as e:
            if e.errno not in _SYSTEM_ERRNOS:
                raise
            # the machine, not shuddh nor the input: one line, and the way out (finished shards are kept)
            where = f" ({e.filename})" if e.filename else ""
            _err.print(f"[red]error:[/] {e.strerror or e}{where}; fix that and rerun the same command to resume",
                       highlight=False, soft_wrap=True)
            sys.exit(1)

    return wrapper


#: operating-system errors that end a run with a one-line message (exit 1) instead of a traceback
_SYSTEM_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM, errno.EMFILE,
                            errno.ENFILE, errno.ENOMEM, errno.EFBIG})


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="shuddh")
def main() -> None:
    """shuddh (शुद्ध): clean Indic web text for language-model training."""


_progress_opt = click.option("--progress/--no-progress", default=None,
                             help="Progress bars (default: on when stderr is a terminal).")
_executor_opt = click.option("--executor", type=click.Choice(["local", "ray"]), default=None,
                             help="Where shards run: worker processes here, or Ray (pip install 'shuddh[ray]') "
                                  "[config's executor, else local].")
_dry_run_opt = click.option("--dry-run", is_flag=True,
                             help="Print the resolved config and the plan (shards, phases); touch nothing.")
_address_opt = click.option("--address", default=None,
                            help="Ray cluster to join: 'auto' (this node's cluster) or ray://host:10001 "
                                 "[a local Ray instance].")
_limit_opt = click.option("--limit", type=click.IntRange(min=1), default=None, metavar="N",
                          help="Trial run: read only the first N records of each input file (files are not "
                               "split). The summary says so, and it never resumes into a full run.")
_verbose_opt = click.option("-v", "--verbose", is_flag=True, help="Also show debug details (each part's result).")
_quiet_opt = click.option("-q", "--quiet", is_flag=True,
                          help="No progress and no summary: only warnings and errors (exit codes as usual).")


def _verbosity(verbose: bool, quiet: bool) -> int:
    if verbose and quiet:
        raise click.UsageError("--verbose and --quiet exclude each other")
    return 1 if verbose else -1 if quiet else 0


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", required=True, type=click.Path(), help="Output directory.")
@click.option("--profile", default="hi", show_default=True, help="Language profile (code or .toml path).")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "parquet"]), default="jsonl", show_default=True)
@click.option("--compression", type=click.Choice(["gzip", "zstd", "none"]), default="gzip", show_default=True,
              help="Compression of JSONL output.")
@click.option("-w", "--workers", type=click.IntRange(min=1), default=None, help="Worker processes [cores].")
@click.option("--text-field", default="text", show_default=True, help="JSONL/Parquet field with the text.")
@click.option("--id-field", default="id", show_default=True, help="Field with a document id, if any.")
@click.option("--text-mode", type=click.Choice(["file", "blank-lines"]), default="file", show_default=True,
              help=".txt input: one document per file, or documents separated by blank lines.")
@click.option("--html-field", default=None,
              help="JSONL/Parquet field with a page's HTML; its main text (extracted) becomes the text.")
@click.option("--langs", default=None,
              help="Languages to keep, comma-separated (e.g. hi,hi-Latn), or '*' for all [the profile's].")
@click.option("--route-by-lang", is_flag=True, default=None, help="Write kept/<lang>/… per language.")
@click.option("--config", "config", type=click.Path(), default=None,
              help="A pipeline.yaml; only the options given here override its settings (--langs sets its "
                   "langid stage's keep).")
@click.option("--overwrite", is_flag=True, help="Delete a previous run in OUTPUT instead of resuming it.")
@_dry_run_opt
@_limit_opt
@_progress_opt
@_verbose_opt
@_quiet_opt
@_executor_opt
@_address_opt
@_guard
def clean(inputs: tuple[str, ...], output: str, profile: str, fmt: str, compression: str, workers: int | None,
          text_field: str, id_field: str, text_mode: str, html_field: str | None, langs: str | None,
          route_by_lang: bool | None, config: str | None, overwrite: bool, dry_run: bool, limit: int | None,
          progress: bool | None, verbose: bool, quiet: bool, executor: str | None, address: str | None) -> None:
    """Clean INPUTS (files or directories of .jsonl[.gz|.zst], .parquet, .txt, .html, .warc[.gz]) into OUTPUT.

    Hindi defaults, no config needed. Rerunning the same command resumes an interrupted run.
    """
    # only what the user gave overrides the --config file (click fills the others with their defaults)
    ctx = click.get_current_context()

    def given(name: str) -> bool:
        src = ctx.get_parameter_source(name)
        return src not in (None, click.core.ParameterSource.DEFAULT, click.core.ParameterSource.DEFAULT_MAP)

    top = {"profile": profile, "format": fmt, "compression": compression, "workers": workers,
           "route_by_lang": route_by_lang}
    data: dict[str, Any] = {"inputs": list(inputs), "output": output}
    data |= {k: v for k, v in top.items() if given("fmt" if k == "format" else k) and v is not None}
    reader = {"text_field": text_field, "id_field": id_field, "text_mode": text_mode, "html_field": html_field}
    reader = {k: v for k, v in reader.items() if given(k) and v is not None}
    if reader:
        data["reader"] = reader
    verbosity = _verbosity(verbose, quiet)
    cfg = load_config(Path(config), langs=langs, **data) if config else load_config(data, langs=langs)
    if dry_run:
        _dry_run(cfg, limit)
        return
    result = _run_with_progress(cfg, overwrite, _show(progress), executor, address, limit, verbosity)
    _finish(result, quiet)


@main.command("run")
@click.argument("pipeline", type=click.Path())
@click.option("-w", "--workers", type=click.IntRange(min=1), default=None, help="Worker processes.")
@click.option("-o", "--output", type=click.Path(), default=None, help="Override the config's output.")
@click.option("--overwrite", is_flag=True, help="Delete a previous run in the output instead of resuming it.")
@_dry_run_opt
@_limit_opt
@_progress_opt
@_verbose_opt
@_quiet_opt
@_executor_opt
@_address_opt
@_guard
def run_cmd(pipeline: str, workers: int | None, output: str | None, overwrite: bool, dry_run: bool,
            limit: int | None, progress: bool | None, verbose: bool, quiet: bool, executor: str | None,
            address: str | None) -> None:
    """Run the pipeline described by a YAML file (see `shuddh.config` for its keys; OUTDIR/config.yaml of a
    run is one: running it again resumes or reproduces that run)."""
    verbosity = _verbosity(verbose, quiet)
    cfg = load_config(Path(pipeline), workers=workers, output=output)
    if dry_run:
        _dry_run(cfg, limit)
        return
    result = _run_with_progress(cfg, overwrite, _show(progress), executor, address, limit, verbosity)
    _finish(result, quiet)


@main.command()
@click.argument("outdir", type=click.Path(exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print stats.json instead of tables.")
@_guard
def stats(outdir: str, as_json: bool) -> None:
    """Print the funnel of a finished run."""
    lay = Layout(Path(outdir))
    path = lay.stats
    if not path.is_file():
        _err.print(f"[red]error:[/] {path} not found: the run has not finished (rerun it to resume)")
        sys.exit(2)
    data = orjson.loads(path.read_bytes())
    if as_json:
        click.echo(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode())
        return
    tpath = lay.timing
    timing = orjson.loads(tpath.read_bytes()) if tpath.is_file() else None
    print_summary(data, timing)


@main.command()
@click.argument("outdir", type=click.Path(exists=True, file_okay=False))
@_guard
def report(outdir: str) -> None:
    """(Re)write OUTDIR/report.html from OUTDIR/stats.json."""
    from shuddh.report import write_report

    lay = Layout(Path(outdir))
    stats_path = lay.stats
    if not stats_path.is_file():
        _err.print(f"[red]error:[/] {stats_path} not found")
        sys.exit(2)
    tpath = lay.timing
    p = write_report(Path(outdir), orjson.loads(stats_path.read_bytes()),
                     orjson.loads(tpath.read_bytes()) if tpath.is_file() else None)
    click.echo(str(p))


@main.command("inspect")
@click.argument("outdir", type=click.Path(exists=True, file_okay=False))
@click.option("--sample", type=click.IntRange(min=1), default=200, show_default=True,
              help="Kept documents to show (and a tenth of that, at least 3, dropped ones per reason).")
@click.option("--serve", is_flag=True, help="Also serve the page on 127.0.0.1 until Ctrl-C.")
@click.option("--port", type=click.IntRange(0, 65535), default=0, show_default=True,
              help="Port for --serve (0: any free port).")
@_guard
def inspect_cmd(outdir: str, sample: int, serve: bool, port: int) -> None:
    """Write OUTDIR/inspect.html: a sample of kept documents with the lines the stages removed struck
    through and labelled with their reason, and of dropped documents by reason with their text; filter by
    reason and language, search by id or URL. Self-contained (nothing fetched); --serve serves it on
    127.0.0.1."""
    import contextlib

    from shuddh.browse import serve_browser, write_browser

    p = write_browser(Path(outdir), sample)
    click.echo(str(p))
    if serve:
        server, thread = serve_browser(p, port)
        click.echo(f"serving on http://127.0.0.1:{server.server_address[1]}/ (Ctrl-C stops)")
        with contextlib.suppress(KeyboardInterrupt):
            thread.join()
        server.shutdown()
        server.server_close()


def _dry_run(cfg: PipelineConfig, limit: int | None = None) -> None:
    """The resolved config (runnable YAML) and the plan as YAML comments: reads the inputs' listing and
    sizes, builds the stages (so a refused setting fails here too), writes nothing."""
    from shuddh.executors.shard import build_stages, phases_of
    from shuddh.io.readers import ReadOptions
    from shuddh.runner import check_output, check_text_fields, group_limit, input_notices, plan_shards

    check_output(cfg.output, cfg.inputs)
    split = 0 if limit is not None else cfg.reader.split_bytes
    shards, skipped = plan_shards(cfg.inputs, split, cfg.reader.text_mode, exclude=[cfg.output],
                                  group_bytes=group_limit(cfg.reader.split_bytes))
    check_text_fields(shards, ReadOptions(**cfg.reader.model_dump(exclude={"split_bytes"})))
    specs = cfg.stage_specs()
    phases = phases_of(build_stages(cfg.fingerprint(), tuple(specs)))
    click.echo(cfg.to_yaml(), nl=False)
    click.echo(f"# plan: {len(shards)} shard(s), {len(phases)} phase(s) over every shard"
               + (f"; trial run: the first {limit} records of each file (--limit)" if limit else ""))
    for k, (seg, closing) in enumerate(phases):
        names = ([f"{specs[g].name} (apply)" for g in phases[k - 1][1] or ()] if k else []) + \
            [specs[i].name for i in seg] + [f"{specs[g].name} (collect)" for g in closing or ()]
        click.echo(f"#   phase {k}: {', '.join(names) or '-'}")
    for s in shards:
        span = f" {s.span.to_list()}" if s.span else ""
        click.echo(f"#   {s.name}: {', '.join(f.label for f in s.files())}{span}")
    for x in skipped:
        click.echo(f"#   not read: {x}")
    for note in input_notices(shards, cfg.reader.text_mode):
        click.echo(f"# notice: {note}")
    click.echo(f"# nothing written; without --dry-run the output goes to {cfg.output}")


@main.command("stages")
@click.option("--profile", default="hi", show_default=True, help="Show the values this profile puts in effect.")
@_guard
def stages_cmd(profile: str) -> None:
    """List the stages with their parameters and defaults (`*` marks the default pipeline, in its order)."""
    import inspect

    from shuddh.config import effective_params
    from shuddh.stages.registry import DEFAULT_STAGES, STAGE_PATHS, StageSpec, init_params, stage_class

    for name in [*DEFAULT_STAGES, *sorted(n for n in STAGE_PATHS if n not in DEFAULT_STAGES)]:
        cls = stage_class(name)
        mark = "*" if name in DEFAULT_STAGES else " "
        doc = (inspect.getdoc(cls) or "").split("\n")[0]
        click.echo(f"{mark} {name}: {doc}")
        params: dict[str, Any] = {"profile": profile} if "profile" in init_params(name) else {}
        if name == "pii":
            params["mode"] = "placeholder"
        sig = inspect.signature(cls.__init__).parameters
        eff = effective_params(StageSpec(name, params))
        for k, p in sig.items():
            if k == "self":
                continue
            default = p.default
            shown = f"default {default!r}" + (f" ({profile}: {eff[k]!r})" if default is None and eff.get(k)
                                                 is not None else "")
            click.echo(f"      {k}: {shown}")


@main.command("profiles")
@click.option("--keys", is_flag=True, help="Also list every key a profile's [quality] table may set.")
@_guard
def profiles_cmd(keys: bool) -> None:
    """List the bundled language profiles with their quality thresholds (a .toml path is a profile too)."""
    from shuddh.lang.profile import QUALITY_KEYS, available_profiles, load_profile

    for code in available_profiles():
        prof = load_profile(code)
        q = ", ".join(f"{k}={v}" for k, v in sorted(prof.quality.items()) if not isinstance(v, list))
        click.echo(f"{code}: {prof.name} ({', '.join(prof.scripts) or '-'}); {len(prof.stopwords)} stop words; "
                   f"{len(prof.chrome_rules)} chrome rules")
        if q:
            click.echo(f"    [quality] {q}")
    if keys:
        click.echo("[quality] keys: " + ", ".join(sorted(QUALITY_KEYS)))


@main.command()
@click.argument("file", type=click.File("r", encoding="utf-8", errors="replace"), default="-")
@click.option("--raw", is_flag=True,
              help="Identify lines as they are, without first converting legacy-font (KrutiDev …) text.")
@_guard
def identify(file: Any, raw: bool) -> None:
    """Identify the language of each line of FILE (or stdin): prints `label<TAB>confidence` per line.

    Labels: hi mr ne sa mai bho mag awa bra hi-Latn ur bn as gu pa or ta te kn ml en, or und when unsure;
    und-Deva for a Devanagari line too short (< 40 letters) to tell a dialect from Hindi.
    Lines typed in a legacy Devanagari font are converted first, as `shuddh clean` does, so a KrutiDev
    line is Hindi, not romanized Hindi.
    """
    from shuddh.langid import identify_lines
    from shuddh.text.legacy import repair_legacy_text

    def lines() -> Any:
        for line in file:
            text = line.rstrip("\n")
            yield text if raw else repair_legacy_text(text)[0]

    out = sys.stdout
    for label, conf in identify_lines(lines()):
        out.write(f"{label}\t{conf:.4f}\n")


# -- shuddh show (issue 13: the audit trail) -------------------------------------------------------------
@main.command("show")
@click.argument("outdir", type=click.Path(exists=True, file_okay=False))
@click.argument("key")
@click.option("--color/--no-color", default=None, help="Dim removed lines [when the output is a terminal].")
@_guard
def show_cmd(outdir: str, key: str, color: bool | None) -> None:
    """Print the document KEY (an id or a URL; kept or dropped) of the run in OUTDIR with the lines the
    stages removed put back in place, marked `- ` and followed by `  ⟵ reason [stage]`; a line from whose
    start or end a chrome sentence was cut is shown whole, marked `~ `, with the cut part and its reason.

    Kept lines start with two spaces. The text shown is the text after normalisation and PII redaction
    (no stage before them removes lines). A dropped document shows the text it had when the stage that
    dropped it received it. Exit code 1 when no document has that id or URL.
    """
    from shuddh.audit import PART, find_document, marked_lines
    from shuddh.stages.base import BLANK

    found = find_document(Path(outdir), key)
    if found is None:
        click.echo(f"no kept or dropped document with id or URL {key!r} in {outdir}", err=True)
        sys.exit(1)
    rec = found.record
    status = found.status
    if status == "dropped":
        status += f" ({rec.get('reason')}, stage {rec.get('stage')})"
    n = sum(1 for e in found.trail if e.reason != BLANK)
    click.echo(f"# id: {rec.get('id')}")
    if rec.get("url"):
        click.echo(f"# url: {rec['url']}")
    click.echo(f"# {status}; {n} line(s) removed; from {found.where}")
    for line, entry in marked_lines(str(rec.get("text", "")), found.trail):
        if entry is None:
            click.echo(f"  {line}", color=color)
        elif entry.reason == BLANK:
            click.echo(click.style("-", dim=True), color=color)
        elif entry.reason.endswith(PART):  # a kept line with a chrome sentence cut from its edge
            note = f"  ⟵ cut {entry.text.strip()!r}: {entry.reason} [{entry.stage}]"
            click.echo(f"~ {line}" + click.style(note, dim=True), color=color)
        else:
            click.echo(click.style(f"- {line}  ⟵ {entry.reason} [{entry.stage}]", dim=True), color=color)


def _show(flag: bool | None) -> bool:
    return _err.is_terminal if flag is None else flag


if __name__ == "__main__":  # pragma: no cover
    main()
