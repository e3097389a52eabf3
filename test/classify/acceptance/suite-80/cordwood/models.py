"""The yard's objects, pickled into the stack shelf."""
from dataclasses import dataclass, field


@dataclass
class Stack:
    name: str
    species: str
    cords: float
    moisture: list = field(default_factory=list)

    def dry(self):
        return bool(self.moisture) and self.moisture[-1] <= 20
