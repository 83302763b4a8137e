"""Check-digit validators against published vectors, and digit-script handling."""

from __future__ import annotations

import pytest

from shuddh.pii import (
    INDIC_DIGIT_ZEROS,
    aadhaar_valid,
    card_valid,
    luhn_check_digit,
    luhn_valid,
    pan_valid,
    to_ascii_digits,
    verhoeff_check_digit,
    verhoeff_valid,
)


def test_verhoeff_published_vectors() -> None:
    # Verhoeff's worked example (Wikipedia "Verhoeff algorithm"): check digit of 236 is 3.
    assert verhoeff_check_digit("236") == "3"
    assert verhoeff_valid("2363")
    assert not verhoeff_valid("2364")
    # Example from the same article: 12345 -> check digit 1.
    assert verhoeff_check_digit("12345") == "1"
    assert verhoeff_valid("123451")


def test_verhoeff_catches_every_single_digit_error_and_adjacent_swap() -> None:
    base = "23412341234"
    num = base + verhoeff_check_digit(base)
    assert verhoeff_valid(num)
    for i in range(len(num)):
        for d in "0123456789":
            if d != num[i]:
                assert not verhoeff_valid(num[:i] + d + num[i + 1 :])
    for i in range(len(num) - 1):
        if num[i] != num[i + 1]:
            assert not verhoeff_valid(num[:i] + num[i + 1] + num[i] + num[i + 2 :])


def test_luhn_published_vectors() -> None:
    assert luhn_valid("79927398713")  # the classic Luhn example
    assert not luhn_valid("79927398710")
    assert luhn_check_digit("7992739871") == "3"
    assert luhn_valid("4111111111111111")  # Visa test number
    assert luhn_valid("378282246310005")  # Amex test number
    assert not luhn_valid("4111111111111112")


@pytest.mark.parametrize("bad", ["", "12a4", "१२x", "+91"])
def test_validators_reject_non_digits(bad: str) -> None:
    assert not verhoeff_valid(bad)
    assert not luhn_valid(bad)
    assert not aadhaar_valid(bad)
    assert not card_valid(bad)


def test_check_digit_needs_digits() -> None:
    with pytest.raises(ValueError, match="decimal digits"):
        verhoeff_check_digit("12a")
    with pytest.raises(ValueError, match="decimal digits"):
        luhn_check_digit("")


def test_indic_digits_have_their_numeric_value() -> None:
    for script, zero in INDIC_DIGIT_ZEROS.items():
        digits = "".join(chr(zero + i) for i in range(10))
        assert to_ascii_digits(digits) == "0123456789", script
    assert to_ascii_digits("फोन ९८७६५-४३२१०") == "फोन 98765-43210"
    assert to_ascii_digits("abc") == "abc"


def test_checksums_on_devanagari_digits() -> None:
    assert verhoeff_valid("२३६३")
    assert luhn_valid("४१११११११११११११११")
    assert aadhaar_valid("२३४१२३४१२३४६")


def test_aadhaar_rules() -> None:
    assert aadhaar_valid("234123412346")
    assert not aadhaar_valid("234123412347")  # check digit
    payload = "12341234123"
    assert not aadhaar_valid(payload + verhoeff_check_digit(payload))  # never starts with 0 or 1
    assert not aadhaar_valid("2341234123")  # length


def test_card_needs_network_prefix_and_length() -> None:
    assert card_valid("4111111111111111")
    assert card_valid("5555555555554444")
    assert card_valid("378282246310005")
    payload = "912345678901234"  # no network starts with 9
    assert not card_valid(payload + luhn_check_digit(payload))
    payload = "41111111111111"  # Visa is 13, 16 or 19 digits, not 15
    assert not card_valid(payload + luhn_check_digit(payload))


@pytest.mark.parametrize(
    ("pan", "ok"),
    [
        ("ABCPD1234E", True),  # individual
        ("AAACR5055K", True),  # company
        ("AAAHA1234B", True),  # HUF
        ("ABCDE1234F", False),  # D is no holder type
        ("ABCKE1234F", False),  # K is no holder type
        ("ABCPD0000E", False),  # serial 0000 is not issued
        ("abcpd1234e", False),  # validator wants upper case (the detector upper-cases)
        ("ABCPD१२३४E", True),  # Devanagari digits
        ("ABCPD1234", False),
    ],
)
def test_pan(pan: str, ok: bool) -> None:
    assert pan_valid(pan) is ok
