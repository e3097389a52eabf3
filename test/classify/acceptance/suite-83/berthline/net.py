import socket

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


class UpstreamError(Exception):
    pass


class CircuitOpen(Exception):
    pass


_last_tides = {"source": "cache", "levels": []}


def fetch_tides(url, timeout):
    try:
        response = requests.get(url, timeout=timeout)
        response.raise_for_status()
    except requests.ConnectionError:
        return _last_tides
    return response.json()


def fetch_berth_status(url, timeout=1.0):
    return requests.get(url, timeout=timeout).json()


def retrying_session(total=2):
    session = requests.Session()
    retry = Retry(total=total, status_forcelist=[502, 503, 504], backoff_factor=0)
    session.mount("http://", HTTPAdapter(max_retries=retry))
    return session


def fetch_arrivals(url, stale):
    session = retrying_session()
    response = session.get(url, timeout=1.0)
    if response.status_code >= 500:
        return stale
    return response.json()


def upload_manifest(url, manifest, timeout):
    return requests.post(url, json=manifest, timeout=timeout).status_code


def fetch_weather(url):
    try:
        response = requests.get(url, timeout=1.0)
        return response.json()
    except requests.HTTPError as error:
        raise UpstreamError(str(error)) from error


class CircuitBreaker:
    def __init__(self, threshold):
        self.threshold = threshold
        self.failures = 0

    def call(self, url):
        if self.failures >= self.threshold:
            raise CircuitOpen(url)
        response = requests.get(url, timeout=1.0)
        if response.status_code >= 503:
            self.failures += 1
        return response.status_code


def query_ais(host, port, mmsi):
    sock = socket.create_connection((host, port))
    try:
        sock.sendall(f"POS {mmsi}\n".encode())
        return sock.recv(1024).decode()
    finally:
        sock.close()
