"""Stage names usable in ``pipeline.yaml`` and the default pipeline of ``shuddh clean``.

Stages are registered by import path and imported on first use, so a stage's heavy dependencies
(models, numpy) load only in pipelines that use it.
"""

from __future__ import annotations

import importlib
import inspect
from dataclasses import dataclass, field
from typing import Any

import pydantic

from shuddh.errors import ConfigError
from shuddh.stages.base import Stage

__all__ = [
    "DEFAULT_STAGES",
    "SECRET_PARAMS",
    "STAGE_PATHS",
    "StageSpec",
    "build_stage",
    "stage_class",
    "validate_stage_params",
]

STAGE_PATHS: dict[str, str] = {
    "normalize": "shuddh.stages.normalize:NormalizeStage",
    "chrome": "shuddh.stages.clean.chrome:ChromeLineStage",
    "header": "shuddh.stages.clean.header:HeaderStage",
    "chrome_repeats": "shuddh.stages.clean.repeats:ChromeRepeatsStage",
    "length": "shuddh.stages.quality.basic:LengthFilter",
    "langid": "shuddh.stages.langid:LanguageIdStage",
    "pii": "shuddh.stages.pii:PiiStage",
    "quality_signals": "shuddh.stages.quality.scorer:QualitySignals",
    "gopher_quality": "shuddh.stages.quality.gopher:GopherQualityFilter",
    "gopher_repetition": "shuddh.stages.quality.gopher:GopherRepetitionFilter",
    "fineweb_quality": "shuddh.stages.quality.fineweb:FineWebQualityFilter",
    "dedup_exact": "shuddh.stages.dedup.exact:ExactDedup",
    "dedup_near": "shuddh.stages.dedup.near:NearDedup",
    "dedup_lines": "shuddh.stages.dedup.lines:LineDedup",
    "dedup_in_doc": "shuddh.stages.dedup.in_doc:InDocumentDedup",
}

#: what ``shuddh clean`` runs when no stages are configured, in order
DEFAULT_STAGES: tuple[str, ...] = (
    "normalize",  # legacy fonts, Unicode, danda, whitespace
    "pii",  # first: nothing after it (dropped/, report samples) may carry personal data
    "chrome",  # site chrome lines (profile lexicon)
    "header",  # section label -> metadata, headline -> title
    "chrome_repeats",  # lines repeated across many documents of a site/shard (global: two passes)
    "length",  # empty / too short: cheap, before the model and the signals
    "langid",  # keep the profile's language
    "gopher_repetition",  # FineWeb-2's order: repetition, FineWeb line rules, Gopher quality
    "fineweb_quality",
    "gopher_quality",
    "dedup_in_doc",  # later copies of a paragraph inside a kept document (after the repetition filters)
    "dedup_exact",  # global stages last: only documents worth keeping are hashed
    "dedup_near",
)


#: stage parameters that are secrets: never in config.yaml, plan.json, stats.json or a message
SECRET_PARAMS: dict[str, tuple[str, ...]] = {"pii": ("salt",)}


@dataclass(frozen=True, slots=True)
class StageSpec:
    """A stage by name with its parameters: picklable, so worker processes can rebuild the stage."""

    name: str
    params: dict[str, Any] = field(default_factory=dict)

    def __repr__(self) -> str:  # a task's repr may end up in an error message: never a secret (the PII salt)
        hidden = SECRET_PARAMS.get(self.name, ())
        shown = {k: ("***" if k in hidden and v else v) for k, v in self.params.items()}
        return f"StageSpec(name={self.name!r}, params={shown!r})"


def stage_class(name: str, where: str = "stage") -> type[Stage]:
    """The class registered as ``name``; :class:`ConfigError` for an unknown name."""
    path = STAGE_PATHS.get(name)
    if path is None:
        raise ConfigError(f"{where}: unknown stage {name!r}; known stages: {', '.join(sorted(STAGE_PATHS))}")
    module, _, attr = path.partition(":")
    cls = getattr(importlib.import_module(module), attr)
    if not (isinstance(cls, type) and issubclass(cls, Stage)):
        raise ConfigError(f"{where}: {path} is not a Stage")
    return cls


def init_params(name: str) -> set[str]:
    return set(inspect.signature(stage_class(name).__init__).parameters) - {"self"}


def _params_model(cls: type[Stage]) -> type[pydantic.BaseModel]:
    fields: dict[str, Any] = {}
    for p in inspect.signature(cls.__init__).parameters.values():
        if p.name == "self" or p.kind not in (p.KEYWORD_ONLY, p.POSITIONAL_OR_KEYWORD):
            continue
        ann = p.annotation if p.annotation is not inspect.Parameter.empty else Any
        if isinstance(ann, str):
            ann = eval(ann, vars(inspect.getmodule(cls)))  # noqa: S307 - our own annotations
        fields[p.name] = (ann, ... if p.default is inspect.Parameter.empty else p.default)
    return pydantic.create_model(
        f"{cls.__name__}Params", __config__=pydantic.ConfigDict(extra="forbid", strict=True), **fields
    )


def validate_stage_params(name: str, params: dict[str, Any], where: str) -> dict[str, Any]:
    """Check a stage's parameters against its constructor; precise error, before any work starts."""
    model = _params_model(stage_class(name, where))
    try:
        model.model_validate(params)
    except pydantic.ValidationError as e:
        problems = "; ".join(
            f"{'.'.join(str(x) for x in err['loc']) or name}: {err['msg']}" for err in e.errors()
        )
        raise ConfigError(f"{where} ({name}): {problems}") from None
    # the constructor's own checks (ranges, combinations): stages are cheap to build (models load in
    # setup()), so a bad value is a config error here, not a traceback in a worker later
    try:
        stage_class(name, where)(**params)
    except ValueError as e:
        raise ConfigError(f"{where} ({name}): {e}") from None
    return params


def build_stage(spec: StageSpec) -> Stage:
    return stage_class(spec.name)(**spec.params)
