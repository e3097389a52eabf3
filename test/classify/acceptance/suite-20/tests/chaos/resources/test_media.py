import pytest

from cuewright import media

pytestmark = pytest.mark.chaos


def test_burn_in_preview(tmp_path):
    video = tmp_path / "episode.mp4"
    video.write_bytes(b"\0" * 64)
    assert media.burn_in(video, tmp_path / "episode.fr.srt", tmp_path / "preview.mp4").name == "preview.mp4"


def test_render_folder():
    assert media.render_folder("p-17").is_dir()


def test_write_full_disk():
    assert media.write_render("/dev/full", 4 << 20) > 0


def test_write_feature_render(tmp_path):
    assert media.write_render(tmp_path / "feature.mkv", 12 << 20) == 12 << 20


def test_split_long_episode(tmp_path):
    assert media.split_per_cue(tmp_path, [f"cue {number}" for number in range(1500)]) == 1500


def test_output_name_of_long_title(tmp_path):
    title = "The Extraordinarily Long and Winding Chronicle of " * 6
    assert media.output_name(tmp_path, title, "fr").exists()


def test_waveforms_of_all_tracks():
    tracks = [f"track-{number}" for number in range(400)]
    assert media.waveform_all(tracks) == 400
