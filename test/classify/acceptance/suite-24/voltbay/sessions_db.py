"""Charging sessions in MySQL (mysqlclient)."""

import MySQLdb

from voltbay import settings


def connect():
    return MySQLdb.connect(
        host=settings.MYSQL_HOST,
        port=settings.MYSQL_PORT,
        user=settings.MYSQL_USER,
        passwd=settings.MYSQL_PASSWORD,
        db=settings.MYSQL_DB,
    )


def open_session(connection, station: str, driver: str) -> int:
    cursor = connection.cursor()
    cursor.execute("INSERT INTO sessions (station, driver) VALUES (%s, %s)", (station, driver))
    connection.commit()
    return cursor.lastrowid


def sessions_of(connection, driver: str) -> list:
    cursor = connection.cursor()
    cursor.execute("SELECT id, station FROM sessions WHERE driver = %s ORDER BY id", (driver,))
    return list(cursor.fetchall())
