import pytest
from pydantic import ValidationError

from clutchpoint import web
from clutchpoint.models import LessonRequest


@pytest.fixture
def client():
    return web.create_app().test_client()


LESSON = {"learner_id": 5, "instructor": "amrit", "starts_at": "2026-03-02T09:00:00", "hours": 2, "pickup_postcode": "LS6 2AB"}


def test_instructor_profile(client):
    response = client.get("/instructors/amrit")
    assert response.status_code == 200


def test_book_lesson_created(client):
    response = client.post("/lessons", json=LESSON)
    assert response.status_code == 201


def test_book_lesson_from_app(client):
    payload = {"learner_id": 5, "instructor": "bea", "start": "2026-03-03T14:00:00", "hours": 1, "pickup_postcode": "LS6 2AB"}
    response = client.post("/lessons", json=payload)
    assert response.status_code in (200, 201)


def test_lesson_read_back(client):
    response = client.get("/lesson/1")
    assert response.status_code == 200


def test_lesson_without_pickup_refused():
    with pytest.raises(ValidationError):
        LessonRequest(**{**LESSON, "pickup_postcode": ""})
