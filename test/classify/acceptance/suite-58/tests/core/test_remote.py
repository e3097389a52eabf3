from unittest import mock

from spoilheap import remote


def test_radiocarbon_date_parsed():
    answer = mock.Mock(status_code=200)
    answer.json.return_value = {"sample": "OxA-1", "bp": 2010, "error": 30}
    with mock.patch("spoilheap.remote.requests.get", return_value=answer):
        assert remote.radiocarbon_date("http://127.0.0.1:9", "OxA-1")["bp"] == 2010
