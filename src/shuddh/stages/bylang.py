"""Per-document language profiles for the stages after language identification.

A run has one profile (``--profile hi``), but with ``--langs hi,hi-Latn`` or ``--langs '*'`` it keeps
documents in other languages too, and Hindi stop words or thresholds would wrongly drop a romanized
Hindi or Marathi document. :class:`ByLanguage` wraps such a stage (one that takes a ``profile``) and
runs each document through an instance built with the profile of the document's language — when a
profile for that language exists (``lang/profiles/<lang>.toml``); otherwise through the run's.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from shuddh.document import Document, Dropped
from shuddh.lang.profile import available_profiles, load_profile
from shuddh.stages.base import Stage, StageContext
from shuddh.stages.registry import StageSpec, build_stage

__all__ = ["ByLanguage"]


class ByLanguage(Stage):
    """Dispatches each document to ``spec``'s stage built with the profile of ``doc.lang``."""

    def __init__(self, spec: StageSpec, default: Stage) -> None:
        self.spec = spec
        self.default = default
        self.name = default.name  # type: ignore[misc]  # reports under the wrapped stage's name
        self.kind = default.kind  # type: ignore[misc]
        self.budgeted = default.budgeted  # type: ignore[misc]  # one document at a time, like the default
        self.run_code = load_profile(str(spec.params.get("profile", "hi"))).code
        self._profiles = set(available_profiles())
        self._by_lang: dict[str, Stage] = {}

    def setup(self) -> None:
        self.default.setup()

    def stage_for(self, lang: str | None) -> Stage:
        if not lang or lang == self.run_code or lang not in self._profiles:
            return self.default
        st = self._by_lang.get(lang)
        if st is None:
            st = build_stage(StageSpec(self.spec.name, {**self.spec.params, "profile": lang}))
            st.setup()
            self._by_lang[lang] = st
        return st

    def process(self, docs: Iterable[Document], ctx: StageContext) -> Iterator[Document | Dropped]:
        for doc in docs:
            yield from self.stage_for(doc.lang).process((doc,), ctx)

    def describe(self) -> dict[str, Any]:
        return {**self.default.describe(), "profile_per_language": True}


def wrap_after_langid(specs: list[StageSpec], stages: list[Stage]) -> list[Stage]:
    """Wrap every per-document stage with a ``profile`` parameter that runs after ``langid``."""
    from shuddh.stages.base import GlobalStage

    out: list[Stage] = []
    seen_langid = False
    for spec, st in zip(specs, stages, strict=True):
        if spec.name == "langid":
            seen_langid = True
            out.append(st)
        elif seen_langid and "profile" in spec.params and not isinstance(st, GlobalStage):
            out.append(ByLanguage(spec, st))
        else:
            out.append(st)
    return out
