"""Regeneration: accessions whose seed count or viability has fallen are grown out again."""
import datetime

from pydantic import BaseModel


class Plan(BaseModel):
    accession: str
    seeds: int
    viability: float
    due: datetime.date


def needs_regeneration(seeds, viability):
    return seeds < 1500 or viability < 75


def plan(accession, seeds, viability, tested_on):
    return Plan(accession=accession, seeds=seeds, viability=viability,
                due=tested_on + datetime.timedelta(days=365))


def overdue(plans, today):
    return [p.accession for p in plans if p.due < today]


def last_grown(stamp):
    """Grow-out records are stamped in UTC by the nursery's tablet."""
    return datetime.datetime.fromisoformat(stamp)


def years_since_grown(stamp, now=None):
    now = now or datetime.datetime.now()
    return (now - last_grown(stamp)).days // 365
