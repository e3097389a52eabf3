from flask import Flask, jsonify

app = Flask(__name__)

CONCERTS = {"spring": {"title": "Spring Concert", "hall": "main", "soloist": "R. Okafor"},
            "winter": {"title": "Winter Gala", "hall": "main"}}


@app.get("/concerts/<name>")
def concert(name):
    item = CONCERTS[name]
    return jsonify(title=item["title"], hall=item["hall"], soloist=item["soloist"])
