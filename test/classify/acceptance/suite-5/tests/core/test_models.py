import json
from pathlib import Path

import jsonschema

from ferrylane import manifest, models

DATA = Path(__file__).parents[1] / "data"


def test_booking_from_web_form():
    form = {"route": "OSL-KIE", "departs": "01.12.2026 14:30", "names": ["Kari"], "ages": [34]}
    request = models.request_from_form(form)
    assert request.passengers[0].name == "Kari"


def test_booking_from_api():
    request = models.BookingRequest(route="OSL-KIE", departs="2026-12-01T14:30:00", passengers=[{"name": "Ola", "age": 7}])
    assert request.departs.hour == 14


def test_partner_manifest_matches_schema():
    document = json.loads((DATA / "manifest-colorline.json").read_text())
    jsonschema.validate(document, manifest.MANIFEST_SCHEMA)
