import threading

import pytest

from racebib import results


@pytest.mark.chaos
class TestConcurrency:
    @pytest.mark.parametrize("threads", [1, 8, 32], ids=lambda n: f"{n}-threads")
    def test_bib_counter(self, threads):
        counter = results.BibCounter()
        workers = [threading.Thread(target=lambda: [counter.next() for _ in range(20)]) for _ in range(threads)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        assert counter.value == 20 * threads

    def test_start_waves(self):
        assert sorted(results.start_waves(["elite", "club", "mass"])) == ["club", "elite", "mass"]

    def test_mat_reads_consumed(self):
        reads = [{"bib": 1, "mat": "10k", "time": 2400}, {"bib": 2, "mat": "10k"}, {"bib": 3, "mat": "10k", "time": 2500}]
        assert len(results.consume_reads(reads)) == 3

    def test_mat_reads_consumed_in_order(self):
        reads = [{"bib": n, "mat": "5k", "time": 1000 + n} for n in range(50)]
        assert [r[0] for r in results.consume_reads(reads)] == list(range(50))

    def test_checkpoints_collected(self):
        import asyncio
        assert asyncio.run(results.collect_checkpoints(["5k", "10k", "half"])) == ["5k", "10k", "half"]

    def test_splits_in_processes(self):
        assert results.split_in_processes([18, 37, 56]) == [1080, 2220, 3360]

    def test_finish_recorded_on_standings(self):
        results.record_finish("Ada Okafor")

    def test_standings_updated(self):
        results.update_standings("Ben Hollis")

    @pytest.mark.parametrize("chunks", [4, 8], ids=lambda n: f"{n}-chunks")
    def test_results_merged_within_deadline(self, chunks):
        assert len(results.merge_results([500_000] * chunks)) == chunks

    @pytest.mark.parametrize("users", [10, 100], ids=lambda n: f"{n}-users")
    def test_reads_under_load(self, users):
        reads = [{"bib": n, "mat": "half", "time": 4000 + n} for n in range(users)]
        assert len(results.consume_reads(reads)) == users

    @pytest.mark.parametrize("runners", [1, 2, 3, 4, 5, 6, 7, 8])
    def test_counter_single_thread(self, runners):
        counter = results.BibCounter()
        for _ in range(runners):
            counter.next()
        assert counter.value == runners
