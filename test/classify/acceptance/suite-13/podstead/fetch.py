"""Imports of shows hosted elsewhere: their RSS feeds, fetched with libcurl through the egress proxy."""
from io import BytesIO

import pycurl

from podstead import settings


def fetch(url, proxy=None, cainfo=None, timeout_ms=None):
    buffer = BytesIO()
    curl = pycurl.Curl()
    curl.setopt(pycurl.URL, url)
    curl.setopt(pycurl.WRITEDATA, buffer)
    curl.setopt(pycurl.FOLLOWLOCATION, True)
    curl.setopt(pycurl.TIMEOUT_MS, timeout_ms or settings.HTTP_TIMEOUT_MS)
    curl.setopt(pycurl.PROXY, settings.FEED_PROXY if proxy is None else proxy)
    if cainfo:
        curl.setopt(pycurl.CAINFO, cainfo)
    try:
        curl.perform()
        status = curl.getinfo(pycurl.RESPONSE_CODE)
    finally:
        curl.close()
    if status >= 400:
        raise RuntimeError(f"{url} answered {status}")
    return buffer.getvalue()


def import_feed(url, **options):
    body = fetch(url, **options)
    return body.count(b"<item>")
