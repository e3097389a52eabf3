import os
import sys

import pytest

from reelhouse import media

pytestmark = pytest.mark.chaos

SITE_QUOTA = media.StorageQuota(megabytes=500)


def test_trailer_export(tmp_path):
    chunks = (os.urandom(1024 * 1024) for _ in range(12))
    media.export_trailer(tmp_path / "trailer.mxf", chunks)


def test_poster_bundle(tmp_path):
    assert media.bundle_posters(tmp_path, [f"film-{n}" for n in range(1100)]) == 1100


def test_poster_buffer():
    assert len(media.poster_buffer()) > 0


def test_probe_trailer(tmp_path):
    trailer = tmp_path / "trailer.mp4"
    trailer.write_bytes(b"\x00\x00\x00\x18ftypmp42")
    assert "format" in media.probe(trailer)


def test_loudness_slow():
    command = [sys.executable, "-c", "import time; time.sleep(5); print('-23.0')"]
    assert media.loudness(command, timeout=1) == "-23.0\n"


@pytest.mark.timeout(20)
def test_transcode_trailer():
    assert media.transcode(60_000_000) > 0


def test_projector_status():
    command = [sys.executable, "-c", "import sys; request = sys.stdin.read(); print('ready', request.split()[-1])"]
    assert media.projector_status(command).startswith(b"ready")


def test_scratch_folder():
    assert os.path.isdir(media.scratch_folder())


def test_space_for_dcp(tmp_path):
    assert media.ensure_space(tmp_path) > 0


def test_preview_leaves_no_files(tmp_path):
    assert media.subtitle_preview("1\n00:00:01,000 --> 00:00:02,000\nHello\n", tmp_path) == "1"
    assert os.listdir(tmp_path) == []


def test_audit_log_disk_full():
    with open("/dev/full", "w") as audit:
        audit.write("dcp dune-2 ingested on screen-4\n")
        audit.flush()


def test_upload_trailer():
    SITE_QUOTA.take(300)


def test_upload_poster_pack():
    SITE_QUOTA.take(300)


def test_encode_titles():
    assert media.encode_all(["dune-2"]) == ["DUNE-2"]
    media.stop_encoders()


def test_encode_more_titles():
    assert media.encode_all(["paddington-3"]) == ["PADDINGTON-3"]


def test_subtitle_burners():
    assert media.burn_subtitles(160) == [0] * 160


def test_seat_map_renderers():
    assert media.render_seat_maps(200) == 200
