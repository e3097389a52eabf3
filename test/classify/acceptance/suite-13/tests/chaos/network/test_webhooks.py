import pytest

from podstead import webhooks

pytestmark = pytest.mark.chaos


def test_notify_subscriber(http_stub):
    url = http_stub(status=202, body={"accepted": True})
    assert webhooks.notify(url + "/hooks/podstead", {"type": "episode.published", "episode": 1201}) == 202


def test_notify_directory_gateway(http_stub):
    url = http_stub(status=502, body=b"<html><h1>502 Bad Gateway</h1></html>", headers={"Content-Type": "text/html"})
    assert webhooks.notify(url + "/ingest", {"type": "episode.published", "episode": 1201}, proxy=False) == 202


@pytest.mark.flaky(reruns=1)
def test_notify_app_behind_load_balancer(flapping_peer):
    assert webhooks.notify(flapping_peer + "/hooks", {"type": "episode.published", "episode": 1202}, proxy=False) == 202
