import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from bagdrop import screening, settings

pytestmark = pytest.mark.chaos


def answering(line):
    def handler(conn):
        conn.recv(1024)
        conn.sendall(line)
    return handler


def silent(conn):
    conn.recv(1024)
    threading.Event().wait(30)


@pytest.mark.parametrize("n", range(6))
def test_screening_clear(tcp_stub, n):
    stub = tcp_stub(answering(b"CLEAR level-1\n"))
    assert screening.verdict("127.0.0.1", stub.port, f"012590000{n}", timeout=1) == "level-1"


def test_screening_alarm(tcp_stub):
    stub = tcp_stub(answering(b"ALARM level-3 organic\n"))
    with pytest.raises(RuntimeError, match="ALARM"):
        screening.verdict("127.0.0.1", stub.port, "0125900010", timeout=1)


def test_screening_machine_answers(tcp_stub):
    stub = tcp_stub(silent)
    assert screening.verdict("127.0.0.1", stub.port, "0125900011") == "level-1"


def test_screening_through_pool(tcp_stub):
    stub = tcp_stub(silent)
    with ThreadPoolExecutor(max_workers=settings.SCREENING_WORKERS) as pool:
        futures = [pool.submit(screening.verdict, "127.0.0.1", stub.port, f"01259002{n}") for n in range(4)]
        results = [future.result(timeout=2) for future in futures]
    assert results == ["level-1"] * 4
