"""The learner app's API (Flask)."""
from flask import Flask, jsonify, request

from clutchpoint.models import LessonRequest

INSTRUCTORS = {"amrit": {"name": "Amrit Sandhu", "car": "manual"}, "bea": {"name": "Bea Lowe", "car": "automatic"}}
LESSONS = {}


def create_app():
    app = Flask(__name__)

    @app.get("/instructors/<key>")
    def instructor(key):
        found = INSTRUCTORS[key]
        return jsonify({"name": found["name"], "car": found["car"], "rating": found["rating"]})

    @app.post("/lessons")
    def book():
        lesson = LessonRequest(**request.get_json())
        LESSONS[len(LESSONS) + 1] = lesson
        return jsonify({"id": len(LESSONS)}), 200

    @app.get("/lessons/<int:lesson_id>")
    def lesson(lesson_id):
        return jsonify(LESSONS[lesson_id].dict())

    return app
