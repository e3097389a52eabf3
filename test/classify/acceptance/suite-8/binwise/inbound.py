"""Inbound goods: suppliers' advance shipping notices (ASN) by mail, their XML and JSON forms, and the
returns mailbox."""
import imaplib
import mailbox
import poplib
import xml.etree.ElementTree as ET
from email.message import EmailMessage

import defusedxml.ElementTree as SafeET
import voluptuous as vol

from binwise import settings

ASN_SCHEMA = vol.Schema(
    {
        vol.Required("po_number"): str,
        vol.Required("supplier"): str,
        vol.Required("lines"): [{vol.Required("sku"): str, vol.Required("qty"): vol.All(int, vol.Range(min=1))}],
        vol.Optional("carrier"): str,
    }
)


def asn_inbox(port):
    imap = imaplib.IMAP4("127.0.0.1", port, timeout=2)
    imap.login(settings.SUPPLIER_MAIL_USER, settings.SUPPLIER_MAIL_PASSWORD)
    imap.select("INBOX")
    return imap


def legacy_asn_count(port):
    pop = poplib.POP3("127.0.0.1", port, timeout=2)
    pop.user(settings.SUPPLIER_MAIL_USER)
    pop.pass_(settings.SUPPLIER_MAIL_PASSWORD)
    count, _size = pop.stat()
    pop.quit()
    return count


def returns_mailbox():
    return mailbox.Maildir(settings.RETURNS_MAILDIR, create=False)


def purchase_order_mail(po):
    message = EmailMessage()
    message["From"] = "purchasing@binwise.test"
    message["To"] = po["supplier_email"]
    message["Subject"] = f"PO {po['number']} for {po['supplier']}"
    message.set_content("\n".join(f"{line['sku']} x {line['qty']}" for line in po["lines"]))
    return message


def parse_asn_xml(data):
    root = SafeET.fromstring(data)
    return {
        "po_number": root.findtext("PurchaseOrder"),
        "supplier": root.findtext("Supplier"),
        "lines": [{"sku": line.get("sku"), "qty": int(line.get("qty"))} for line in root.iter("Line")],
    }


def render_asn_xml(asn):
    lines = "".join(f'<Line sku="{line["sku"]}" qty="{line["qty"]}"/>' for line in asn["lines"])
    return (
        f"<ASN><PurchaseOrder>{asn['po_number']}</PurchaseOrder>"
        f"<Supplier>{asn['supplier']}</Supplier><Lines>{lines}</Lines></ASN>"
    )


def round_trip(asn):
    return ET.fromstring(render_asn_xml(asn))


def validate_asn(data):
    return ASN_SCHEMA(data)
