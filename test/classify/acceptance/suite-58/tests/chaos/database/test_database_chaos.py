import pytest

from spoilheap import db


@pytest.mark.chaos
class TestDatabase:
    def test_register_reachable(self, register_pg):
        with register_pg.cursor() as cursor:
            cursor.execute("SELECT 1")

    @pytest.mark.parametrize("site", ["SPH23", "SPH24", "SPH25"])
    def test_register_counts(self, register_pg, site):
        with register_pg.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM finds WHERE site = %s", (site,))

    def test_renumber_context(self, sheets):
        path, conn = sheets
        db.renumber_context(path, conn, 1003, 1004)
        assert conn.execute("SELECT count(*) FROM audit").fetchone()[0] == 1

    def test_contexts_listed(self, sheets):
        _, conn = sheets
        assert [row[0] for row in conn.execute("SELECT number FROM contexts ORDER BY number")] == [1001, 1002, 1003]
