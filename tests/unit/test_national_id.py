import pytest

from app.domain.errors import DomainError
from app.domain.national_id import normalize_national_id, optional_national_id


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("V-12345678", "V-12345678"),
        ("v12.345.678", "V-12345678"),
        ("E 81234567", "E-81234567"),
        ("12345678", "V-12345678"),
        (" V-1.234.567 ", "V-1234567"),
        ("e-081234567", "E-81234567"),
    ],
)
def test_normalizes_the_ways_people_write_it(raw: str, expected: str) -> None:
    assert normalize_national_id(raw) == expected


@pytest.mark.parametrize("raw", ["", "X-12345678", "V-12", "V-1234567890", "V-12a45678",
                                 "12.34.567"])
def test_rejects_what_is_not_a_cedula(raw: str) -> None:
    with pytest.raises(DomainError) as info:
        normalize_national_id(raw)
    assert info.value.code == "national_id.invalid"
    assert "V-12345678" in str(info.value)  # the message says how to write it


def test_children_may_have_none() -> None:
    assert optional_national_id("  ") is None
    assert optional_national_id(None) is None
