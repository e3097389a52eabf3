"""Bank statements (HTML exports and fixed-width files), their checksums and the monthly report."""
import locale
import subprocess

import crcmod.predefined
from bs4 import BeautifulSoup
from mako.template import Template

from tallyhouse import settings

_crc32c = crcmod.predefined.mkCrcFun("crc-32c")


def parse_html(html):
    soup = BeautifulSoup(html, "html.parser")
    rows = []
    for tr in soup.find("table", id="transactions").find_all("tr")[1:]:
        cells = [td.get_text(strip=True) for td in tr.find_all("td")]
        rows.append({"date": cells[0], "reference": cells[1], "amount": cells[2]})
    return rows


def opening_balance(html):
    soup = BeautifulSoup(html, "html.parser")
    return soup.find("span", class_="opening-balance").text


def check_file(data, expected):
    actual = _crc32c(data)
    if actual != expected:
        raise ValueError(f"checksum {actual:08x} != {expected:08x}")
    return True


def parse_fixed_width(line):
    return {"reference": line[0:12].strip(), "amount_minor": int(line[12:24]), "currency": line[24:27]}


REPORT = Template("""Settlement report ${month}
% for row in rows:
${row['scheme']}: ${row['net']} ${currency}
% endfor
Total: ${total}
""")


def render_report(month, rows):
    return REPORT.render(month=month, rows=rows, currency="EUR")


def format_amount(amount):
    locale.setlocale(locale.LC_ALL, settings.REPORT_LOCALE)
    return locale.format_string("%.2f", amount, grouping=True)


def pdf_text(path):
    return subprocess.run([settings.PDF_TOOL, "-layout", str(path), "-"], capture_output=True, check=True).stdout
