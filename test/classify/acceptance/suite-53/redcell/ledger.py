"""The regional stock ledger: a line protocol over TCP (QUERY ...\n -> OK json\n)."""
import json
import socket

from redcell import settings


class LedgerError(Exception):
    pass


class Ledger:
    def __init__(self, host=settings.LEDGER_HOST, port=settings.LEDGER_PORT, timeout=settings.LEDGER_TIMEOUT):
        self.sock = socket.create_connection((host, port), timeout=timeout)
        self.reader = self.sock.makefile("rb")

    def query(self, statement):
        self.sock.sendall(statement.encode() + b"\n")
        line = self.reader.readline()
        if not line:
            raise LedgerError("ledger closed the connection")
        status, _, body = line.decode().rstrip("\n").partition(" ")
        if status != "OK":
            raise LedgerError(body)
        return json.loads(body)

    def close(self):
        self.reader.close()
        self.sock.close()
