"""The customer app's API (Flask)."""
from flask import Flask, jsonify

from .units import SIZES

app = Flask(__name__)
_UNITS = {"A101": {"type": "small", "site": "northgate"}, "B204": {"type": "jumbo", "site": "riverside"}}


@app.get("/units/<unit>")
def unit_view(unit):
    record = _UNITS[unit]
    return jsonify(unit=unit, site=record["site"], square_feet=SIZES[record["type"]])
