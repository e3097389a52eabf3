import json
import pathlib

PROGRAMS = json.loads((pathlib.Path(__file__).parents[2] / "etc" / "programs.json").read_text())


def test_wool_is_cool():
    assert PROGRAMS["wool"]["temperature"] <= 30
