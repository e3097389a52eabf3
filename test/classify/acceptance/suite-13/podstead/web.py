"""The public API (Bottle)."""
import bottle

from podstead import episodes, notify

app = bottle.Bottle()
SHOWS = {
    "night-shift": {"title": "Night Shift", "episodes": [{"season": 1, "number": 1, "title": "Pilot", "duration": 1820}]},
}


@app.get("/shows/<slug>")
def show(slug):
    record = SHOWS.get(slug)
    if record is None:
        bottle.abort(404, "no such show")
    return {"title": record["title"], "episodes": len(record["episodes"])}


@app.get("/shows/<slug>/episodes")
def show_episodes(slug):
    record = SHOWS[slug]
    return {"episodes": [dict(e, length=episodes.format_duration(e["duration"])) for e in record["episodes"]]}


@app.post("/shows/<slug>/episodes")
def add_episode(slug):
    body = bottle.request.json
    SHOWS[slug]["episodes"].append(body)
    notify.new_episode(slug, body["title"])
    return {"ok": True}
