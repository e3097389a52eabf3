"""The branch directory."""

from lendwell import branches
from lendwell.settings import load

BRANCHES = branches.load(load().branches_file)


def test_every_branch_has_a_name():
    assert all(branch["name"] for branch in BRANCHES.values())


def test_central_allows_most_holds():
    assert max(BRANCHES, key=lambda name: BRANCHES[name]["max_holds"]) == "central"
