"""A small Redis client (RESP 2) for the glaze stock and the session store."""
import socket

from kilnrow import settings


class RedisError(Exception):
    pass


class ResponseError(RedisError):
    pass


class KV:
    def __init__(self, host=None, port=None, timeout=1.0):
        self.host = host or settings.REDIS_HOST
        self.port = port or settings.REDIS_PORT
        self.timeout = timeout
        self._sock = None
        self._buffer = b""

    def _connect(self):
        if self._sock is None:
            self._sock = socket.create_connection((self.host, self.port), timeout=self.timeout)
        return self._sock

    def execute(self, *args):
        sock = self._connect()
        parts = [f"*{len(args)}\r\n".encode()]
        for arg in args:
            data = str(arg).encode()
            parts.append(b"$%d\r\n%s\r\n" % (len(data), data))
        sock.sendall(b"".join(parts))
        return self._read()

    def _line(self):
        while b"\r\n" not in self._buffer:
            chunk = self._sock.recv(65536)
            if not chunk:
                raise ConnectionError("Connection closed by server.")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\r\n", 1)
        return line

    def _read(self):
        line = self._line()
        kind, rest = line[:1], line[1:].decode()
        if kind == b"+":
            return rest
        if kind == b"-":
            raise ResponseError(rest)
        if kind == b":":
            return int(rest)
        if kind == b"$":
            if rest == "-1":
                return None
            size = int(rest)
            while len(self._buffer) < size + 2:
                self._buffer += self._sock.recv(65536)
            data, self._buffer = self._buffer[:size], self._buffer[size + 2:]
            return data.decode()
        if kind == b"*":
            return [self._read() for _ in range(int(rest))]
        raise RedisError(f"Protocol error, got {line[:20]!r} as reply type byte")

    def get(self, key):
        return self.execute("GET", key)

    def set(self, key, value, ex=None):
        return self.execute("SET", key, value, *(("EX", ex) if ex else ()))

    def hincrby(self, key, field, amount):
        return self.execute("HINCRBY", key, field, amount)

    def hget(self, key, field):
        return self.execute("HGET", key, field)

    def flushdb(self):
        return self.execute("FLUSHDB")
