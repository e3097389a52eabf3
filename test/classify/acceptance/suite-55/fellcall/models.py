"""Callout records the service keeps."""
from pydantic import BaseModel


class Casualty(BaseModel):
    name: str
    age: int
    injuries: list[str] = []


class Callout(BaseModel):
    incident: str
    grid_ref: str
    casualties: list[Casualty] = []
    team_size: int


def callout_from_dispatch(message):
    return Callout(
        incident=message["incident"],
        grid_ref=message["location"]["grid"],
        casualties=[Casualty(name=c["name"], age=c.get("age"), injuries=c.get("injuries", []))
                    for c in message.get("casualties", [])],
        team_size=message.get("team", 8),
    )
