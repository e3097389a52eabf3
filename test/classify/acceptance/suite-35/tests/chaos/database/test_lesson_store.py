import sqlite3

import pytest

from clutchpoint import lessons

pytestmark = pytest.mark.chaos


def test_lessons_table_reachable(pg):
    with pg.cursor() as cur:
        cur.execute("SELECT 1")
        assert cur.fetchone() == (1,)


def test_lesson_insert(pg):
    with pg.cursor() as cur:
        cur.execute("INSERT INTO lessons (learner, slot) VALUES (%s, %s)", ("ana", "Mon 09:00"))


def test_lessons_for_instructor(pg):
    with pg.cursor() as cur:
        cur.execute("SELECT slot FROM lessons WHERE instructor = %s", ("amrit",))
        assert cur.fetchall()


def test_payment_totals(pg):
    with pg.cursor() as cur:
        cur.execute("SELECT SUM(pence) FROM payments")
        assert cur.fetchone()[0] >= 0


def test_learner_history(pg):
    with pg.cursor() as cur:
        cur.execute("SELECT * FROM lessons WHERE learner = %s", ("ben",))
        assert cur.fetchall() is not None


def test_reschedule_lesson(ledger):
    lessons.book(ledger, "ana", "Mon 09:00")
    lessons.reschedule(ledger, "ana", "Mon 09:00", "Tue 09:00")


def test_lessons_with_instructor(ledger):
    lessons.book(ledger, "ben", "Wed 10:00")
    assert lessons.lessons_with_instructor(ledger, "ben")


def test_pay_and_book(ledger):
    lessons.pay_and_book(ledger, "cara", "Thu 15:00", 4000)


def test_till_retry_recorded_once(ledger):
    engine = lessons.ledger_engine(ledger)
    lessons.record_payments(engine, [("dee", 4000), ("dee", 4000), ("eli", 3600)])


def test_payment_totals_by_workers(ledger):
    engine = lessons.ledger_engine(ledger)
    assert lessons.workers_total(engine, ["ana", "ben", "cara"]) == 0


def test_lesson_count_locked_by_report(ledger):
    report = sqlite3.connect(ledger)
    report.execute("BEGIN EXCLUSIVE")
    db = sqlite3.connect(ledger, timeout=0.2)
    assert db.execute("SELECT COUNT(*) FROM lessons").fetchone() == (0,)
