import io
import struct
import zlib

import pytest
from PIL import Image

from binwise import labels

SHIPMENT = {"sscc": "003760123450000017", "to": {"name": "Harbour Tools Ltd", "postcode": "BS1 4DJ"}, "service": "NXT"}


def _png(width, height):
    """A PNG header of the given size with one empty row: what a handheld uploads before the data."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * (width + 1))) + chunk(b"IEND", b"")


def test_pallet_label_names_the_receiver():
    assert "Harbour Tools Ltd" in labels.render_label("pallet", SHIPMENT)


def test_parcel_label_has_the_postcode():
    assert "BS1 4DJ" in labels.render_label("parcel", SHIPMENT)


@pytest.mark.parametrize(("code", "name"), [("STD", "Standard"), ("NXT", "Next day"), ("PAL", "Pallet")])
def test_service_names(code, name):
    assert labels.service_name(code) == name


@pytest.mark.xfail(raises=KeyError, reason="unknown service codes raise KeyError until the carrier table is loaded (#212)")
def test_unknown_service_code():
    assert labels.service_name("XPD") == "Express"


def test_proof_thumbnail_of_a_greyscale_proof():
    proof = io.BytesIO()
    Image.new("L", (812, 1218), 255).save(proof, format="PNG")
    thumb = Image.open(io.BytesIO(labels.proof_thumbnail(proof.getvalue())))
    assert thumb.format == "JPEG"


def test_proof_thumbnail_of_a_label_with_a_transparent_logo():
    proof = io.BytesIO()
    Image.new("RGBA", (812, 1218), (255, 255, 255, 0)).save(proof, format="PNG")
    thumb = Image.open(io.BytesIO(labels.proof_thumbnail(proof.getvalue())))
    assert thumb.size[0] <= 200


def test_pod_scan_from_a_handheld(tmp_path):
    scan = tmp_path / "pod-small.png"
    scan.write_bytes(_png(1600, 1200))
    assert labels.load_pod_scan(scan) == (1600, 1200)


def test_pod_scan_from_the_depot_flatbed(tmp_path):
    scan = tmp_path / "pod-flatbed.png"
    scan.write_bytes(_png(14040, 19840))
    assert labels.load_pod_scan(scan) == (14040, 19840)


def test_legacy_label_size_still_works_but_warns():
    with pytest.warns(DeprecationWarning):
        assert labels.legacy_label_size("4x6") == (101.6, 152.4)


@pytest.mark.parametrize("name", ["4x6", "4x4"])
def test_label_sizes(name):
    assert labels.label_size(name)[0] == 101.6
