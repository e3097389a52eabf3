"""Background jobs (nightly reports, card printing) on an rq queue."""
from rq import Queue

from snowgate import cache


def queue() -> Queue:
    return Queue("snowgate", connection=cache.client())


def schedule_card_print(pass_id: str):
    return queue().enqueue("snowgate.printing.print_card", pass_id)
