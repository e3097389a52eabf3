"""Payloads of the vets' API (pydantic)."""
from pydantic import BaseModel


class Vaccination(BaseModel):
    name: str
    given: str
    expires: str


class VetRecord(BaseModel):
    dog: str
    vaccinations: list[Vaccination]
