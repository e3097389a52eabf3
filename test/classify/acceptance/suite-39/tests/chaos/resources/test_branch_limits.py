"""Exports, label printing and reconciliation under the runner's limits."""
import threading

import pytest

from dispensa import exports

pytestmark = pytest.mark.chaos


def test_register_export_size(tmp_path):
    rows = [f"{n:08d},AMOX-500,21,kmoss,2026-12-05T10:00:00Z" + "x" * 60 for n in range(120_000)]
    exports.write_register(tmp_path / "register.csv", rows)


def test_every_branch_file_open(tmp_path):
    files = exports.open_branch_files(tmp_path, 1100)
    for f in files:
        f.close()


def test_reconcilers_per_branch():
    stop = threading.Event()
    try:
        threads = exports.start_reconcilers(200, stop)
    finally:
        stop.set()
    assert len(threads) == 200


def test_label_printing():
    exports.print_label("AMOX-500 x21 - take one three times a day")


def test_export_folder():
    assert exports.export_dir()


def test_reconcile_tool_timeout():
    exports.reconcile_with_tool(timeout=0.5)
