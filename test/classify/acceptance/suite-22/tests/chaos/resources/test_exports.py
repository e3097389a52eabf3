import pytest

from mashtun import exports

pytestmark = pytest.mark.chaos


def test_ledger_to_full_disk():
    exports.write_ledger("/dev/full", [("B-0412", "2026-11", 41.25)] * 2000)


def test_export_space(tmp_path):
    exports.check_space(tmp_path)


def test_keg_barcode(tmp_path):
    exports.barcode("K50-00871", tmp_path / "k.png")


def test_render_in_container():
    exports.render_in_container("B-0412")


def test_brewlog_dump(tmp_path):
    exports.dump_brewlog(tmp_path / "brewlog.bin", 12)


def test_yeast_lineage_depth():
    graph = {"B-0412": "B-0398", "B-0398": "B-0377", "B-0377": "B-0412"}
    assert exports.lineage_depth(graph, "B-0412") < 10


def test_metrics_endpoint():
    server = exports.start_metrics()
    assert server.server_address[1] == 19100


def test_metrics_endpoint_again():
    server = exports.start_metrics()
    server.shutdown()
