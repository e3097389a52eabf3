"""Events from the warehouse floor: conveyors (MQTT), scanners (ZeroMQ), the WMS bus (STOMP and AMQP),
wave locks (ZooKeeper), and the event archive."""
import json

import amqp
import lz4.frame
import msgpack
import paho.mqtt.client as mqtt
import stomp
import zmq
import zstandard
from kazoo.client import KazooClient

from binwise import settings


def conveyor_client():
    client = mqtt.Client(client_id="binwise-conveyor")
    client.connect(settings.MQTT_HOST, settings.MQTT_PORT, keepalive=10)
    return client


def publish_divert(client, tote, lane):
    return client.publish(f"conveyor/divert/{lane}", json.dumps({"tote": tote}), qos=1)


def coordinator():
    zk = KazooClient(hosts=settings.ZOOKEEPER_HOSTS, timeout=1.0)
    zk.start(timeout=2)
    return zk


def wms_bus():
    conn = stomp.Connection([settings.STOMP_BROKER], reconnect_attempts_max=1, reconnect_sleep_initial=0.1)
    conn.connect("binwise", "binwise", wait=True)
    return conn


def amqp_channel(port):
    conn = amqp.Connection(host=f"127.0.0.1:{port}", userid="binwise", password="binwise", connect_timeout=2)
    conn.connect()
    return conn.channel()


class ScannerLink:
    def __init__(self, endpoint=None, timeout_ms=None):
        self._context = zmq.Context.instance()
        self._socket = self._context.socket(zmq.REQ)
        self._socket.setsockopt(zmq.LINGER, 0)
        self._socket.setsockopt(zmq.RCVTIMEO, timeout_ms or settings.SCANNER_TIMEOUT_MS)
        self._socket.connect(endpoint or settings.SCANNER_GATEWAY)

    def request(self, command):
        self._socket.send_json(command)
        return self._socket.recv_json()

    def request_many(self, commands):
        for command in commands:
            self._socket.send_json(command)
        return [self._socket.recv_json() for _ in commands]

    def close(self):
        self._socket.close()


def encode_frame(event):
    return msgpack.packb(event)


def decode_frames(buffer):
    """The events in one read from a scanner's serial bridge."""
    return msgpack.unpackb(buffer)


def archive_events(events):
    return lz4.frame.compress(json.dumps(events).encode())


def read_archive(blob):
    return json.loads(zstandard.ZstdDecompressor().decompress(blob))
