import pytest

from podstead import db

pytestmark = pytest.mark.chaos


def test_add_show(catalog_db):
    assert db.add_show(catalog_db, "test-night-shift", "Night Shift") > 0


def test_show_slug_unique(catalog_db):
    db.add_show(catalog_db, "test-deep-water", "Deep Water")
    with pytest.raises(Exception, match="duplicate key"):
        db.add_show(catalog_db, "test-deep-water", "Deep Water again")


def test_episodes_listed_newest_first(catalog_db):
    rows = catalog_db.execute("SELECT number FROM episodes WHERE show_id = 1 ORDER BY published_at DESC").fetchall()
    assert rows == sorted(rows, reverse=True)


def test_delete_show_removes_episodes(catalog_db):
    show = db.add_show(catalog_db, "test-field-notes", "Field Notes")
    catalog_db.execute("DELETE FROM shows WHERE id = %s", (show,))
    assert catalog_db.execute("SELECT count(*) FROM episodes WHERE show_id = %s", (show,)).fetchone()[0] == 0


def test_search_titles(catalog_db):
    rows = catalog_db.execute("SELECT slug FROM shows WHERE title ILIKE %s", ("%night%",)).fetchall()
    assert rows


def test_episode_count_through_pool():
    assert db.count_episodes(1) >= 0
