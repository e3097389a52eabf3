import pytest

from cuewright import catalog


@pytest.fixture
def french():
    return catalog.load("fr")


def test_plural_french(french):
    entry = french.find("%d episode")
    assert catalog.plural(entry, 2) == "%d épisodes"


def test_plural_polish_many():
    entry = catalog.load("pl").find("%d episode")
    assert catalog.plural(entry, 5) == "%d odcinków"


def test_plural_polish_few():
    entry = catalog.load("pl").find("%d episode")
    assert catalog.plural_for(entry, 22, 3) == "%d odcinki"


def test_progress_ignores_fuzzy(french):
    assert catalog.progress(french) == 60.0


def test_missing_strings(french):
    assert catalog.missing(french) == ["Forced narratives"]


def test_load_unknown_language():
    with pytest.raises(FileNotFoundError):
        catalog.load("xx")
