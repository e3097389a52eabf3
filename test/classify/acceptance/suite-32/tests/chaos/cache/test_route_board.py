import pytest
import redis

from cragloft import routes
from tests.conftest import line_answers

pytestmark = pytest.mark.chaos


@pytest.fixture
def live_board():
    client = routes.board()
    client.ping()
    yield client
    client.flushdb()


def test_publish_new_problem(live_board):
    routes.publish(live_board, "leith", {"number": 12, "grade": "6B"})


def test_lookup_problem(live_board):
    assert routes.lookup(live_board, "leith", 12) is not None


def test_lookup_missing_problem(live_board):
    assert routes.lookup(live_board, "leith", 999) is None


def test_republish_regraded(live_board):
    routes.publish(live_board, "leith", {"number": 12, "grade": "6B+"})


def test_board_ping(live_board):
    assert live_board.ping()


def stub_board(tcp_stub, answers, stall_after=None):
    stub = tcp_stub(line_answers(b"", answers, stall_after))
    return routes.board(port=stub.port)


def test_board_busy_with_script(tcp_stub):
    client = stub_board(tcp_stub, {b"*": b"-BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.\r\n"})
    routes.publish(client, "leith", {"number": 3, "grade": "5+"})


def test_board_cannot_persist(tcp_stub):
    misconf = (b"-MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk. "
               b"Commands that may modify the data set are disabled, because this instance is configured to report "
               b"errors during writes if RDB snapshotting fails (stop-writes-on-bgsave-error option). Please check the "
               b"Redis logs for details about the RDB error.\r\n")
    client = stub_board(tcp_stub, {b"*": misconf})
    routes.publish(client, "leith", {"number": 4, "grade": "6A"})


def test_board_stalls_on_read(tcp_stub):
    client = stub_board(tcp_stub, {b"*": b"+OK\r\n"}, stall_after=0)
    assert routes.lookup(client, "leith", 4) is None


def test_two_gyms_same_number(tcp_stub):
    store = {}

    class Fake:
        def set(self, key, value):
            store[key] = value

        def get(self, key):
            return store.get(key)

    client = Fake()
    routes.publish(client, "leith", {"number": 7, "grade": "6C"})
    routes.publish(client, "fountainbridge", {"number": 7, "grade": "5"})
    assert routes.lookup(client, "leith", 7).grade == "6C"


def test_hardest_on_wall():
    assert routes.hardest([{"grade": "6A"}, {"grade": "7A"}]) == "7A"
