"""Trip events published to RabbitMQ (aio-pika) for billing and the operations dashboard."""
import json

import aio_pika

from . import settings


async def publish(routing_key, event, url=None):
    connection = await aio_pika.connect(url or settings.AMQP_URL, timeout=2)
    async with connection:
        channel = await connection.channel()
        exchange = await channel.declare_exchange("trips", aio_pika.ExchangeType.TOPIC, durable=True)
        await exchange.publish(aio_pika.Message(body=json.dumps(event).encode()), routing_key=routing_key)
