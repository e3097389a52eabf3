import pytest
import zlib

from tallyhouse import statements

HTML = """<html><body><h1>Statement</h1>
<table id="transactions"><tr><th>Date</th><th>Ref</th><th>Amount</th></tr>
<tr><td>2026-12-02</td><td>ORD-1</td><td>12.00</td></tr></table>
<p>Opening balance: <b>100.00</b></p></body></html>"""


def test_parse_html_rows():
    assert statements.parse_html(HTML) == [{"date": "2026-12-02", "reference": "ORD-1", "amount": "12.00"}]


def test_opening_balance():
    assert statements.opening_balance(HTML) == "100.00"


def test_check_file_checksum():
    data = b"ORD-1       000000001200EUR\n"
    assert statements.check_file(data, zlib.crc32(data))


def test_parse_fixed_width():
    line = "ORD-1       0000000012,0EUR"
    assert statements.parse_fixed_width(line)["amount_minor"] == 1200


def test_render_report():
    text = statements.render_report("2026-11", [{"scheme": "visa", "net": 100}])
    assert "Total" in text


def test_render_report_total():
    text = statements.render_report("2026-11", [{"scheme": "visa", "net": 100}], )
    assert "visa: 100 EUR" in text


@pytest.fixture
def statement_file(tmp_path):
    path = tmp_path / "statement.txt"
    path.write_text("ORD-1       000000001200EUR\n")
    yield path
    (tmp_path / "statement.txt.processed").unlink()


def test_statement_file_parsed(statement_file):
    assert statements.parse_fixed_width(statement_file.read_text())["currency"] == "EUR"
