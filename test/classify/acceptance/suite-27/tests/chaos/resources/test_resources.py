import pytest

from wavecrest import audio_tools, clips, royalties, signing

pytestmark = pytest.mark.chaos


def test_report_written_to_archive_disk():
    lines = [f"GBAYE06014{n:02d},{n},0.42" for n in range(200)]
    assert royalties.write_report("/dev/full", lines) == 200


def test_hour_long_show_exported(tmp_path):
    show = clips.promo(60)
    clips.export_wav(show, str(tmp_path / "show.wav"))


def test_promo_normalised(tmp_path):
    path = clips.export_wav(clips.promo(1), str(tmp_path / "promo.wav"))
    assert audio_tools.normalise(path).endswith(".norm.wav")


def test_promo_exported_as_mp3(tmp_path):
    clips.export_mp3(clips.promo(2), str(tmp_path / "promo.mp3"))


def test_studio_log_folder():
    assert audio_tools.log_dir()


@pytest.fixture
def keyring():
    return signing.keyring()


def test_trusted_fingerprints(keyring):
    assert signing.trusted_fingerprints() is not None


def test_syndicated_show_signature(keyring, tmp_path):
    release = tmp_path / "harbour-jazz-12.flac"
    release.write_bytes(b"fLaC")
    assert not keyring.verify_data(str(tmp_path / "missing.sig"), release.read_bytes())
