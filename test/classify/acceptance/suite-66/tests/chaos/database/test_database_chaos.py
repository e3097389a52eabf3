import pytest

from hivekeep import db


@pytest.fixture
def register():
    conn = db.register()
    yield conn
    conn.close()


@pytest.fixture
def book(tmp_path):
    conn = db.book(tmp_path / "book.sqlite")
    yield conn
    conn.close()


@pytest.mark.chaos
class TestDatabase:
    def test_register_lists_hives(self, register):
        with register.cursor() as cur:
            cur.execute("SELECT count(*) FROM hives")
            assert cur.fetchone()[0] >= 0

    def test_register_adds_hive(self, register):
        with register.cursor() as cur:
            cur.execute("INSERT INTO hives (code) VALUES ('H9')")

    def test_register_queen_ages(self, register):
        with register.cursor() as cur:
            cur.execute("SELECT max(queen_year) FROM hives")

    def test_register_transfers(self, register):
        with register.cursor() as cur:
            cur.execute("UPDATE hives SET apiary = 'A2' WHERE code = 'H1'")

    def test_register_vacuum(self, register):
        register.autocommit = True

    def test_book_records(self, book):
        db.record(book, "H1", 6, 1)
        assert book.execute("SELECT count(*) FROM inspections").fetchone()[0] == 1

    def test_book_frames_counted(self, book):
        db.record(book, "H1", 6, 1)
        assert db.frames_counted(book, "H1") == 6

    def test_book_with_audit(self, tmp_path):
        db.record_with_audit(tmp_path / "audit.sqlite", "H2", 5)

    @pytest.mark.parametrize("hives", [1, 10, 100], ids=lambda n: f"{n}-hives")
    def test_book_bulk(self, book, hives):
        for n in range(hives):
            db.record(book, f"H{n}", n, 0)
        assert book.execute("SELECT count(*) FROM inspections").fetchone()[0] == hives

    @pytest.mark.parametrize("users", [10, 100], ids=lambda n: f"{n}-users")
    def test_book_under_load(self, book, users):
        for n in range(users):
            db.record(book, "H1", 1, n % 2)
        assert book.execute("SELECT sum(brood) FROM inspections").fetchone()[0] == users

    @pytest.mark.parametrize("hive", ["H1", "H2", "H3", "H4", "H5", "H6"])
    def test_book_queen_seen(self, book, hive):
        db.record(book, hive, 4, 1)
        assert book.execute("SELECT queen_seen FROM inspections WHERE hive = ?", (hive,)).fetchone()[0] == 1

    def test_book_empty(self, book):
        assert book.execute("SELECT count(*) FROM inspections").fetchone()[0] == 0

    def test_book_reopen(self, tmp_path):
        db.book(tmp_path / "b.sqlite").close()
        assert db.book(tmp_path / "b.sqlite")
