"""Calibration: per-group temperature scaling of the identifier's scores."""

from __future__ import annotations

import numpy as np

from shuddh.langid import LanguageIdentifier
from shuddh.langid.train import TEMPERATURE_GRID, fit_temperature

TEXTS = [
    "कल रात बहुत तेज़ बारिश हुई, इसलिए हम घर से बाहर नहीं निकल पाए।",
    "हम काल्ह बजार गइल रहनी, उहाँ एतना भीड़ रहे कि सामान कीने में बहुत देर हो गइल।",
    "आज सकाळी मी बाजारात गेलो होतो आणि तिथे खूप गर्दी होती.",
    "kal raat bahut tez baarish hui isliye hum ghar se bahar nahi nikal paaye",
    "Please remember to switch off the lights before you leave the office.",
]


def test_fit_temperature_recovers_the_temperature_that_generated_the_labels() -> None:
    rng = np.random.default_rng(7)
    logits = rng.normal(0.0, 4.0, size=(6000, 5)).astype(np.float32)
    for true_t in (0.8, 2.0):
        p = np.exp(logits / true_t)
        p /= p.sum(axis=1, keepdims=True)
        gold = np.array([rng.choice(5, p=row) for row in p])
        t = fit_temperature(logits, gold)
        assert t in TEMPERATURE_GRID
        assert abs(t - true_t) <= 0.15 * true_t


def test_the_shipped_model_is_calibrated_and_temperature_never_changes_a_label() -> None:
    lid = LanguageIdentifier.load()
    temps = lid.meta["temperature"]
    assert set(temps) == {"Deva", "Latn", "Beng", "Arab"}
    assert all(t in TEMPERATURE_GRID for t in temps.values())
    meta = dict(lid.meta)
    meta["temperature"] = {}
    raw = LanguageIdentifier(
        {g: lid._weights[g] for g in lid._weights}, {g: lid._b[g] for g in lid._b}, meta
    ).with_min_confidence(dict.fromkeys(lid.min_confidence, 0.0))
    cal = lid.with_min_confidence(dict.fromkeys(lid.min_confidence, 0.0))
    before, after = raw.predict_lines(TEXTS), cal.predict_lines(TEXTS)
    assert [p.label for p in before] == [p.label for p in after]
    deva = [i for i, p in enumerate(after) if p.scripts.get("Deva")]
    # the Devanagari model was over-confident out of domain: its temperature is above 1
    assert temps["Deva"] > 1.0
    assert all(after[i].confidence <= before[i].confidence for i in deva)
