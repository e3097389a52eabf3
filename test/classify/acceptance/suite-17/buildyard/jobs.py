"""The job queue (a local SQLite file on the coordinator) and the build history (MySQL)."""
import dbm
import shutil
import sqlite3

import pymysql

from buildyard import settings

SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id INTEGER PRIMARY KEY,
    pipeline TEXT NOT NULL,
    job TEXT NOT NULL,
    state TEXT NOT NULL,
    agent TEXT
);
"""


def open_queue(path):
    connection = sqlite3.connect(path, timeout=0.2)
    connection.executescript(SCHEMA)
    return connection


def enqueue(connection, pipeline, job):
    cursor = connection.execute("INSERT INTO jobs (pipeline, job, state) VALUES (?, ?, 'queued')", (pipeline, job))
    connection.commit()
    return cursor.lastrowid


def enqueue_with_state(connection, pipeline, job, state=None):
    cursor = connection.execute("INSERT INTO jobs (pipeline, job, state) VALUES (?, ?, ?)", (pipeline, job, state))
    connection.commit()
    return cursor.lastrowid


def claim(connection, agent):
    """Claims the oldest queued job for an agent, in one transaction."""
    connection.execute("BEGIN IMMEDIATE")
    row = connection.execute("SELECT id FROM jobs WHERE state = 'queued' ORDER BY id LIMIT 1").fetchone()
    if row is None:
        connection.rollback()
        return None
    audit = sqlite3.connect(connection.execute("PRAGMA database_list").fetchone()[2], timeout=0.2)
    audit.execute("CREATE TABLE IF NOT EXISTS claims (job INTEGER, agent TEXT)")
    audit.execute("INSERT INTO claims VALUES (?, ?)", (row[0], agent))
    audit.commit()
    connection.execute("UPDATE jobs SET state = 'running', agent = ? WHERE id = ?", (agent, row[0]))
    connection.commit()
    return row[0]


def steps_of(connection, job_id):
    return connection.execute("SELECT name, command FROM job_steps WHERE job = ? ORDER BY position", (job_id,)).fetchall()


def set_states(connection, states):
    connection.executemany("UPDATE jobs SET state = ? WHERE id = ?", [(state,) for state in states.values()])
    connection.commit()


def restore(backup, target):
    """Restores the queue from the nightly backup (a gzipped copy of the SQLite file)."""
    shutil.copyfile(backup, target)
    return sqlite3.connect(target).execute("SELECT count(*) FROM jobs").fetchone()[0]


def open_runs(path):
    """The per-agent last-run marks, a dbm file."""
    return dbm.open(str(path), "w")


def history():
    return pymysql.connect(connect_timeout=1, **settings.HISTORY_DB)


def record_build(connection, pipeline, number, result):
    with connection.cursor() as cursor:
        cursor.execute("INSERT INTO builds (pipeline, number, result) VALUES (%s, %s, %s)", (pipeline, number, result))
    connection.commit()
