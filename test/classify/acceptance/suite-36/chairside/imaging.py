"""X-ray images: the imaging server keeps them; we fetch metadata and thumbnails over requests."""
import requests

from chairside import settings


def study(study_id, base=None, timeout=1.0):
    response = requests.get(f"{base or settings.IMAGING_URL}/studies/{study_id}", timeout=timeout)
    response.raise_for_status()
    return response.json()
