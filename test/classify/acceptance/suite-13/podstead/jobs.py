"""Transcoding and publishing jobs, sent to the workers over AMQP (kombu)."""
from kombu import Connection, Exchange, Queue

from podstead import settings

jobs = Exchange("podstead.jobs", type="direct")
transcode_queue = Queue("transcode", jobs, routing_key="transcode")


def send(body, routing_key="transcode", url=None):
    with Connection(url or settings.BROKER_URL, connect_timeout=1) as conn:
        producer = conn.Producer(serializer="json")
        producer.publish(body, exchange=jobs, routing_key=routing_key, declare=[transcode_queue], retry=False)
    return True


def request_transcode(episode_id, bitrates):
    return send({"episode": episode_id, "bitrates": list(bitrates)})


def request_payout(show_id, amount, url=None):
    return send({"show": show_id, "amount": amount}, routing_key="payout", url=url)
