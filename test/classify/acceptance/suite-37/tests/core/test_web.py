from stowfold.web import app


def test_unit_small():
    client = app.test_client()
    assert client.get("/units/A101").get_json()["square_feet"] == 25


def test_unit_jumbo():
    client = app.test_client()
    response = client.get("/units/B204")
    assert response.status_code == 200


def test_unit_unknown_is_404():
    client = app.test_client()
    assert client.get("/units/Z999").status_code == 404


def test_unit_list():
    client = app.test_client()
    assert client.get("/unit/A101").status_code == 200
