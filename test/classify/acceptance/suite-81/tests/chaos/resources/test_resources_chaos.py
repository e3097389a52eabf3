import datetime as dt
import locale
from pathlib import Path

import pytest

from reedbank import res


class TestInbound:
    def test_supplier_sheet_read(self, settings):
        rows = res.read_supplier_sheet(Path(settings["inbound"]) / "suppliers.csv")
        assert rows and "supplier" in rows[0]

    def test_own_export_read_back(self, tmp_path):
        path = res.write_export(tmp_path, "out.csv", [["supplier", "bundles"], ["Bjørn Sävström", "40"]])
        assert res.read_supplier_sheet(path)[0]["supplier"] == "Bjørn Sävström"

    def test_export_rows_written(self, tmp_path):
        path = res.write_export(tmp_path, "rows.csv", [["a", "1"], ["b", "2"]])
        assert path.read_text().splitlines() == ["a,1", "b,2"]

    def test_empty_export(self, tmp_path):
        path = res.write_export(tmp_path, "empty.csv", [])
        assert path.read_text() == ""


class TestLocales:
    def test_invoice_amount_german(self, settings):
        assert res.format_amount(12345.5, settings["locales"]["invoices"]) == "12.345,50"

    def test_statement_amount_english(self, settings):
        assert res.format_amount(12345.5, settings["locales"]["statements"]) == "12,345.50"

    def test_amount_in_c_locale(self):
        assert res.format_amount(1234.5, "C") == "1234.50"

    def test_runner_encoding_is_utf8(self):
        assert locale.getdefaultlocale()[1] in ("UTF-8", "utf-8")


class TestZones:
    def test_depot_window(self, settings):
        start, end = res.local_window(settings["zones"]["depot"], dt.date(2026, 7, 1), 8, 12)
        assert (start.hour, end.hour) == (6, 10)

    def test_harbour_window(self, settings):
        start, _ = res.local_window(settings["zones"]["harbour"], dt.date(2026, 7, 1), 8, 12)
        assert start.hour == 9

    def test_barge_window(self, settings):
        start, _ = res.local_window(settings["zones"]["barge"], dt.date(2026, 1, 5), 7, 9)
        assert start.hour == 6

    def test_depot_winter_window(self, settings):
        start, _ = res.local_window(settings["zones"]["depot"], dt.date(2026, 1, 5), 8, 12)
        assert start.hour == 7

    def test_utc_window(self):
        start, end = res.local_window("UTC", dt.date(2026, 1, 5), 7, 9)
        assert (start.hour, end.hour) == (7, 9)


class TestDocuments:
    def test_delivery_note_pdf(self, tmp_path):
        note = res.render_delivery_note("<h1>Delivery 4411</h1>", tmp_path / "note.pdf")
        assert note.read_bytes().startswith(b"%PDF")


class TestLogs:
    def test_rotate_keeps_newest(self, tmp_path):
        for n in range(5):
            (tmp_path / f"yard-{n}.log").write_text(str(n))
        kept = res.rotate(tmp_path, keep=2)
        assert len(kept) == 2

    def test_rotate_nothing(self, tmp_path):
        assert res.rotate(tmp_path, keep=3) == []


class TestWeights:
    @pytest.mark.parametrize(("bundles", "kg"), [(1, 5), (2, 9), (10, 45), (3, 14)])
    def test_bundle_weight(self, bundles, kg):
        assert res.bundle_weight_kg(bundles) == kg

    def test_zero_bundles(self):
        assert res.bundle_weight_kg(0) == 0
