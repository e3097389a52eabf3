"""Payloads from the distributor and the ticket exports (pydantic 1.10)."""
from typing import List

from pydantic import BaseModel


class FilmRelease(BaseModel):
    film: str
    runtime_minutes: int
    certificate: str
    languages: List[str]


def release_from(payload):
    return FilmRelease(**payload)
