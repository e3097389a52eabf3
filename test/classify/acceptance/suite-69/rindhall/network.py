"""The cave's peers over TLS: the grading feed, the mongers' portal, the weighbridge; its own webhook listener."""
import http.client
import socket
import ssl

from . import settings


def context(cafile=None, cert=None, key=None):
    ctx = ssl.create_default_context(cafile=cafile or str(settings.CERTS / "rindhall-ca.pem"))
    if cert:
        ctx.load_cert_chain(cert, key)
    return ctx


def fetch(host, port, path="/", ctx=None, timeout=5):
    conn = http.client.HTTPSConnection(host, port, context=ctx or context(), timeout=timeout)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def grading_feed():
    return fetch(settings.GRADING_HOST, settings.port("GRADING"))


def weighbridge():
    return fetch(settings.WEIGHBRIDGE_HOST, 443)


def listen_for_webhooks():
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", settings.port("WEBHOOK")))
    sock.listen()
    return sock


def retry_delays(attempts, base=0.5):
    # One delay before each retry: attempts - 1 of them.
    return [base * 2**i for i in range(1, attempts)]
