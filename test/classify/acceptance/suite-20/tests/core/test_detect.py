import pytest

from cuewright import detect


def test_language_of_french_cue():
    assert detect.language_of("Où étais-tu hier soir ? Je t'ai attendu toute la nuit.") == "fr"


def test_languages_of_episode():
    cues = ["Good evening, everyone.", "♪ ♪", "Where were you last night?"]
    assert detect.languages(cues)["Good evening, everyone."] == "en"


@pytest.mark.parametrize("text, language", [("Hola", "es"), ("Bonjour", "fr")])
def test_language_of_greeting(text, language):
    assert detect.language_of(text) == language
