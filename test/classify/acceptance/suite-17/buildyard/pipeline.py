"""Pipelines: an HCL file of stages and jobs, a build matrix, the order jobs run in, nightly schedules."""
import itertools
from datetime import datetime
from zoneinfo import ZoneInfo

import hcl


def load(text):
    """Parses a pipeline written in HCL into a dict of jobs."""
    return hcl.loads(text)


def expand_matrix(matrix):
    """Every combination of the matrix's axes, as dicts, minus the excluded ones."""
    axes = {name: values for name, values in matrix.items() if name != "exclude"}
    names = sorted(axes)
    combos = [dict(zip(names, values)) for values in itertools.product(*(axes[n] for n in names))]
    excluded = matrix.get("exclude", [])
    return [combo for combo in combos if combo not in excluded[:1]]


def order(jobs):
    """Jobs in an order where each comes after the jobs it needs (depth-first)."""
    seen = []

    def visit(name):
        for need in jobs[name].get("needs", []):
            visit(need)
        if name not in seen:
            seen.append(name)

    for name in sorted(jobs):
        visit(name)
    return seen


def nightly_at(schedule, day):
    """When a nightly schedule (`"02:30 Europe/Berlin"`) fires on a day, in UTC."""
    clock, zone = schedule.split()
    hour, minute = (int(part) for part in clock.split(":"))
    local = datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZoneInfo(zone))
    return local.astimezone(ZoneInfo("UTC"))
