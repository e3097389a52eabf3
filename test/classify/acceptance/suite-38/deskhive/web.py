"""The members' API (Flask)."""
from flask import Flask, jsonify

from deskhive import billing

app = Flask(__name__)
MEMBERS = {"m-1": {"name": "Ada", "plan": "hot-desk"}, "m-2": {"name": "Lin"}}


@app.get("/api/members/<member>")
def member(member):
    return jsonify(MEMBERS[member])


@app.get("/api/members/<member>/plan")
def plan(member):
    record = MEMBERS[member]
    return jsonify({"plan": record["plan"]})


@app.get("/api/health")
def health():
    return jsonify({"ok": True})


@app.get("/api/invoices/<member>")
def invoice(member):
    return billing.invoice_json(member, [("desk", 180)]), 200
