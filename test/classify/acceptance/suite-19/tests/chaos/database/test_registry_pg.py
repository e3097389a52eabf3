import pytest

from quadroll import registry

pytestmark = pytest.mark.chaos


@pytest.fixture
def pg():
    conn = registry.connect_pg()
    yield conn
    conn.close()


def test_enrol_student(pg):
    with pg.cursor() as cur:
        cur.execute("INSERT INTO enrolments (student, section) VALUES ('s1001', 'CS101-A')")


def test_class_list(pg):
    with pg.cursor() as cur:
        cur.execute("SELECT student FROM enrolments WHERE section = 'CS101-A'")
        assert cur.fetchall() == []


def test_drop_course(pg):
    with pg.cursor() as cur:
        cur.execute("DELETE FROM enrolments WHERE student = 's1001' AND section = 'CS101-A'")


def test_section_fill_rates(pg):
    with pg.cursor() as cur:
        cur.execute("SELECT section, count(*) FROM enrolments GROUP BY section")
