import os
import threading

import numpy as np
import pytest

from tallyhouse import exports, statements

pytestmark = pytest.mark.chaos


def test_export_to_finance_folder():
    assert exports.export_batch("b1", [("st_1", 1200)]).exists()


def test_export_when_disk_full():
    exports.write_raw("/dev/full", b"st_1,1200\n" * 100)


def test_export_large_batch(tmp_path):
    exports.write_raw(tmp_path / "big.csv", b"x" * 9_000_000)


def test_many_statement_files(tmp_path):
    handles = []
    try:
        for i in range(1100):
            handles.append(open(tmp_path / f"s{i}.txt", "w"))
    finally:
        for handle in handles:
            handle.close()


def test_variance_matrix():
    grid = np.zeros((400_000, 400_000), dtype=np.float64)
    assert grid.sum() == 0


def test_many_merchant_workers():
    done = threading.Event()
    threads = []
    try:
        for _ in range(200):
            thread = threading.Thread(target=done.wait)
            thread.start()
            threads.append(thread)
    finally:
        done.set()
        for thread in threads:
            thread.join()


def test_pdf_statement_text(tmp_path):
    pdf = tmp_path / "statement.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    assert statements.pdf_text(pdf)


def test_amounts_in_report_locale():
    assert statements.format_amount(1234.5) == "1.234,50"
