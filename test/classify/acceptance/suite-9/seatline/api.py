"""The HTTP API (Flask)."""

from decimal import Decimal

from flask import Flask, abort, jsonify, request

from seatline import auth, events, pricing

ORDERS = {}


def create_app(settings=None):
    app = Flask("seatline")
    app.config["TESTING"] = True

    def claims():
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            abort(401)
        try:
            return auth.verify_token(header[7:], settings)
        except auth.jwt.InvalidTokenError:
            abort(401)

    @app.get("/health")
    def health():
        return jsonify(status="ok")

    @app.get("/events/<slug>")
    def show_event(slug):
        ev = events.find(slug)
        if ev is None:
            abort(404)
        return jsonify(slug=ev.slug, venue=ev.venue, on_sale=ev.is_on_sale())

    @app.post("/orders")
    def create_order():
        claims()
        body = request.get_json()
        lines = [(Decimal(line["price"]), line["quantity"]) for line in body["lines"]]
        total = pricing.order_total(lines, body.get("discount"))
        reference = f"SL{len(ORDERS) + 1:06d}"
        ORDERS[reference] = {"total": total, "lines": body["lines"], "email": body["email"]}
        return jsonify(reference=reference, total=str(total)), 201

    @app.get("/orders/<reference>")
    def show_order(reference):
        claims()
        order = ORDERS.get(reference)
        if order is None:
            abort(404)
        return jsonify(reference=reference, total=order["total"], email=order["email"])

    @app.post("/refunds")
    def refund():
        token = claims()
        if not auth.has_scope(token, "refund:write"):
            abort(403)
        return jsonify(status="queued"), 202

    @app.get("/reports/sales")
    def sales():
        token = claims()
        if not auth.has_scope(token, "reports:read"):
            abort(403)
        return jsonify(orders=len(ORDERS))

    return app
