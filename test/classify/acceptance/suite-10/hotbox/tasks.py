"""Background jobs on Celery: receipts and restaurant notifications."""

import asyncio

from celery import Celery

from hotbox.settings import load

celery_app = Celery("hotbox", broker=load().broker_url)
celery_app.conf.update(broker_connection_timeout=1, broker_connection_max_retries=1)


@celery_app.task(name="hotbox.tasks.send_receipt")
def send_receipt(order_id):
    return f"receipt for {order_id}"


@celery_app.task(name="hotbox.tasks.notify_restaurants")
def notify_restaurant(order_id, restaurant):
    return f"{restaurant} told about {order_id}"


def enqueue_receipt(order_id):
    return send_receipt.apply_async((order_id,), retry_policy={"max_retries": 1, "interval_start": 0.1})


def run_by_name(name, *args):
    return celery_app.tasks[name].apply(args=args).get()


async def tell_courier(courier_id, message, outbox):
    await asyncio.sleep(0)
    outbox.append((courier_id, message))
    return True


def announce(courier_ids, message, outbox):
    """Tell every courier, returning whether all were told."""
    return all(tell_courier(courier_id, message, outbox) for courier_id in courier_ids)


def notify_restaurant_of(order_id, restaurant):
    return run_by_name("hotbox.tasks.notify_restaurant", order_id, restaurant)
