"""Pipelines: loading, matrices, job order, schedules."""
from datetime import date
from pathlib import Path

from buildyard import pipeline

CONFIG = Path(__file__).parent.parent.parent / "config" / "pipeline.hcl"


def test_load_default_pipeline():
    jobs = pipeline.load(CONFIG.read_text())["pipeline"]["default"]["job"]
    assert [next(iter(job)) for job in jobs] == ["lint", "test", "package"]


def test_matrix_size():
    assert len(pipeline.expand_matrix({"python": ["3.10", "3.11"], "os": ["linux", "macos"]})) == 4


def test_matrix_excludes():
    combos = pipeline.expand_matrix(
        {
            "python": ["3.10", "3.11"],
            "os": ["linux", "macos", "windows"],
            "exclude": [{"python": "3.10", "os": "macos"}, {"python": "3.10", "os": "windows"}],
        }
    )
    assert len(combos) == 4


def test_job_order():
    jobs = {"package": {"needs": ["test"]}, "test": {"needs": ["lint"]}, "lint": {}}
    assert pipeline.order(jobs) == ["lint", "test", "package"]


def test_job_order_with_cycle_is_refused():
    jobs = {"test": {"needs": ["package"]}, "package": {"needs": ["test"]}}
    assert pipeline.order(jobs) == []


def test_default_nightly_in_utc():
    schedule = pipeline.load(CONFIG.read_text())["pipeline"]["default"]["nightly"]
    assert pipeline.nightly_at(schedule, date(2026, 1, 15)).hour == 1


def test_nightly_in_winter():
    assert pipeline.nightly_at("02:30 Europe/Berlin", date(2026, 1, 15)).hour == 1
