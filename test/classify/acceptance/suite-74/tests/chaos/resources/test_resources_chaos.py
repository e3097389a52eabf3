import contextlib
import resource

import pytest

from loomhouse import resources


@pytest.fixture
def open_files_64():
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (64, hard))
    yield
    resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


@pytest.fixture
def memory_capped():
    with open("/proc/self/statm", encoding="ascii") as handle:
        used = int(handle.read().split()[0]) * resource.getpagesize()
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (used + 256 * 1024 * 1024, hard))
    yield
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


@pytest.mark.chaos
class TestResourcesChaos:
    def test_archive_few_bolts(self, tmp_path, open_files_64):
        assert resources.BoltArchive(tmp_path).open_all(range(10)) == 10

    def test_archive_season(self, tmp_path, open_files_64):
        assert resources.BoltArchive(tmp_path).open_all(range(200)) == 200

    def test_render_swatch(self, memory_capped):
        assert resources.render_pattern(200, 200) == 160000

    def test_render_full_width(self, memory_capped):
        assert resources.render_pattern(12000, 12000) == 576000000

    def test_solve_repeat(self):
        assert resources.solve_repeat(2, 8) == 8

    def test_solve_repeat_of_one(self):
        assert resources.solve_repeat(1, 5) == 5

    def test_solve_repeat_of_whole_width(self):
        assert resources.solve_repeat(9, 8) == 8

    def test_export_week(self):
        path = resources.export_season("week-49", [("B-1", 50.0)] * 10)
        assert path.stat().st_size > 0

    def test_export_season(self):
        path = resources.export_season("season-2026", [("B-%05d" % n, 50.0, "indigo") for n in range(20000)])
        assert path.stat().st_size > 0

    @pytest.mark.parametrize("users", [10, 100], ids=["10-users", "100-users"])
    def test_export_per_user(self, users):
        for user in range(users // 10):
            resources.export_season(f"user-{user}", [("B-%05d" % n, 50.0) for n in range(2000)])

    def test_loom_log_day(self, tmp_path):
        assert resources.write_loom_log(tmp_path, range(1000)) == 13000

    def test_loom_log_season(self, tmp_path):
        assert resources.write_loom_log(tmp_path, range(1_000_000)) == 13_000_000

    def test_ticket_printed(self, tmp_path):
        ticket = tmp_path / "ticket.pdf"
        ticket.write_bytes(b"%PDF-1.4\n")
        assert resources.print_ticket(ticket)

    def test_pattern_depth(self):
        assert resources.pattern_depth("twill-3", {"twill-3": "twill", "twill": "plain"}) == 2

    def test_pattern_depth_of_unknown(self):
        assert resources.pattern_depth("satin-5", {}) == 0

    def test_pattern_depth_of_cycle(self):
        with pytest.raises(ValueError):
            resources.pattern_depth("twill-3", {"twill-3": "twill", "twill": "twill-3"})

    def test_render_small_under_cap(self, memory_capped):
        assert resources.render_pattern(1000, 1000) == 4000000


@pytest.mark.chaos
class TestShardMerge:
    @pytest.fixture(scope="class", autouse=True)
    def restore_limits(self):
        limits = resource.getrlimit(resource.RLIMIT_NOFILE)
        yield
        resource.setrlimit(resource.RLIMIT_NOFILE, limits)

    @pytest.fixture
    def few_files(self):
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        resource.setrlimit(resource.RLIMIT_NOFILE, (24, hard))

    def test_merge_two_shards(self, tmp_path, few_files):
        with contextlib.ExitStack() as stack:
            for shard in range(2):
                (tmp_path / f"{shard}.csv").write_text("B-1,50\n", encoding="utf-8")
                stack.enter_context(open(tmp_path / f"{shard}.csv", encoding="utf-8"))

    def test_merge_forty_shards(self, tmp_path):
        with contextlib.ExitStack() as stack:
            files = []
            for shard in range(40):
                (tmp_path / f"{shard}.csv").write_text("B-1,50\n", encoding="utf-8")
                files.append(stack.enter_context(open(tmp_path / f"{shard}.csv", encoding="utf-8")))
            assert len(files) == 40

    def test_merge_empty(self, tmp_path):
        assert list(tmp_path.iterdir()) == []
