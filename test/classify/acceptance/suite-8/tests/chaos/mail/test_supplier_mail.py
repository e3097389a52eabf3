import json
import pathlib

import pytest

from binwise import inbound

pytestmark = pytest.mark.chaos
DATA = pathlib.Path(__file__).parents[2] / "data"


def _imap(line):
    tag, command = line.strip().split(b" ", 2)[:2]
    if command.upper() == b"CAPABILITY":
        return b"* CAPABILITY IMAP4rev1 AUTH=PLAIN LOGINDISABLED-NOT\r\n" + tag + b" OK CAPABILITY completed\r\n"
    if command.upper() == b"LOGIN":
        return tag + b" NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)\r\n"
    return tag + b" BAD unexpected\r\n"


def _pop(line):
    if line.startswith(b"USER"):
        return b"+OK send PASS\r\n"
    if line.startswith(b"PASS"):
        return b"-ERR [IN-USE] Mailbox is locked by another POP3 session\r\n"
    return b"-ERR unknown command\r\n"


@pytest.fixture
def returns():
    box = inbound.returns_mailbox()
    yield box
    box.close()


def test_asn_inbox_opens(line_stub):
    port = line_stub(b"* OK [CAPABILITY IMAP4rev1] binwise-test ready\r\n", _imap)
    imap = inbound.asn_inbox(port)
    assert imap.state == "SELECTED"


def test_legacy_supplier_mailbox_counts_asns(line_stub):
    port = line_stub(b"+OK POP3 ready\r\n", _pop)
    assert inbound.legacy_asn_count(port) >= 0


def test_returns_mailbox_has_no_unread_rma(returns):
    assert not [key for key, message in returns.items() if "S" not in message.get_flags()]


def test_purchase_order_mail():
    po = {"number": "PO-2026-4471", "supplier": "Northwind Supply Co.", "supplier_email": "asn@northwind.example",
          "lines": [{"sku": "SKU-1001", "qty": 48}]}
    assert inbound.purchase_order_mail(po)["Subject"] == "PO PO-2026-4471 for Northwind Supply Co."


def test_purchase_order_mail_for_a_supplier_from_the_import():
    po = {"number": "PO-2026-4488", "supplier": "Harbour Tools Ltd\nUnit 4, Avonmouth", "supplier_email": "orders@harbour.example",
          "lines": [{"sku": "SKU-0007", "qty": 200}]}
    assert "Harbour Tools" in inbound.purchase_order_mail(po)["Subject"]


def test_asn_xml_from_harbour():
    asn = inbound.parse_asn_xml((DATA / "asn-harbour.xml").read_bytes())
    assert asn["lines"] == [{"sku": "SKU-0007", "qty": 200}]


def test_asn_xml_from_northwind():
    asn = inbound.parse_asn_xml((DATA / "asn-northwind.xml").read_bytes())
    assert asn["supplier"] == "Northwind Supply Co."


def test_asn_xml_round_trip():
    asn = {"po_number": "PO-2026-4502", "supplier": "Harbour Tools Ltd", "lines": [{"sku": "SKU-0007", "qty": 200}]}
    assert inbound.round_trip(asn).findtext("Supplier") == "Harbour Tools Ltd"


def test_asn_xml_round_trip_keeps_the_supplier_name():
    asn = {"po_number": "PO-2026-4519", "supplier": "Barrow & Sons", "lines": [{"sku": "SKU-3310", "qty": 6}]}
    assert inbound.round_trip(asn).findtext("Supplier") == "Barrow & Sons"


def test_asn_json_is_valid():
    asn = json.loads((DATA / "asn-harbour.json").read_text())
    assert inbound.validate_asn(asn)["lines"][0]["qty"] == 200


def test_asn_with_zero_quantity_is_refused():
    with pytest.raises(Exception, match="value must be at least 1"):
        inbound.validate_asn({"po_number": "PO-1", "supplier": "X", "lines": [{"sku": "SKU-1", "qty": 0}]})
