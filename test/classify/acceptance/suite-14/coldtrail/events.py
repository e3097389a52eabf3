"""Excursion events go to Kafka."""
import json

from confluent_kafka import KafkaException, Producer
from confluent_kafka.admin import AdminClient

from coldtrail import settings

TOPIC = "coldtrail.excursions"


def _config():
    return {"bootstrap.servers": settings.KAFKA_BOOTSTRAP, "socket.timeout.ms": 1000, "log_level": 0}


def topic_partitions(topic=TOPIC):
    metadata = AdminClient(_config()).list_topics(topic=topic, timeout=1.5)
    return len(metadata.topics[topic].partitions)


def publish_excursion(event):
    delivered = []
    producer = Producer({**_config(), "message.timeout.ms": 1500})
    producer.produce(TOPIC, json.dumps(event).encode(), callback=lambda err, msg: delivered.append(err))
    producer.flush(3)
    if delivered and delivered[0] is not None:
        raise KafkaException(delivered[0])
    return len(delivered)
