import pytest

from quadroll import registry

pytestmark = pytest.mark.chaos


@pytest.fixture
def book(tmp_path):
    path = tmp_path / "seats.db"
    db = registry.open_book(path)
    db.execute("INSERT INTO sections (code, capacity) VALUES ('CS101-A', 1), ('CS101-B', 30), ('MA201-A', 25)")
    db.commit()
    yield db, path
    db.close()


def test_waitlist_position(book):
    db, _ = book
    assert registry.waitlist_position(db, "s1001", "CS101-A") is None


def test_retry_on_full_section(book):
    db, _ = book
    registry.enrol(db, "s1002", "CS101-A")
    assert registry.enrol_with_retry(db, "s1001", "CS101-A") is False


def test_move_between_sections(book):
    db, path = book
    registry.enrol(db, "s1001", "CS101-A")
    db.commit()
    registry.move_section(path, "s1001", "CS101-A", "CS101-B")


def test_sections_of_codes(book):
    db, _ = book
    assert len(registry.sections_of(db, ["CS101-A", "MA201-A"])) == 2


def test_capacity_report(book):
    db, path = book
    assert dict(registry.capacity_report(path))["CS101-B"] == 30
