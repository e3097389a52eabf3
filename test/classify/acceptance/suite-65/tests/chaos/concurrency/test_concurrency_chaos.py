import threading

import pytest

from gridcall import crews


@pytest.mark.chaos
class TestConcurrency:
    @pytest.mark.parametrize("callers", [1, 8, 32], ids=lambda n: f"{n}-callers")
    def test_calls_tallied(self, callers):
        tally = crews.CallTally()
        threads = [threading.Thread(target=lambda: [tally.add() for _ in range(50)]) for _ in range(callers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert tally.count == 50 * callers

    @pytest.mark.parametrize("users", [10, 100, 1000], ids=lambda n: f"{n}-users")
    def test_roster_assigns_each_crew_once(self, users):
        roster = crews.Roster(range(users))
        got = []
        threads = [threading.Thread(target=lambda: got.append(roster.assign())) for _ in range(min(users, 50))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(set(got)) == len(got)

    @pytest.mark.parametrize("seed", [3, 5, 6, 9], ids=lambda s: f"seed-{s}")
    def test_callout_reaches_every_crew(self, seed):
        import random

        rng = random.Random(seed)
        delays = [rng.choice([0.0, 0.01, 0.02, 0.08]) for _ in range(3)]
        assert len(crews.notify_all(["north-1", "north-2", "north-3"], delays)) == 3

    def test_roster_empty(self):
        assert crews.Roster([]).assign() is None

    def test_roster_last_crew(self):
        assert crews.Roster(["south-1"]).assign() == "south-1"

    @pytest.mark.parametrize("depots", [2, 4, 8])
    def test_roster_per_depot(self, depots):
        rosters = [crews.Roster([f"d{d}-{n}" for n in range(3)]) for d in range(depots)]
        assert all(r.assign() for r in rosters)

    def test_event_signals_shift_change(self):
        event = threading.Event()
        threading.Timer(0.01, event.set).start()
        assert event.wait(1)

    def test_lock_released_after_assign(self):
        roster = crews.Roster(["east-1"])
        roster.assign()
        assert not roster.lock.locked()

    def test_barrier_all_depots(self):
        barrier = threading.Barrier(3)
        threads = [threading.Thread(target=barrier.wait) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert barrier.n_waiting == 0
