"""The fleet's MySQL database (vehicles, reservations) through PyMySQL."""
import pymysql

from . import settings


def connect(port=None):
    return pymysql.connect(
        host=settings.MYSQL_HOST,
        port=port or settings.MYSQL_PORT,
        user=settings.MYSQL_USER,
        password=settings.MYSQL_PASSWORD,
        database=settings.MYSQL_DATABASE,
        connect_timeout=2,
        cursorclass=pymysql.cursors.DictCursor,
    )


def replica():
    """The read replica the reports use."""
    return connect(port=settings.MYSQL_REPLICA_PORT)


def vehicles_in_zone(conn, zone):
    with conn.cursor() as cur:
        cur.execute("SELECT id, plate, zone, battery_pct FROM vehicles WHERE zone = %s", (zone,))
        return cur.fetchall()


def open_reservations(conn, member_id):
    with conn.cursor() as cur:
        cur.execute("SELECT * FROM reservations WHERE member_id = %s AND ended_at IS NULL", (member_id,))
        return cur.fetchall()
