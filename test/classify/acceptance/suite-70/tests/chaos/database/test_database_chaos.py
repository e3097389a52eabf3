import sqlite3

import pytest

from pontil import db


@pytest.mark.chaos
class TestDatabase:
    def test_recipe_insert(self, studio_db):
        db.add_recipe(studio_db, "soda-lime", "clear", 72.0, 14.0, 10.0)
        assert studio_db.execute("SELECT count(*) FROM recipes").fetchone() == (1,)

    def test_recipe_by_colour(self, studio_db):
        db.add_recipe(studio_db, "cobalt-blue", "blue", 70.0, 15.0, 10.0)
        assert db.recipes_by_colour(studio_db, "blue") == [("cobalt-blue",)]

    def test_recipe_names_unique(self, studio_db):
        db.add_recipe(studio_db, "opal", "white", 68.0, 16.0, 11.0)
        with pytest.raises(sqlite3.IntegrityError):
            db.add_recipe(studio_db, "opal", "white", 68.0, 16.0, 11.0)

    def test_batch_logged(self, tmp_path):
        path = tmp_path / "batches.db"
        db.connect(path).close()
        db.log_batch(path, "soda-lime", 25.0)
        rows = sqlite3.connect(path).execute("SELECT recipe FROM batches").fetchall()
        assert ("soda-lime",) in rows

    def test_workbook_first_recipe(self, workbook):
        db.add_recipe(workbook, "amber", "amber", 71.0, 14.0, 9.0)
        assert workbook.execute("SELECT count(*) FROM recipes").fetchone() == (1,)

    def test_workbook_second_recipe(self, workbook):
        db.add_recipe(workbook, "amber", "amber", 71.0, 14.0, 9.0)
        assert workbook.execute("SELECT name FROM recipes").fetchall() == [("amber",)]

    def test_archive_opens(self):
        connection = db.archive()
        assert connection.execute("SELECT 1").fetchone() == (1,)

    @pytest.mark.parametrize("users", [10, 100, 1000], ids=["10-users", "100-users", "1000-users"])
    def test_recipe_writes_under_load(self, studio_db, users):
        for number in range(users):
            db.add_recipe(studio_db, f"recipe-{number}", "clear", 72.0, 14.0, 10.0)
        assert studio_db.execute("SELECT count(*) FROM recipes").fetchone() == (users,)

    def test_batch_rows_counted(self, studio_db):
        studio_db.execute("INSERT INTO batches (recipe, kilos) VALUES ('opal', 5)")
        assert studio_db.execute("SELECT count(*) FROM batches").fetchone() == (1,)

    def test_recipe_shares(self, studio_db):
        db.add_recipe(studio_db, "lead-crystal", "clear", 56.0, 6.0, 0.0)
        silica, = studio_db.execute("SELECT silica FROM recipes").fetchone()
        assert silica == 56.0

    def test_rollback_discards(self, studio_db):
        studio_db.execute("INSERT INTO batches (recipe, kilos) VALUES ('ruby', 3)")
        studio_db.rollback()
        assert studio_db.execute("SELECT count(*) FROM batches").fetchone() == (0,)

    def test_schema_idempotent(self, tmp_path):
        db.connect(tmp_path / "s.db").close()
        db.connect(tmp_path / "s.db").close()

    def test_null_colour_allowed(self, studio_db):
        db.add_recipe(studio_db, "cullet", None, 70.0, 15.0, 10.0)
        assert studio_db.execute("SELECT color FROM recipes").fetchone() == (None,)

    def test_batches_in_order(self, studio_db):
        for recipe in ["a", "b", "c"]:
            studio_db.execute("INSERT INTO batches (recipe, kilos) VALUES (?, 1)", (recipe,))
        assert [row[0] for row in studio_db.execute("SELECT recipe FROM batches ORDER BY id")] == ["a", "b", "c"]

    def test_kilos_summed(self, studio_db):
        studio_db.executemany("INSERT INTO batches (recipe, kilos) VALUES ('opal', ?)", [(2.5,), (7.5,)])
        assert studio_db.execute("SELECT sum(kilos) FROM batches").fetchone() == (10.0,)

    def test_recipe_deleted(self, studio_db):
        db.add_recipe(studio_db, "smoke", "grey", 70.0, 15.0, 10.0)
        studio_db.execute("DELETE FROM recipes WHERE name = 'smoke'")
        assert studio_db.execute("SELECT count(*) FROM recipes").fetchone() == (0,)

    def test_in_memory_connect(self):
        connection = db.connect(":memory:")
        assert connection.execute("SELECT count(*) FROM recipes").fetchone() == (0,)

    def test_archive_has_batches_table(self):
        connection = db.archive()
        connection.executescript(db.SCHEMA)
        assert connection.execute("SELECT count(*) FROM batches").fetchone() == (0,)

    def test_recipe_update(self, studio_db):
        db.add_recipe(studio_db, "ruby", "red", 70.0, 15.0, 10.0)
        studio_db.execute("UPDATE recipes SET lime = 11.0 WHERE name = 'ruby'")
        assert studio_db.execute("SELECT lime FROM recipes").fetchone() == (11.0,)
