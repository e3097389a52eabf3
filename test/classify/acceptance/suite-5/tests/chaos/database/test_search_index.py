from pathlib import Path

import pytest

from ferrylane import settings

CONFIG = Path(__file__).parent / "search.toml"


@pytest.fixture(scope="module")
def index_settings():
    return CONFIG.read_text()


def test_search_index_exists(index_settings):
    assert "sailings" in index_settings


def test_search_cluster_health():
    from elasticsearch import Elasticsearch

    client = Elasticsearch(settings.SEARCH_URL, request_timeout=1, max_retries=0)
    assert client.cluster.health()["status"] in ("green", "yellow")
