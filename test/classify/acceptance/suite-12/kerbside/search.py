"""Vehicle search (by zone, model, features) in Elasticsearch."""
from elasticsearch import Elasticsearch

from . import settings


def client():
    return Elasticsearch(settings.ELASTICSEARCH_URL, timeout=2, max_retries=1)


def near(lat, lon, km=1.0):
    body = {"query": {"geo_distance": {"distance": f"{km}km", "position": {"lat": lat, "lon": lon}}}}
    return [hit["_source"] for hit in client().search(index="vehicles", body=body)["hits"]["hits"]]


def index_vehicle(vehicle):
    return client().index(index="vehicles", id=vehicle["id"], body=vehicle)
