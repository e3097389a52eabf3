import threading
import time

import pytest

from vitrine import search

pytestmark = pytest.mark.chaos


@pytest.fixture(scope="module")
def shared_index(tmp_path_factory):
    return search.open_index(str(tmp_path_factory.mktemp("index")))


def test_parallel_reindex(tmp_path):
    ix = search.open_index(str(tmp_path))
    batches = [[("2019.1", "Bronze bowl"), ("2019.2", "Silver cup")], [("2020.1", "Oak chest"), ("2020.2", "Glass vase")]]
    search.index_in_parallel(ix, batches)
    assert search.titles(ix, "bowl") == ["Bronze bowl"]


def test_import_begins(shared_index):
    writer = shared_index.writer()
    writer.add_document(accession="2021.1", title="Iron key")
    assert writer.doc_count() == 1


def test_import_more(shared_index):
    search.add_objects(shared_index, [("2021.2", "Iron lock")])
    assert search.titles(shared_index, "iron") == ["Iron lock"]


@pytest.mark.flaky(reruns=2)
def test_gate_counts():
    counter = search.GalleryCounter()
    threads = [threading.Thread(target=lambda: [counter.enter("west") for _ in range(50)]) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert counter.counts["west"] == 200


def test_lend_and_recall():
    desk = search.LoanDesk()
    worker = threading.Thread(target=desk.lend, args=("2019.44",))
    worker.start()
    desk.recall("2018.3")
    worker.join()


def test_humidity_polled():
    poller = search.ClimatePoller(read=lambda: 48.5)
    poller.start()
    time.sleep(0.05)
    poller.stopped.set()
    assert poller.readings, "no humidity reading from the east gallery"
