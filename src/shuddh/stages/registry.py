"""Stage names usable in ``pipeline.yaml`` and the default pipeline of ``shuddh clean``."""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from typing import Any

import pydantic

from shuddh.errors import ConfigError
from shuddh.stages.base import Stage
from shuddh.stages.clean.chrome import ChromeLineStage
from shuddh.stages.clean.header import HeaderStage
from shuddh.stages.normalize import NormalizeStage
from shuddh.stages.quality.basic import LengthFilter

__all__ = ["DEFAULT_STAGES", "STAGES", "StageSpec", "build_stage", "validate_stage_params"]

STAGES: dict[str, type[Stage]] = {
    cls.name: cls for cls in (NormalizeStage, ChromeLineStage, HeaderStage, LengthFilter)
}

#: what ``shuddh clean`` runs when no stages are configured, in order
DEFAULT_STAGES: tuple[str, ...] = ("normalize", "chrome", "header", "length")


@dataclass(frozen=True, slots=True)
class StageSpec:
    """A stage by name with its parameters: picklable, so worker processes can rebuild the stage."""

    name: str
    params: dict[str, Any] = field(default_factory=dict)


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
    if name not in STAGES:
        raise ConfigError(f"{where}: unknown stage {name!r}; known stages: {', '.join(sorted(STAGES))}")
    model = _params_model(STAGES[name])
    try:
        model.model_validate(params)
    except pydantic.ValidationError as e:
        problems = "; ".join(
            f"{'.'.join(str(x) for x in err['loc']) or name}: {err['msg']}" for err in e.errors()
        )
        raise ConfigError(f"{where} ({name}): {problems}") from None
    return params


def build_stage(spec: StageSpec) -> Stage:
    return STAGES[spec.name](**spec.params)
