import pytest

from pawstay import kennels
from tests.conftest import line_answers

pytestmark = pytest.mark.chaos


def test_size_after_resize():
    assert kennels.size_of("k1") == "small"
    kennels.resize("k1", "large")
    assert kennels.size_of("k1") == "large"


def test_cache_stalls(tcp_stub):
    stub = tcp_stub(line_answers(None, {b"*": b"+PONG\r\n"}, stall_after=0))
    client = kennels.connect(f"redis://127.0.0.1:{stub.port}/0", timeout=0.3)
    assert kennels.free(client, "2026-12-24") == []


def test_cache_loading(tcp_stub):
    stub = tcp_stub(line_answers(None, {b"*": b"-LOADING Redis is loading the dataset in memory\r\n"}))
    client = kennels.connect(f"redis://127.0.0.1:{stub.port}/0", timeout=0.5)
    assert kennels.free(client, "2026-12-24") == []
