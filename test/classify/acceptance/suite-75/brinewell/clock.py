"""The service's clock, one place to read time."""
import time


def now():
    return time.time()
