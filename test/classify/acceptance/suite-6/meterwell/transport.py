"""Clients for the collectors, the head-end, the gateways and the FTP drop."""

import ftplib
import http.client
import io
import json
import socket
import ssl
import urllib.request
import xmlrpc.client

import idna
import urllib3
import websocket
from kafka import KafkaProducer

from meterwell import settings


def publish(readings):
    producer = KafkaProducer(
        bootstrap_servers=settings.KAFKA_BOOTSTRAP,
        api_version_auto_timeout_ms=1000,
        request_timeout_ms=1000,
    )
    for reading in readings:
        producer.send("readings", json.dumps(reading).encode())
    producer.flush(timeout=2)


def open_live_feed(url=None):
    return websocket.create_connection(url or settings.LIVE_FEED_URL, timeout=1)


def register_meter(headend_url, meter):
    proxy = xmlrpc.client.ServerProxy(headend_url)
    return proxy.headend.registerMeter(meter)


def upload_dump(host, port, name, data):
    ftp = ftplib.FTP()
    ftp.connect(host, port, timeout=2)
    ftp.login(settings.FTP_USER, settings.FTP_PASSWORD)
    ftp.storbinary(f"STOR {name}", io.BytesIO(data))
    ftp.quit()


def gateway_status(host, port):
    conn = http.client.HTTPConnection(host, port, timeout=2)
    conn.request("GET", "/status")
    response = conn.getresponse()
    return response.status, response.read()


def fetch_prices(base_url):
    http = urllib3.PoolManager(
        retries=urllib3.Retry(total=2, backoff_factor=0.05, status_forcelist=[502, 503, 504])
    )
    response = http.request("GET", f"{base_url}/prices/day-ahead", timeout=2.0)
    return json.loads(response.data)


def gateway_hostname(meter_id, zone="grid.example"):
    return idna.encode(f"{meter_id.lower()}.{zone}").decode()


def raw_gateway_query(host, port, command):
    with socket.create_connection((host, port), timeout=0.5) as sock:
        sock.sendall(command + b"\n")
        return sock.recv(128)


def collector_get(url, cafile):
    context = ssl.create_default_context(cafile=cafile)
    with urllib.request.urlopen(url, context=context, timeout=2) as response:
        return response.read()


def send_alert(message):
    request = urllib.request.Request(
        settings.ALERTS_URL, data=json.dumps({"text": message}).encode(), method="POST"
    )
    with urllib.request.urlopen(request, timeout=2) as response:
        return response.status


def count_from_headers(response):
    return int(response.headers["X-Reading-Count"])
