import os
import shutil

import pytest

from binwise import exports, settings

pytestmark = pytest.mark.chaos


@pytest.fixture(scope="module")
def outbox(tmp_path_factory):
    return tmp_path_factory.mktemp("outbox")


@pytest.fixture
def quarantine(tmp_path):
    folder = tmp_path / "quarantine" / "LOT-7"
    folder.mkdir(parents=True)
    (folder / "lot-7.csv").write_text("sku,qty\nSKU-1001,48\n")
    yield folder
    shutil.rmtree(folder)


@pytest.fixture
def shared_outbox():
    os.makedirs(settings.OUTBOX, exist_ok=True)
    yield settings.OUTBOX
    for name in os.listdir(settings.OUTBOX):
        os.remove(os.path.join(settings.OUTBOX, name))


def test_manifest_archive_round_trip(tmp_path):
    files = []
    for name in ("northline.csv", "parcelpost.csv"):
        (tmp_path / name).write_text("consignment,kg\nNL0042117,2.4\n")
        files.append(tmp_path / name)
    archive = exports.write_manifest_archive(tmp_path / "manifests.tar.gz", files)
    assert exports.read_manifest_archive(archive) == ["northline.csv", "parcelpost.csv"]


def test_label_bundle_of_one_carrier(tmp_path):
    (tmp_path / "NL0042117.zpl").write_text("^XA^XZ")
    bundle = exports.bundle_labels(tmp_path / "labels.zip", [("northline", tmp_path / "NL0042117.zpl")])
    assert bundle.stat().st_size > 0


@pytest.mark.filterwarnings("error::UserWarning")
def test_label_bundle_of_two_carriers(tmp_path):
    labels = []
    for carrier in ("northline", "parcelpost"):
        (tmp_path / carrier).mkdir()
        (tmp_path / carrier / "label.zpl").write_text(f"^XA^FD{carrier}^FS^XZ")
        labels.append((carrier, tmp_path / carrier / "label.zpl"))
    exports.bundle_labels(tmp_path / "labels.zip", labels)


def test_reservations_add_up(tmp_path):
    reservations = exports.Reservations(tmp_path / "reservations")
    reservations.reserve("SKU-1001", 2)
    reservations.reserve("SKU-1001", 3)
    try:
        assert reservations.total("SKU-1001") == 5
    finally:
        reservations.close()


def test_pick_index_counts_records(tmp_path):
    exports.write_pick_index(tmp_path / "pick.idx", [(1001, 42), (2044, 43)])
    index = exports.PickIndex(tmp_path / "pick.idx")
    assert len(index) == 2
    index.close()


def test_pick_index_before_the_first_slotting_run(tmp_path):
    exports.write_pick_index(tmp_path / "pick.idx", [])
    index = exports.PickIndex(tmp_path / "pick.idx")
    assert len(index) == 0
    index.close()


def test_manifest_handed_to_the_outbox(outbox):
    staged = exports.stage(outbox, "manifest.csv", "consignment,kg\nNL0042117,2.4\n")
    assert exports.hand_over(staged, outbox).read_text().startswith("consignment")


def test_amended_manifest_handed_to_the_outbox(outbox):
    staged = exports.stage(outbox, "manifest.csv", "consignment,kg\nNL0042117,2.6\n")
    assert "2.6" in exports.hand_over(staged, outbox).read_text()


def test_manifest_published_for_the_carriers(tmp_path, shared_outbox):
    staged = exports.stage(tmp_path, "manifest-1201.csv", "consignment,kg\n")
    assert exports.publish(staged).exists()


def test_quarantined_lot_is_frozen(quarantine):
    exports.freeze_quarantine(quarantine)
    assert not os.access(quarantine, os.W_OK)


def test_edi_checksum():
    assert len(exports.edi_checksum(b"UNH+1+DESADV:D:96A:UN'")) == 32


def test_archive_digest():
    assert exports.archive_digest(b"") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def test_catalogue_import(tmp_path):
    catalogue = tmp_path / "catalogue.csv"
    catalogue.write_text("sku,description,case_pack\nSKU-1001,M8 bolts,48\nSKU-2044,Cable ties,12\n")
    assert exports.import_catalogue(catalogue)["SKU-2044"]["case_pack"] == "12"


def test_catalogue_import_with_datasheets(tmp_path):
    catalogue = tmp_path / "catalogue.csv"
    datasheet = "Safety data sheet. " * 9000
    catalogue.write_text(f'sku,description,case_pack\nSKU-3310,"{datasheet}",6\n')
    assert "SKU-3310" in exports.import_catalogue(catalogue)
