from cuewright import interface


def test_label_french():
    assert interface.label("fr", "Subtitles") == "Sous-titres"


def test_label_falls_back_to_english():
    assert interface.label("fr", "Forced narratives") == "Forced narratives"
