"""The shop's JSON handlers over the order book and the caches (framework-free: a dict in, a status and a dict out)."""
from smokehall import db

_price_memo = {}


def get_price(conn, kiln):
    if kiln not in _price_memo:
        with conn.cursor() as cur:
            cur.execute("SELECT kg FROM stock WHERE kiln = %s", (kiln,))
            row = cur.fetchone()
        _price_memo[kiln] = float(row[0]) * 0.9 if row else None
    return 200, {"kiln": kiln, "price": _price_memo[kiln]}


def set_stock(conn, kiln, body):
    db.set_stock(conn, kiln, body["kg"])
    return 204, {}


def create_batch(conn, body):
    if not body.get("name"):
        return 422, {"error": "name required"}
    return 201, {"id": db.add_batch(conn, body["name"], body["kiln"], body.get("wood", "oak"))}


def get_batch(conn, batch):
    name = db.batch_name(conn, batch)
    return (200, {"id": batch, "name": name}) if name else (404, {"error": "no such batch"})


def list_customers(conn, domain):
    with conn.cursor() as cur:
        cur.execute("SELECT email FROM customers WHERE email LIKE %s ORDER BY id", ("%@" + domain,))
        return 200, {"customers": [row[0] for row in cur.fetchall()]}


def sign_up(conn, body):
    return 201, {"id": db.register_customer(conn, body["email"], body.get("name"))}
