"""Machine telemetry: readings in MongoDB (pymongo), a search index (elasticsearch), events on AMQP (kombu)."""
from elasticsearch import Elasticsearch
from kombu import Connection, Exchange, Producer
from pymongo import MongoClient

from rinseway import settings


def readings(url=None):
    return MongoClient(url or settings.MONGO_URL).rinseway.readings


def latest(machine, url=None):
    return readings(url).find_one({"machine": machine}, sort=[("at", -1)])


def search_faults(text, url=None):
    es = Elasticsearch(url or settings.SEARCH_URL, request_timeout=1, max_retries=0)
    return es.search(index="faults", query={"match": {"text": text}})


def publish_cycle_done(machine, url=None):
    with Connection(url or settings.AMQP_URL, connect_timeout=1) as conn:
        producer = Producer(conn.channel(), exchange=Exchange("cycles", type="topic"))
        producer.publish({"machine": machine}, routing_key="cycle.done", retry=False)
