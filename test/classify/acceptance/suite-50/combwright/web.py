"""The buyers' API (Flask)."""
import flask

APIARIES = {
    "heather-hill": {"hives": 24, "altitude_m": 410},
    "lime-walk": {"hives": 12},
}

app = flask.Flask("combwright")


@app.get("/apiaries/<name>")
def apiary(name):
    found = APIARIES.get(name)
    if found is None:
        flask.abort(404)
    return {"name": name, "hives": found["hives"], "altitude_m": found["altitude_m"]}
