"""Member accounts (in memory for the kiosk's offline mode)."""
MEMBERS = []


def register(name, licence):
    member = {"id": len(MEMBERS) + 1, "name": name, "licence": licence}
    MEMBERS.append(member)
    return member


def find(licence):
    return next((m for m in MEMBERS if m["licence"] == licence), None)
