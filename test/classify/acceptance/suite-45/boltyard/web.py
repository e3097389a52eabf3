"""The trade portal's HTTP API (Flask)."""
from flask import Flask, jsonify

from boltyard import stock

app = Flask(__name__)

KIT = {"MD-0042": {"kit": "mini-digger", "depot": "depot-2", "status": "in"}}


@app.get("/kit/<item>")
def kit(item):
    found = KIT[item]
    return jsonify({**found, "day_rate": stock.day_rate(found["kit"])})
