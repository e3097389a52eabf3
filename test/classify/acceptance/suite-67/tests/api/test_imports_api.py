import pathlib

import pytest

from racebib import imports

STAGING = pathlib.Path(__file__).parent / "staging"


@pytest.fixture
def running_import():
    STAGING.mkdir(exist_ok=True)
    lock = imports.start_import(STAGING)
    yield lock


@pytest.mark.parametrize("form", ["csv", "xlsx", "json"])
def test_import_started(running_import, form):
    assert running_import.read_text() == "running"


def test_read_entries(tmp_path):
    (tmp_path / "e.csv").write_text("bib,runner\n1,Ada\n2,Ben\n")
    assert [r["runner"] for r in imports.read_entries(tmp_path / "e.csv")] == ["Ada", "Ben"]
