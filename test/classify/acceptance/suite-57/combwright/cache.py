"""A small memcached text-protocol client, and the service's uses of the hive cache."""
import json
import socket
import threading
import time

from combwright import settings


class CacheError(Exception):
    pass


class Client:
    def __init__(self, host, port, timeout=2.0):
        self.sock = socket.create_connection((host, port), timeout=timeout)
        self.file = self.sock.makefile("rb")
        self.lock = threading.Lock()

    def _command(self, line, payload=None):
        with self.lock:
            data = line.encode() + b"\r\n"
            if payload is not None:
                data += payload + b"\r\n"
            self.sock.sendall(data)
            return self.file.readline().rstrip(b"\r\n")

    def set(self, key, value, ttl=0):
        payload = json.dumps(value).encode()
        reply = self._command(f"set {key} 0 {ttl} {len(payload)}", payload)
        if reply != b"STORED":
            raise CacheError(reply.decode())

    def get(self, key):
        with self.lock:
            self.sock.sendall(f"get {key}\r\n".encode())
            line = self.file.readline().rstrip(b"\r\n")
            if line == b"END":
                return None
            if line.startswith(b"SERVER_ERROR") or line.startswith(b"ERROR"):
                raise CacheError(line.decode())
            size = int(line.split()[3])
            payload = self.file.read(size + 2)[:-2]
            self.file.readline()
            return json.loads(payload)

    def delete(self, key):
        self._command(f"delete {key}")

    def close(self):
        self.sock.close()


def client():
    return Client(settings.CACHE_HOST, settings.CACHE_PORT)


def hive_weight(conn, hive, scale):
    key = f"weight:{hive}"
    cached = conn.get(key)
    if cached is not None:
        return cached
    value = scale(hive)
    conn.set(key, value, ttl=300)
    return value


def store_frame_image(conn, hive, frame, image):
    conn.set(f"frame:{hive}:{frame}", image, ttl=3600)


def save_draft(conn, inspector, draft):
    conn.set(f"draft:{inspector}", draft)


def resume_draft(conn, inspector):
    draft = conn.get(f"draft:{inspector}")
    return dict(draft)


_forecasts = {}


def forage_forecast(conn, apiary, fetch):
    """Forage forecast for an apiary, computed once and shared through the cache."""
    key = f"forecast:{apiary}"
    cached = conn.get(key)
    if cached is not None:
        return cached
    value = fetch(apiary)
    conn.set(key, value, ttl=600)
    return value


def colony_strength(conn, db, hive):
    key = f"colony:v2:{hive}"
    cached = conn.get(key)
    if cached is not None:
        return cached
    value = db[hive]["frames_of_bees"]
    conn.set(key, value, ttl=600)
    return value


def update_colony_strength(conn, db, hive, frames):
    db[hive]["frames_of_bees"] = frames
    conn.delete(f"colony:{hive}")


def queen_status(conn, db, hive):
    key = f"queen:{hive}"
    cached = conn.get(key)
    if cached is not None:
        return cached
    value = db[hive]["queen"]
    conn.set(key, value, ttl=600)
    return value


def _persist(db, hive, field, value):
    time.sleep(0.2)  # the records store's write round trip
    db[hive][field] = value


def record_queen_change(conn, db, hive, status):
    conn.delete(f"queen:{hive}")
    _persist(db, hive, "queen", status)
