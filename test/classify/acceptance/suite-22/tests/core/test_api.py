from mashtun import api


def test_batches_listed():
    result = api.query("{ batches { id recipe style } }")
    assert result.errors is None
    assert len(result.data["batches"]) == 2


def test_batch_strength():
    result = api.query("{ batches { id abvPercent } }")
    assert result.errors is None
    assert result.data["batches"][0]["abvPercent"] == 5.0


def test_batch_ids():
    result = api.query("{ batches { id } }")
    assert [batch["id"] for batch in result.data["batches"]] == ["B-0412", "B-0413"]
