"""Members and their cards (kept in memory on a kiosk between syncs)."""

import itertools
import json

REGISTERED = {}
_numbers = itertools.count(1)


def register(name, email=None, branch="central"):
    card = f"LW{next(_numbers):06d}"
    REGISTERED[card] = {"card": card, "name": name, "email": email, "branch": branch}
    return card


def profile_json(card, joined):
    return json.dumps({**REGISTERED[card], "joined": joined})


def members_of(branch):
    return [member for member in REGISTERED.values() if member["branch"] == branch]
