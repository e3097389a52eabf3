"""The owners' API (Flask)."""
from flask import Flask, jsonify

app = Flask(__name__)

_stays = {"s-1": {"dog": "rex", "kennel": "k1", "nights": 4}}


@app.get("/stays/<stay>")
def stay(stay):
    record = _stays[stay]
    return jsonify(record)


@app.get("/stays/<stay>/pickup")
def pickup(stay):
    record = _stays.get(stay, {})
    return jsonify({"dog": record["dog"], "time": record["pickup"]})
