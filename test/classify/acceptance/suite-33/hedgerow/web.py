"""The members' web API (Flask)."""
from flask import Flask, jsonify, request

PLOTS = {"A1": {"holder": "Ruth", "site": "north"}, "A2": {"holder": None, "site": "north"}}


def create_app():
    app = Flask(__name__)
    app.config["TESTING"] = True

    @app.get("/plots/<plot_no>")
    def plot(plot_no):
        record = PLOTS[plot_no]
        return jsonify(plot=plot_no, holder=record["holder"])

    @app.post("/plots/<plot_no>/holder")
    def set_holder(plot_no):
        body = request.get_json()
        PLOTS[plot_no]["holder"] = body["name"]
        return jsonify(ok=True), 200

    @app.get("/vacant")
    def vacant():
        return jsonify(sorted(no for no, record in PLOTS.items() if record["holder"] is None))

    return app
