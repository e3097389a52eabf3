from podstead import feeds

EPISODE = {"title": "Pilot", "notes": "Two nurses, one night.", "explicit": False, "duration": 1820}


def test_episode_xml():
    assert "<title>Pilot</title>" in feeds.episode_xml(EPISODE)


def test_episode_xml_with_notes_pasted_from_word():
    notes = "Guests:\x0b Dr. Ada Obi\x0b Sam Lee"
    assert "Ada Obi" in feeds.episode_xml(dict(EPISODE, notes=notes))


def test_episode_validates_against_directory_schema():
    assert feeds.validate(EPISODE)


def test_parse_partner_pubdate():
    assert feeds.parse_pubdate("Tue, 01 Dec 2026 06:00:00 GMT").year == 2026
