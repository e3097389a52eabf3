import threading

import pytest

from kilnrow.glaze import GlazeStock
from kilnrow.kv import KV

pytestmark = pytest.mark.chaos


def test_receive_adds_grams(kv):
    stock = GlazeStock(kv)
    stock.receive("north", "celadon", 500)
    assert stock.grams("north", "celadon") == 500


def test_use_takes_grams(kv):
    stock = GlazeStock(kv)
    stock.receive("north", "tenmoku", 800)
    assert stock.use("north", "tenmoku", 300) == 500


def test_use_more_than_stocked(kv):
    stock = GlazeStock(kv)
    stock.receive("north", "shino", 100)
    with pytest.raises(ValueError):
        stock.use("north", "shino", 200)


def test_unknown_glaze_is_zero(kv):
    assert GlazeStock(kv).grams("south", "ash") == 0


@pytest.mark.parametrize("shelf", ["north", "south", "annex"])
def test_shelves_start_empty(kv, shelf):
    assert GlazeStock(kv).grams(shelf, "celadon") == 0


def test_shelf_key_names(shelf_keys):
    shelf_keys.append("glaze:test-shelf:celadon")
    assert shelf_keys[0].startswith("glaze:")


def test_receive_when_redis_is_full(tcp_stub):
    from tests.conftest import resp_answer
    stub = tcp_stub(resp_answer(b"-OOM command not allowed when used memory > 'maxmemory'.\r\n"))
    assert GlazeStock(KV(port=stub.port)).receive("north", "celadon", 500) == 500


def test_grams_while_redis_loads(tcp_stub):
    from tests.conftest import resp_answer
    stub = tcp_stub(resp_answer(b"-LOADING Redis is loading the dataset in memory\r\n"))
    assert GlazeStock(KV(port=stub.port)).grams("north", "celadon") == 0


def test_grams_from_a_slow_redis(tcp_stub):
    from tests.conftest import resp_answer
    stub = tcp_stub(resp_answer(b"$3\r\n250\r\n", stall_on="HGET"))
    assert GlazeStock(KV(port=stub.port, timeout=0.5)).grams("north", "celadon") == 250


def test_two_members_use_the_last_glaze(tcp_stub):
    state = {"grams": 300}
    lock = threading.Lock()

    def handler(conn):
        while True:
            data = conn.recv(65536)
            if not data:
                return
            if b"HGET" in data:
                threading.Event().wait(0.05)
                conn.sendall(b"$%d\r\n%d\r\n" % (len(str(state["grams"])), state["grams"]))
            else:
                amount = int(data.rsplit(b"\r\n", 2)[-2])
                with lock:
                    state["grams"] += amount
                conn.sendall(b":%d\r\n" % state["grams"])

    stub = tcp_stub(handler)
    errors = []

    def use():
        try:
            GlazeStock(KV(port=stub.port)).use("north", "celadon", 200)
        except ValueError as error:
            errors.append(error)

    threads = [threading.Thread(target=use) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert state["grams"] >= 0, f"stock went to {state['grams']} g"
