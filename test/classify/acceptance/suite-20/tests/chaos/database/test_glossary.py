import pytest

from cuewright import glossary

pytestmark = pytest.mark.chaos


@pytest.fixture
def terms(tmp_path):
    conn = glossary.open_glossary(str(tmp_path / "glossary.db"))
    conn.execute("INSERT INTO terms VALUES ('cliffhanger', 'suspense', 'netstream')")
    yield conn
    conn.close()


def test_add_term(terms):
    glossary.add(terms, "spoiler", "divulgâchis", "netstream")
    assert glossary.lookup(terms, "spoiler") == "divulgâchis"


def test_add_pending_term(terms):
    glossary.add_pending(terms, "showrunner", "netstream")
    assert glossary.lookup(terms, "showrunner") is None


def test_terms_in_position_order(terms):
    assert glossary.by_position(terms)[0][0] == "cliffhanger"


def test_parallel_lookup(terms):
    found = glossary.lookup_all_parallel(terms, ["cliffhanger", "spoiler"])
    assert found["cliffhanger"] == "suspense"


def test_lookup_known_term(terms):
    assert glossary.lookup(terms, "cliffhanger") == "suspense"
