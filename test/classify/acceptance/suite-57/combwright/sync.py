"""Pushes a day's inspections to the association's records, a batch at a time."""
import time

from combwright import auth


def push_batch(token, batch):
    auth.verify(token)
    time.sleep(0.6)  # the records API's round trip
    return len(batch)


def push_inspections(token, inspections, batch_size=5):
    pushed = 0
    for start in range(0, len(inspections), batch_size):
        pushed += push_batch(token, inspections[start:start + batch_size])
    return pushed
