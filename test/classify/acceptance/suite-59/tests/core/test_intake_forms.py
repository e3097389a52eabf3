import pytest

from seedvault import species

FORMS = []


def add_form(number, name):
    FORMS.append({"number": number, "species": species.binomial(name)})
    return FORMS[-1]


@pytest.mark.parametrize("number,name", [("SV-2026-00101", "primula vulgaris"), ("SV-2026-00102", "SILENE dioica")])
def test_form_added(number, name):
    assert add_form(number, name)["species"][0].isupper()


def test_first_form_numbered():
    add_form("SV-2026-00103", "digitalis purpurea")
    assert FORMS[0]["number"] == "SV-2026-00103"


def test_packets_for_form(vaultdb):
    assert vaultdb
