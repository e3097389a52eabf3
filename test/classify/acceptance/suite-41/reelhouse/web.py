"""The box office's HTTP API (Flask)."""
from flask import Flask, jsonify

from reelhouse import seats

app = Flask(__name__)

SCREENINGS = {"s-1041": {"film": "dune-2", "screen": "screen-4", "starts": "19:30"}}


@app.get("/screenings/<screening>")
def screening(screening):
    found = SCREENINGS[screening]
    return jsonify({**found, "runtime": seats.runtime(found["film"])})
