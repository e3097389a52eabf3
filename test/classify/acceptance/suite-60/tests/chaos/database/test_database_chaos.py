import pytest

from pressline import db


@pytest.mark.chaos
class TestDatabase:
    def test_cellar_reachable(self, cellar_pg):
        with cellar_pg.cursor() as cursor:
            cursor.execute("SELECT 1")

    @pytest.mark.parametrize("vintage", [2023, 2024, 2025])
    def test_tank_volumes(self, cellar_pg, vintage):
        with cellar_pg.cursor() as cursor:
            cursor.execute("SELECT sum(litres) FROM tanks WHERE vintage = %s", (vintage,))

    @pytest.mark.parametrize("users", [10, 100], ids=lambda users: f"{users}-users")
    def test_connection_pool_load(self, cellar_pg, users):
        with cellar_pg.cursor() as cursor:
            for _ in range(users):
                cursor.execute("SELECT count(*) FROM barrels")

    def test_excise_return_rollback(self, cellar_pg):
        cellar_pg.rollback()


@pytest.mark.chaos
class TestCellarBook:
    def test_rack_between_tanks(self, cellar_book):
        path, conn = cellar_book
        db.rack(path, conn, "T1", "T3", 1000)
        assert conn.execute("SELECT count(*) FROM movements").fetchone()[0] == 1

    def test_top_up(self, cellar_book):
        _, conn = cellar_book
        db.top_up(conn, "T2", 100)
        assert conn.execute("SELECT litres FROM tanks WHERE tank = 'T2'").fetchone()[0] == 2600
