"""The runners' API: plain handlers returning (status, body), served by the platform's gateway."""
from racebib import core

_entries = {}


def create_entry(body):
    if not body.get("runner"):
        return 422, {"error": "runner is required"}
    bib = 10000 + len(_entries) + 1
    _entries[bib] = dict(body, bib=bib)
    return 201, _entries[bib]


def get_entry(bib):
    if bib not in _entries:
        return 404, {"error": "no such entry"}
    return 200, _entries[bib]


def list_entries(page=1, size=20):
    bibs = sorted(_entries)[(page - 1) * size:page * size]
    return 200, {"page": page, "entries": [_entries[b] for b in bibs]}


def quote(age, base="55.00", sex="F"):
    return 200, {"category": core.age_category(age, sex), "fee": str(core.entry_fee(base))}


def health():
    return 200, {"status": "ok"}
