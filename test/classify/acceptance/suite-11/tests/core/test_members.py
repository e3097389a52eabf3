"""Members registered at a kiosk."""

import pytest

from lendwell import members


@pytest.fixture
def card_file(tmp_path):
    path = tmp_path / "card.txt"
    path.write_text("LW000101\n")
    yield path
    path.unlink()


def test_new_member_joins_the_central_branch():
    card = members.register("Aoife Byrne")
    assert members.REGISTERED[card]["branch"] == "central"


def test_first_member_gets_the_first_card():
    assert members.register("Cian Doyle") == "LW000001"


def test_members_of_a_branch():
    members.register("Orla Kenny", branch="harbour")
    assert [member["name"] for member in members.members_of("harbour")] == ["Orla Kenny"]


def test_card_printed_for_a_member(card_fiel):
    assert card_fiel.read_text().startswith("LW")


def test_card_file_handed_over(card_file, tmp_path):
    card_file.rename(tmp_path / "handed-over.txt")
    assert (tmp_path / "handed-over.txt").exists()
