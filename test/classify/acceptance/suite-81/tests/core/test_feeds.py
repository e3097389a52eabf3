from reedbank import feeds


def test_feed_parsed():
    text = '<feed><item species="sedge" bundles="40"/><item species="water-reed" bundles="12"/></feed>'
    assert feeds.parse_feed(text) == {"sedge": 40, "water-reed": 12}


def test_empty_feed():
    assert feeds.parse_feed("<feed/>") == {}
