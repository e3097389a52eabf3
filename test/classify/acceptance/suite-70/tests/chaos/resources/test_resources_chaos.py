import os

import pytest

from pontil import resources


@pytest.mark.chaos
class TestResources:
    @pytest.mark.parametrize("users", [10, 100, 1000], ids=["10-users", "100-users", "1000-users"])
    def test_cycle_logs_under_load(self, tmp_path, users):
        log = resources.CycleLog(tmp_path)
        log.record_all({cycle: "ramp 480C" for cycle in range(users)})
        assert len(list(tmp_path.iterdir())) == users

    def test_small_render_written(self, tmp_path):
        path = resources.write_render(tmp_path / "vase.raw", 2)
        assert path.stat().st_size == 2 * 1024 * 1024

    def test_full_render_written(self, tmp_path):
        path = resources.write_render(tmp_path / "chandelier.raw", 16)
        assert path.stat().st_size == 16 * 1024 * 1024

    def test_gif_optimised(self, tmp_path):
        path = tmp_path / "spin.gif"
        path.write_bytes(b"GIF89a")
        assert resources.optimise_gif(path).returncode == 0

    def test_cycle_log_content(self, tmp_path):
        log = resources.CycleLog(tmp_path)
        log.record(1, "soak 510C")
        assert (tmp_path / "cycle-1.log").read_text() == "soak 510C\n"

    def test_cycle_log_appends(self, tmp_path):
        log = resources.CycleLog(tmp_path)
        log.record(1, "ramp")
        log.record(1, "soak")
        assert (tmp_path / "cycle-1.log").read_text().splitlines() == ["ramp", "soak"]

    def test_tmp_path_writable(self, tmp_path):
        (tmp_path / "probe").write_text("ok")
        assert (tmp_path / "probe").exists()

    def test_render_removed(self, tmp_path):
        path = resources.write_render(tmp_path / "cup.raw", 1)
        path.unlink()
        assert not path.exists()

    def test_cpu_count_known(self):
        assert os.cpu_count() >= 1

    def test_pid_positive(self):
        assert os.getpid() > 0

    def test_env_has_path(self):
        assert "PATH" in os.environ

    def test_many_small_files(self, tmp_path):
        for number in range(50):
            (tmp_path / f"tag-{number}.txt").write_text(str(number))
        assert len(list(tmp_path.iterdir())) == 50

    def test_urandom_length(self):
        assert len(os.urandom(32)) == 32

    def test_folder_listing_sorted(self, tmp_path):
        for name in ["b", "a", "c"]:
            (tmp_path / name).write_text(name)
        assert sorted(path.name for path in tmp_path.iterdir()) == ["a", "b", "c"]

    def test_render_zero_megabytes(self, tmp_path):
        path = resources.write_render(tmp_path / "empty.raw", 0)
        assert path.stat().st_size == 0

    def test_cycle_logs_in_folder(self, tmp_path):
        log = resources.CycleLog(tmp_path)
        log.record(3, "cool")
        assert log.folder == tmp_path

    def test_render_path_returned(self, tmp_path):
        assert resources.write_render(tmp_path / "x.raw", 0).name == "x.raw"

    def test_gif_optimised_thumbnail(self, tmp_path):
        path = tmp_path / "thumb.gif"
        path.write_bytes(b"GIF89a")
        resources.optimise_gif(path)

    def test_render_one_megabyte(self, tmp_path):
        assert resources.write_render(tmp_path / "one.raw", 1).stat().st_size == 1024 * 1024
