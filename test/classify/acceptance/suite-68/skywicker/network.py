"""Calls out: the weather feed and the SMS gateway behind a rate limiter kept in Redis, with retries."""


def retry_delays(attempts, base=0.5):
    """The delays before each retry after the first attempt: attempts - 1 of them, doubling."""
    return [base * 2 ** n for n in range(attempts - 2)]


def allow(r, key, limit, window=60):
    count = r.incr(f"rate:{key}")
    if count == 1:
        r.expire(f"rate:{key}", window)
    return count <= limit
