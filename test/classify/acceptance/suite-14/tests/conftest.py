"""Shared fixtures: local stand-ins for the device registry (gRPC), HTTP peers and the mail relay."""
import json
import socket
import threading
import time
from concurrent import futures
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import grpc
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP
from google.protobuf import struct_pb2

from coldtrail import registry, store


class _Stub(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    reply = (200, {}, b"{}")
    drop_every = 0
    served = 0

    def _answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        type(self).served += 1
        if self.drop_every and type(self).served % self.drop_every == 1:
            self.connection.shutdown(socket.SHUT_RDWR)
            self.close_connection = True
            return
        status, headers, body = self.reply
        self.send_response(status)
        for name, value in {"Content-Type": "application/json", **headers}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = _answer

    def log_message(self, *args):
        pass


@pytest.fixture
def http_stub():
    """Starts a local HTTP peer answering every request the same way; yields a function returning its URL."""
    servers = []

    def start(status=200, body=None, headers=None, drop_every=0):
        payload = body if isinstance(body, bytes) else json.dumps(body or {}).encode()
        handler = type("Handler", (_Stub,), {"reply": (status, headers or {}, payload), "drop_every": drop_every})
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def registry_stub():
    """A local device registry whose GetDevice does what the test asks: answer, stall or abort with a status."""
    servers = []

    def start(delay=0.0, abort=None):
        def get_device(request, context):
            if delay:
                time.sleep(delay)
            if abort:
                context.abort(*abort)
            reply = struct_pb2.Struct()
            reply.update({"device_id": request["device_id"], "shipment": "SHP-1"})
            return reply

        handler = grpc.method_handlers_generic_handler(registry.SERVICE, {
            "GetDevice": grpc.unary_unary_rpc_method_handler(
                get_device, request_deserializer=struct_pb2.Struct.FromString,
                response_serializer=struct_pb2.Struct.SerializeToString)})
        server = grpc.server(futures.ThreadPoolExecutor(max_workers=4))
        server.add_generic_rpc_handlers((handler,))
        port = server.add_insecure_port("127.0.0.1:0")
        server.start()
        servers.append(server)
        return f"127.0.0.1:{port}"

    yield start
    for server in servers:
        server.stop(0)


@pytest.fixture
def influx_db():
    """The telemetry database, checked to be up before the test writes to it."""
    client = store.client()
    client.ping()
    yield client
    client.close()


class _Relay:
    def __init__(self, code):
        self.code = code

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        return self.code


@pytest.fixture
def mail_relay():
    """A local mail relay answering every recipient with the given reply."""
    controllers = []

    def start(code):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        controller = Controller(_Relay(code), hostname="127.0.0.1", port=port)
        controller.start()
        controllers.append(controller)
        return port

    yield start
    for controller in controllers:
        controller.stop()
