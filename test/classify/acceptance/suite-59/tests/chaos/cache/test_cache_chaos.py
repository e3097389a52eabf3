import pytest

from seedvault import memo


@pytest.mark.chaos
class TestCache:
    @pytest.mark.parametrize("species", ["Quercus robur", "Primula vulgaris", "Silene dioica", "Fagus sylvatica"])
    def test_note_read(self, species):
        assert isinstance(memo.note(species), str)

    def test_note_updated(self):
        assert memo.note("Silene dioica") == ""
        memo.set_note("Silene dioica", "dry to 15% RH")
        assert memo.note("Silene dioica") == "dry to 15% RH"

    def test_oak_note_changed(self):
        assert memo.note("Quercus robur") == "do not dry"
        memo.set_note("Quercus robur", "do not dry; sow fresh")
        assert memo.note("Quercus robur") == "do not dry; sow fresh"
