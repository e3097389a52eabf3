import socket

from bowstring import settings


class KVError(Exception):
    pass


class KV:
    """A small RESP client for the stand cache (the orchestra's Redis)."""

    def __init__(self, host=None, port=None):
        self.sock = socket.create_connection((host or settings.KV_HOST, port or settings.KV_PORT), timeout=1)
        self.buffer = b""

    def execute(self, *args):
        payload = f"*{len(args)}\r\n".encode()
        for arg in args:
            data = str(arg).encode()
            payload += f"${len(data)}\r\n".encode() + data + b"\r\n"
        self.sock.sendall(payload)
        return self._reply()

    def _line(self):
        while b"\r\n" not in self.buffer:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("KV closed the connection")
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\r\n", 1)
        return line

    def _reply(self):
        line = self._line()
        kind, rest = line[:1], line[1:].decode()
        if kind == b"-":
            raise KVError(rest)
        if kind == b"+":
            return rest
        if kind == b":":
            return int(rest)
        if kind == b"$":
            if rest == "-1":
                return None
            return self._line().decode()
        raise KVError(f"unknown reply {line!r}")

    def flushdb(self):
        return self.execute("FLUSHDB")
