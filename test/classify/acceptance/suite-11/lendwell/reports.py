"""Monthly circulation reports for the branches (pandas, and an Excel export for the council)."""

from datetime import datetime

import pandas as pd
from openpyxl import Workbook


def loans_per_branch(loans):
    frame = pd.DataFrame(loans)
    return frame.groupby("branch_id")["barcode"].count().to_dict()


def export_loans(loans, path):
    book = Workbook()
    sheet = book.active
    sheet.append(["barcode", "card", "lent at"])
    for loan in loans:
        sheet.append([loan["barcode"], loan["card"], loan["lent_at"]])
    book.save(path)
    return path


def export_text(rows, path):
    with open(path, "w") as out:
        for row in rows:
            out.write(",".join(row) + "\n")
    return path


def stamp():
    return datetime.now().isoformat(timespec="seconds")
