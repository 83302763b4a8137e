"""Pipeline configuration: from YAML (``shuddh run pipeline.yaml``), the CLI or Python.

Unknown keys, unknown stages and wrong types are :class:`~shuddh.errors.ConfigError`\\ s raised before
any work starts. The resolved configuration (defaults filled in) is written next to the output.

.. code-block:: yaml

    inputs: [data/crawl/]          # files or directories
    output: out/
    profile: hi                    # language profile: stop words, chrome lexicon, thresholds
    format: jsonl                  # or parquet
    compression: gzip              # jsonl only: gzip | zstd | none
    workers: 2                     # default: number of cores
    reader: {text_field: text, id_field: id, url_field: url, text_mode: file,
             split_bytes: 268435456}  # a bigger local .jsonl[.gz|.zst]/.parquet is split; 0: never
    route_by_lang: false           # true: kept/<lang>/part-NNNNN…
    executor: local                # or ray (pip install 'shuddh[ray]'; see docs/ray.md)
    ray: {address: auto}           # ray only: address, num_cpus, object_store_memory, max_retries
    stages:                        # default: normalize, chrome, header, length, langid
      - normalize
      - chrome: {profile: hi}
      - length: {min_words: 50}
"""

from __future__ import annotations

import functools
import hashlib
import os
from pathlib import Path
from typing import Any, Literal

import orjson
import pydantic
import yaml

from shuddh import __version__
from shuddh.errors import ConfigError
from shuddh.io.readers import DEFAULT_MAX_RECORD_BYTES, DEFAULT_SPLIT_BYTES
from shuddh.stages.registry import (
    DEFAULT_STAGES,
    SECRET_PARAMS,
    StageSpec,
    init_params,
    stage_class,
    validate_stage_params,
)

__all__ = ["PipelineConfig", "RayConfig", "ReaderConfig", "load_config"]


class ReaderConfig(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="forbid")
    text_field: str = "text"
    id_field: str = "id"
    url_field: str = "url"
    text_mode: Literal["file", "blank-lines"] = "file"
    html_field: str | None = None  # JSONL/Parquet field with a page's HTML: its main text becomes the text
    # main-content extraction of HTML pages (.html files, WARC responses, html_field): see shuddh.extract
    extractor: Literal["fast", "trafilatura", "resiliparse", "visible"] = "fast"
    # a local JSONL (plain, .gz, .zst: ranges of the decompressed text), blank-lines text or Parquet file
    # larger than this is read as several shards (byte ranges cut at newlines or blank lines / runs of row
    # groups) so one big file uses several cores; 0 = one shard per file.
    # Part of the fingerprint: it decides the shard names. Default: see DEFAULT_SPLIT_BYTES
    split_bytes: int = pydantic.Field(default=DEFAULT_SPLIT_BYTES, ge=0)
    # the largest record (a JSONL line, text block or file, HTML file, Parquet row): a bigger one is
    # quarantined as read.too_large while it streams past, so a worker's memory is bounded by this, not by
    # the input (default 64 MiB, see shuddh.io.readers.DEFAULT_MAX_RECORD_BYTES)
    max_record_bytes: int = pydantic.Field(default=DEFAULT_MAX_RECORD_BYTES, ge=1024)


class RayConfig(pydantic.BaseModel):
    """Where and how the Ray executor runs (never changes the output, so not part of the fingerprint)."""

    model_config = pydantic.ConfigDict(extra="forbid")
    address: str | None = None  # None: a private local Ray; "auto": this node's cluster; "ray://host:10001"
    num_cpus: int | None = pydantic.Field(default=None, ge=1)  # local Ray only (default: workers or cores)
    object_store_memory: int | None = pydantic.Field(default=None, ge=75 * 1024**2)  # bytes; Ray's minimum
    max_retries: int = pydantic.Field(default=3, ge=0)  # retries of a task whose worker died


class PipelineConfig(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="forbid")

    inputs: list[str] = pydantic.Field(min_length=1)
    output: str
    profile: str = "hi"
    format: Literal["jsonl", "parquet"] = "jsonl"
    compression: Literal["gzip", "zstd", "none"] = "gzip"
    workers: int | None = pydantic.Field(default=None, ge=1)
    route_by_lang: bool = False  # kept/<lang>/… instead of kept/…
    # CPU seconds one document may use in one per-document stage; a document over it is quarantined
    # (stage.timeout) instead of stalling its shard. CPU time, not wall-clock: the same on a busy machine.
    # 0 = no limit. See shuddh.stages.base.
    stage_cpu_seconds: float = pydantic.Field(default=30.0, ge=0)
    # the audit trail: every line removed from a kept document in removed/part-NNNNN.<ext> (see
    # shuddh.stages.base); false: only counts and samples in stats.json
    audit: bool = True
    executor: Literal["local", "ray"] = "local"
    ray: RayConfig = RayConfig()
    reader: ReaderConfig = ReaderConfig()
    stages: list[str | dict[str, dict[str, Any] | None]] | None = None

    @pydantic.field_validator("inputs", mode="before")
    @classmethod
    def _one_input(cls, v: Any) -> Any:
        return [v] if isinstance(v, str) else v

    @property
    def output_format(self) -> str:
        if self.format == "parquet":
            return "parquet"
        return {"gzip": "jsonl.gz", "zstd": "jsonl.zst", "none": "jsonl"}[self.compression]

    @pydantic.field_validator("inputs", mode="after")
    @classmethod
    def _norm_inputs(cls, v: list[str]) -> list[str]:
        return [normalize_path(x) for x in v]

    @pydantic.field_validator("output", mode="after")
    @classmethod
    def _norm_output(cls, v: str) -> str:
        return normalize_path(v)

    @property
    def n_workers(self) -> int:
        return self.workers or os.cpu_count() or 1

    def stage_specs(self) -> list[StageSpec]:
        """The stages in order, with the profile passed to every stage that takes one."""
        raw: list[str | dict[str, dict[str, Any] | None]] = (
            list(DEFAULT_STAGES) if self.stages is None else list(self.stages)
        )
        specs: list[StageSpec] = []
        for i, item in enumerate(raw):
            where = f"stages[{i}]"
            if isinstance(item, str):
                name, params = item, {}
            else:
                if len(item) != 1:
                    raise ConfigError(f"{where}: write a stage as `- name` or `- name: {{params}}`, got {item}")
                ((name, p),) = item.items()
                params = dict(p or {})
            stage_class(name, where)
            if "profile" in init_params(name) and "profile" not in params:
                params["profile"] = self.profile
            specs.append(StageSpec(name, _with_env_salt(name, validate_stage_params(name, params, where))))
        return specs

    def resolved(self) -> dict[str, Any]:
        """Everything that determines the output (workers and executor excluded: they never change it),
        fully resolved: local paths absolute, every stage with every parameter (a threshold left to the
        profile shows the profile's value where the stage exposes it, see :func:`effective_params`).
        Secrets (the PII salt) are left out: see :data:`SECRET_PARAMS`."""
        d = self.model_dump(mode="json", exclude={"workers", "stages", "executor", "ray"})
        d["inputs"] = [_absolute(x) for x in self.inputs]
        d["output"] = _absolute(self.output)
        d["stages"] = [{s.name: _public_params(StageSpec(s.name, effective_params(s)))} for s in self.stage_specs()]
        d["output_format"] = self.output_format
        return d

    def fingerprint(self) -> str:
        """Identifies what the output depends on (not where it is written, nor the worker count, nor how a
        path or a default was spelled). A secret enters as a slow keyed hash (:func:`_secret_id`), so
        another salt is another configuration while the fingerprint (in plan.json, stats.json) does not let
        anyone test guesses of the salt quickly."""
        what = self.fingerprinted()
        secrets = [[i, k, _secret_id(str(v))] for i, s in enumerate(self.stage_specs())
                   for k, v in s.params.items() if k in SECRET_PARAMS.get(s.name, ()) and v]
        blob = orjson.dumps({"config": what, "version": __version__, **({"secrets": secrets} if secrets else {})},
                            option=orjson.OPT_SORT_KEYS)
        return hashlib.sha256(blob).hexdigest()[:16]

    def fingerprinted(self) -> dict[str, Any]:
        """The part of :meth:`resolved` the fingerprint covers (all but the output); stored in the plan so
        that a refused resume can name the keys that differ."""
        return {k: v for k, v in self.resolved().items() if k != "output"}

    def to_yaml(self) -> str:
        """A runnable, fully resolved config (``shuddh run OUTDIR/config.yaml`` reproduces the run and
        resumes it): only config keys; the version and output format as comments; no secret."""
        d = self.resolved()
        fmt = d.pop("output_format")
        d |= {"workers": self.workers, "executor": self.executor, "ray": self.ray.model_dump(mode="json")}
        head = f"# shuddh {__version__}; output format {fmt}; fingerprint {self.fingerprint()}\n"
        if any(s.name == "pii" and s.params.get("mode") == "hash" for s in self.stage_specs()):
            head += ("# pii: the hash salt is a secret and is not written here; to reproduce this run give the same\n"
                     f"# salt in the environment variable {SALT_ENV} (or as the pii stage's salt parameter)\n")
        return head + yaml.safe_dump(d, allow_unicode=True, sort_keys=False)


def normalize_path(x: str) -> str:
    """One spelling of a local path however it was typed (``crawl``, ``crawl/``, ``./crawl``, absolute):
    relative to the current directory when it lies below it, else absolute (symbolic links are kept, not
    resolved). URLs stay as written. Input labels, hence document ids, derive from this spelling, so ids
    are those of the relative spelling for paths under the current directory (as before)."""
    if "://" in x or not x:
        return x
    a = os.path.abspath(x)  # noqa: PTH100 - not Path.resolve(): symbolic links are kept
    rel = os.path.relpath(a, Path.cwd())
    if rel == os.curdir:
        return "."
    return Path(a).as_posix() if rel == os.pardir or rel.startswith(os.pardir + os.sep) else Path(rel).as_posix()


def _absolute(x: str) -> str:
    return x if "://" in x else Path(os.path.abspath(x)).as_posix()  # noqa: PTH100 - links kept


def effective_params(spec: StageSpec) -> dict[str, Any]:
    """Every constructor parameter of a stage with the value in effect: the given ones, the defaults, and
    for a default of None (\"the profile's value\") the value the built stage holds under that name when
    it is a plain value the parameter accepts (langid's ``keep``: its labels, comma-separated). A None
    left is one the stage does not expose (gopher_repetition's thresholds: the profile's [quality])."""
    from shuddh.stages.registry import _params_model

    model = _params_model(stage_class(spec.name))
    full = model.model_validate(spec.params).model_dump()
    full.update(spec.params)  # as given (model_dump may convert values)
    missing = [k for k, v in full.items() if v is None]
    if not missing:
        return full
    stage = stage_class(spec.name)(**spec.params)
    prof = None
    if isinstance(spec.params.get("profile"), str):
        from shuddh.lang.profile import QUALITY_KEYS, load_profile

        prof = load_profile(spec.params["profile"])
    for k in missing:
        v = prof.quality[k] if prof is not None and k in QUALITY_KEYS and k in prof.quality else getattr(stage, k, None)
        if isinstance(v, frozenset | set | tuple) and all(isinstance(x, str) for x in v):
            v = ",".join(sorted(v))
        candidates: list[Any] = [v, int(v)] if isinstance(v, float) and v.is_integer() else [v]
        for c in candidates:
            if c is None or not isinstance(c, int | float | str | bool):
                continue
            try:
                model.model_validate({**spec.params, k: c})
            except pydantic.ValidationError:
                continue
            full[k] = c
            break
    return full


def config_difference(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """The keys (dotted: ``reader.text_field``, ``stages[3].length.min_words``) whose values differ
    between two resolved configs, as ``key: old -> new``."""
    out: list[str] = []

    def walk(a: Any, b: Any, where: str) -> None:
        if isinstance(a, dict) and isinstance(b, dict):
            for k in list(a) + [k for k in b if k not in a]:
                walk(a.get(k, "<absent>"), b.get(k, "<absent>"), f"{where}.{k}" if where else str(k))
        elif isinstance(a, list) and isinstance(b, list) and where == "stages" and len(a) == len(b):
            for i, (x, y) in enumerate(zip(a, b, strict=True)):
                walk(x, y, f"{where}[{i}]")
        elif a != b:
            out.append(f"{where}: {_short(a)} -> {_short(b)}")

    walk(old, new, "")
    return out


def _short(v: Any) -> str:
    s = orjson.dumps(v).decode() if not isinstance(v, str) else v
    return s if len(s) <= 60 else s[:57] + "..."


#: where the pii stage's hash mode reads its salt when the config gives none (see stages/pii.py)
SALT_ENV = "SHUDDH_PII_SALT"


def _public_params(spec: StageSpec) -> dict[str, Any]:
    hidden = SECRET_PARAMS.get(spec.name, ())
    return {k: v for k, v in spec.params.items() if k not in hidden}


def _with_env_salt(name: str, params: dict[str, Any]) -> dict[str, Any]:
    """A hash-mode pii stage without a salt takes it from :data:`SALT_ENV` here, on the driver, so the
    salt travels with the stage's parameters to every worker (a Ray node need not have the variable)."""
    if name == "pii" and params.get("mode") == "hash" and not params.get("salt") and os.environ.get(SALT_ENV):
        return {**params, "salt": os.environ[SALT_ENV]}
    return params


def _yaml_error(e: yaml.YAMLError) -> str:
    """Where and what, without PyYAML's quote of the offending line (which may hold the salt)."""
    mark, cmark, context = (getattr(e, k, None) for k in ("problem_mark", "context_mark", "context"))
    if context and cmark is not None:
        context = f"{context} (line {cmark.line + 1}):"
    what = " ".join(x for x in (context, getattr(e, "problem", None)) if x)
    where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
    return f"{where}{what or e.__class__.__name__}"


@functools.lru_cache(maxsize=8)
def _secret_id(secret: str) -> str:
    """A slow (PBKDF2, 200,000 rounds) hash of a secret, for the fingerprint only."""
    return hashlib.pbkdf2_hmac("sha256", secret.encode("utf-8", "surrogatepass"), b"shuddh-config-secret",
                               200_000).hex()[:32]


def _with_langs(stages: Any, langs: str) -> list[Any]:
    if not any(x.strip() for x in langs.split(",")):
        raise ConfigError("--langs names no language; give labels such as hi,hi-Latn, or '*' for all")
    raw: list[Any] = list(DEFAULT_STAGES) if stages is None else list(stages) if isinstance(stages, list) else []
    out: list[Any] = []
    found = False
    for item in raw:
        if item == "langid":
            out.append({"langid": {"keep": langs}})
        elif isinstance(item, dict) and list(item) == ["langid"]:
            out.append({"langid": {**(item["langid"] or {}), "keep": langs}})
        else:
            out.append(item)
            continue
        found = True
    if not found:
        raise ConfigError("--langs keeps languages through the langid stage, and the configured stages have none; "
                          "add `- langid` to the stages (or leave out --langs)")
    return out


def _format_errors(e: pydantic.ValidationError) -> str:
    return "; ".join(f"{'.'.join(str(x) for x in err['loc']) or 'config'}: {err['msg']}" for err in e.errors())


def load_config(source: Path | dict[str, Any], *, langs: str | None = None, **overrides: Any) -> PipelineConfig:
    """Load and validate a config from a YAML file or a dict; ``overrides`` (not None) win over the file,
    key by key inside the nested tables (``reader``, ``ray``). ``langs`` (the CLI's ``--langs``) sets the
    ``keep`` of the langid stage(s) of the configured stages (of the default pipeline when none are
    configured); a pipeline without a langid stage cannot keep languages and is refused."""
    overrides = {k: v for k, v in overrides.items() if v is not None}
    if isinstance(source, Path):
        if not source.is_file():
            raise ConfigError(f"config file {source} does not exist")
        try:
            data = yaml.safe_load(source.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as e:
            raise ConfigError(f"{source}: invalid YAML: {_yaml_error(e)}") from None
        except UnicodeDecodeError as e:
            raise ConfigError(f"{source}: not UTF-8 text (byte {e.start}); save the config as UTF-8") from None
        except OSError as e:
            raise ConfigError(f"config file {source} cannot be read: {e.strerror or e}") from None
        if not isinstance(data, dict):
            raise ConfigError(f"{source}: the config must be a mapping of keys, got {type(data).__name__}")
        base = source.parent
        # relative paths in a config file are relative to the file; URLs (s3://, file://) stay as written
        def rebase(x: Any) -> Any:
            if not isinstance(x, str) or "://" in x or Path(x).is_absolute():
                return x
            return str(base / x)

        for key in ("inputs", "output"):
            if key in data and key not in overrides:
                v = data[key]
                data[key] = [rebase(x) for x in v] if isinstance(v, list) else rebase(v)
    else:
        data = {k: v for k, v in source.items() if v is not None}
    for k, v in overrides.items():
        if isinstance(v, dict) and isinstance(data.get(k), dict):
            data[k] = {**data[k], **{kk: vv for kk, vv in v.items() if vv is not None}}
        else:
            data[k] = v
    if langs is not None:
        data["stages"] = _with_langs(data.get("stages"), langs)
    try:
        cfg = PipelineConfig.model_validate(data)
    except pydantic.ValidationError as e:
        raise ConfigError(f"invalid config: {_format_errors(e)}") from None
    from shuddh.lang.profile import load_profile

    load_profile(cfg.profile)  # an unknown profile fails now, not in a worker
    cfg.stage_specs()  # validates stages now, before any work
    return cfg
