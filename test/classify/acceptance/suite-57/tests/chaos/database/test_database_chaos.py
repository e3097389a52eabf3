import pytest

from combwright import records


@pytest.fixture
def records_db(tmp_path):
    path = str(tmp_path / "records.sqlite3")
    conn = records.open_db(path)
    records.migrate(conn)
    records.add_hive(conn, "H1", "moor-end", 10)
    yield path, conn
    conn.close()


@pytest.mark.chaos
class TestDatabaseChaos:
    def test_add_hive(self, records_db):
        _, conn = records_db
        records.add_hive(conn, "H2", "moor-end", 8)

    def test_varroa_counts(self, records_db):
        _, conn = records_db
        assert records.varroa_counts(conn, "H1") == []

    def test_record_inspection(self, records_db):
        path, conn = records_db
        records.record_inspection(path, conn, "H1", "2026-06-01", "calm, eggs seen")
