"""The image archive's API, through requests_toolbelt (a session with a base URL, multipart uploads)."""
from requests_toolbelt import MultipartEncoder
from requests_toolbelt.sessions import BaseUrlSession

from starwick import settings


class Archive:
    def __init__(self, url=None):
        self.session = BaseUrlSession(base_url=url or settings.ARCHIVE_URL)

    def health(self):
        response = self.session.get("health", timeout=2)
        response.raise_for_status()
        return response.json()

    def upload(self, name, data, target):
        encoder = MultipartEncoder(fields={"target": target, "frame": (name, data, "image/fits")})
        response = self.session.post("frames", data=encoder, headers={"Content-Type": encoder.content_type}, timeout=2)
        response.raise_for_status()
        return response.json()["id"]

    def frames(self, target):
        response = self.session.get("frames", params={"target": target}, timeout=2)
        response.raise_for_status()
        return response.json()["frames"]

    def delete(self, frame_id):
        self.session.delete(f"frames/{frame_id}", timeout=2).raise_for_status()
