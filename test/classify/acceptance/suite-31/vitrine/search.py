"""The collection's search index (Whoosh) and the gallery counters."""
import threading
import time

from whoosh import fields, index

SCHEMA = fields.Schema(accession=fields.ID(stored=True, unique=True), title=fields.TEXT(stored=True))


def open_index(folder):
    if index.exists_in(folder):
        return index.open_dir(folder)
    return index.create_in(folder, SCHEMA)


def add_objects(ix, objects):
    writer = ix.writer()
    for accession, title in objects:
        writer.update_document(accession=accession, title=title)
        time.sleep(0.05)
    writer.commit()


def index_in_parallel(ix, batches):
    errors = []

    def work(batch):
        try:
            add_objects(ix, batch)
        except Exception as error:  # noqa: BLE001 - collected for the caller
            errors.append(error)

    threads = [threading.Thread(target=work, args=(batch,)) for batch in batches]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


def titles(ix, word):
    from whoosh.qparser import QueryParser

    with ix.searcher() as searcher:
        query = QueryParser("title", ix.schema).parse(word)
        return sorted(hit["title"] for hit in searcher.search(query))


class GalleryCounter:
    """Visitors in each gallery, updated by the gate sensors' threads."""

    def __init__(self):
        self.counts = {}

    def enter(self, gallery):
        current = self.counts.get(gallery, 0)
        time.sleep(0.0005)
        self.counts[gallery] = current + 1


class ClimatePoller(threading.Thread):
    """Reads a gallery's humidity every interval seconds."""

    def __init__(self, read, interval=0.2):
        super().__init__(daemon=True)
        self.read = read
        self.interval = interval
        self.readings = []
        self.stopped = threading.Event()

    def run(self):
        while not self.stopped.wait(self.interval):
            self.readings.append(self.read())


class LoanDesk:
    """Moving an object on loan touches the loan book and the catalogue, each under its lock."""

    def __init__(self):
        self.loans = threading.Lock()
        self.catalogue = threading.Lock()

    def lend(self, accession):
        with self.loans:
            time.sleep(0.1)
            with self.catalogue:
                return f"lent {accession}"

    def recall(self, accession):
        with self.catalogue:
            time.sleep(0.1)
            with self.loans:
                return f"recalled {accession}"
