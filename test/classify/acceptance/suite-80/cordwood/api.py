"""A framework-free JSON API over the ledger: handle(conn, method, path, body) -> (status, payload)."""
from cordwood import core, ledger


def handle(conn, method, path, body=None):
    parts = path.strip("/").split("/")
    if method == "GET" and parts == ["orders"]:
        return 200, [dict(row) for row in conn.execute("SELECT * FROM orders ORDER BY id")]
    if method == "POST" and parts == ["orders"]:
        order_id = ledger.place_order(conn, body["customer_id"], body["species"], body["cords"])
        return 201, {"id": order_id}
    if method == "GET" and parts[0] == "orders" and len(parts) == 2:
        row = conn.execute("SELECT * FROM orders WHERE id = ?", (int(parts[1]),)).fetchone()
        return 200, dict(row)
    if method == "GET" and parts[0] == "quote":
        species, cords = parts[1], float(parts[2])
        return 200, {"price": str(core.price(species, cords))}
    return 404, {"error": "no route"}
