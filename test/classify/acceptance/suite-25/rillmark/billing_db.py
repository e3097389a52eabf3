"""Customer accounts and bills in SQL Server (pymssql)."""

import pymssql

from rillmark import settings


def connect():
    return pymssql.connect(
        server=settings.MSSQL_HOST,
        port=settings.MSSQL_PORT,
        user=settings.MSSQL_USER,
        password=settings.MSSQL_PASSWORD,
        database=settings.MSSQL_DB,
        login_timeout=2,
    )


def open_bills(conn, account):
    with conn.cursor(as_dict=True) as cursor:
        cursor.execute("SELECT id, amount, due FROM bills WHERE account = %s AND paid = 0", (account,))
        return cursor.fetchall()


def record_payment(conn, bill_id, amount):
    with conn.cursor() as cursor:
        cursor.execute("UPDATE bills SET paid = 1, paid_amount = %s WHERE id = %s", (amount, bill_id))
    conn.commit()
