"""Order schemas for the API."""
from pydantic import BaseModel, validator


class OrderIn(BaseModel):
    species: str
    bundles: int

    @validator("bundles")
    def positive(cls, value):
        if value <= 0:
            raise ValueError("bundles must be positive")
        return value
