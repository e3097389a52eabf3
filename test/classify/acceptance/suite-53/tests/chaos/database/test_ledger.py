import pytest

from redcell.ledger import Ledger


def test_regional_o_negative(ledger):
    assert ledger.query("STOCK O-")["units"] >= 0


def test_regional_platelets(ledger):
    assert "units" in ledger.query("STOCK platelets")


def test_transfer_request(ledger):
    assert ledger.query("TRANSFER O- 4 north")["accepted"]


def test_shortage_board(ledger):
    assert isinstance(ledger.query("SHORTAGES"), list)


def answer_slowly(conn):
    conn.recv(65536)
    import threading
    threading.Event().wait(3)


def answer(conn):
    conn.recv(65536)
    conn.sendall(b'OK {"units": 12}\n')


def refuse_statement(conn):
    conn.recv(65536)
    conn.sendall(b"ERR unknown group Q+\n")


@pytest.mark.parametrize("group", ["A+", "AB-"])
def test_regional_stock_answers(tcp_stub, group):
    stub = tcp_stub(answer_slowly)
    assert Ledger(port=stub.port).query(f"STOCK {group}")["units"] >= 0


def test_regional_stock_parses(tcp_stub):
    stub = tcp_stub(answer)
    assert Ledger(port=stub.port).query("STOCK O+") == {"units": 12}


def test_regional_error_is_raised(tcp_stub):
    from redcell.ledger import LedgerError
    stub = tcp_stub(refuse_statement)
    with pytest.raises(LedgerError, match="unknown group"):
        Ledger(port=stub.port).query("STOCK Q+")
