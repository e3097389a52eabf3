"""The hotels' API."""
from flask import Flask, jsonify

app = Flask("rinsewell")
DEPOTS = {"leeds": {"opens": "05:00", "closes": "22:00"}}


@app.get("/depots/<name>/hours")
def hours(name):
    depot = DEPOTS[name]
    return jsonify({"open": depot["open"], "close": depot["closes"]})
