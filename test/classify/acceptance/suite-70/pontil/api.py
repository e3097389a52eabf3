from pontil.network import Commissions

PIECES = {1: {"name": "blue vase", "price": "180.00"}, 2: {"name": "amber bowl", "price": "95.00"}}


def handle(method, path, body=None):
    if method == "GET" and path.startswith("/pieces/"):
        number = int(path.rsplit("/", 1)[1])
        return 200, PIECES[number]
    if method == "GET" and path == "/commissions":
        return 200, Commissions().open_commissions()
    if method == "POST" and path.startswith("/commissions/"):
        return 200, Commissions().accept(int(path.rsplit("/", 1)[1]))
    if method == "POST" and path == "/orders":
        if body["quantity"] <= 0:
            return 400, {"error": "quantity must be positive"}
        return 201, {"total": str(body["quantity"] * 95)}
    return 404, {"error": "not found"}
