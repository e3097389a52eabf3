"""Reconciliation outcomes published to the AMQP broker."""
import amqp
import rapidjson

from tallyhouse import settings


def publish(event, routing_key="reconciled"):
    with amqp.Connection(settings.AMQP_HOST, userid="tallyhouse", password="x", connect_timeout=1) as connection:
        channel = connection.channel()
        channel.basic_publish(amqp.Message(rapidjson.dumps(event)), exchange="payments", routing_key=routing_key)
