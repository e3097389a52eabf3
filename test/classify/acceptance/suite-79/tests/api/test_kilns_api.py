import pytest

from kilnyard import api


@pytest.fixture(autouse=True)
def empty_kilns():
    for kiln in api.KILNS.values():
        kiln["load"].clear()


def test_book_piece_created():
    status, body = api.handle("POST", "/kilns/k1/pieces", {"name": "jug", "kg": 2.5})
    assert status == 201
    assert body == {"position": 1}


def test_kiln_load():
    api.handle("POST", "/kilns/k1/pieces", {"name": "jug", "kg": 2.5})
    assert api.handle("GET", "/kilns/k1") == (200, {"kiln": "k1", "load_kg": 2.5})


def test_unknown_kiln_is_404():
    assert api.handle("GET", "/kilns/k9")[0] == 404


def test_full_kiln_refused():
    api.handle("POST", "/kilns/k2/pieces", {"name": "urn", "kg": 55})
    with pytest.raises(api.KilnFull, match="kiln is full"):
        api.book("k2", {"name": "vase", "kg": 10})


def test_full_kiln_is_409():
    api.handle("POST", "/kilns/k2/pieces", {"name": "urn", "kg": 55})
    status, body = api.handle("POST", "/kilns/k2/pieces", {"name": "vase", "kg": 10})
    assert status == 409


def test_quote():
    assert api.handle("GET", "/quote", {"kwh": "40", "rate": "0.25"}) == (200, {"eur": 10.0})
