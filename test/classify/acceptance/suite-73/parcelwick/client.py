"""The service's HTTP calls to its peers: sessions, JSON answers, retries."""

import time

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


class UnexpectedContentType(Exception):
    pass


def session(retries=0, statuses=(), backoff=0.05):
    sess = requests.Session()
    retry = Retry(total=retries, backoff_factor=backoff, status_forcelist=statuses, allowed_methods=None)
    adapter = HTTPAdapter(max_retries=retry)
    sess.mount("http://", adapter)
    sess.mount("https://", adapter)
    return sess


def get_json(sess, url, timeout, **kwargs):
    resp = sess.get(url, timeout=timeout, **kwargs)
    resp.raise_for_status()
    return resp.json()


def expect_json(resp):
    ctype = resp.headers.get("Content-Type", "")
    if ctype != "application/json":
        raise UnexpectedContentType(f"expected application/json, got {ctype!r}")
    return resp.json()


def retry_after(value):
    """Seconds to wait from a Retry-After header."""
    return int(value)


def call_with_retry(send, attempts=4, backoff_ms=200, max_wait=5, sleep=time.sleep):
    """Sends until the answer is neither 429 nor 503, waiting as the peer asks or backing off."""
    for attempt in range(attempts):
        resp = send()
        if resp.status_code not in (429, 503) or attempt == attempts - 1:
            break
        if "Retry-After" in resp.headers:
            delay = retry_after(resp.headers["Retry-After"])
            if delay > max_wait:
                break
        else:
            delay = backoff_ms * 2**attempt // 1000
        sleep(delay)
    resp.raise_for_status()
    return resp
