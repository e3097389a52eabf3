"""The peers cordwood's suite talks to, on free ports of 127.0.0.1: the shared cache server (`GET key` / `SET key
value`, one line each way), a cache that accepts and never answers, and one that resets every connection.
Writes {"cache": port, "stall": port, "reset": port} as JSON to argv[1] once they listen; runs until killed."""
import json
import os
import socket
import struct
import sys
import threading
import time

store = {}


def listener():
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    return sock


def serve_cache(conn):
    with conn:
        line = conn.makefile().readline().split(" ", 2)
        if line[0] == "SET" and len(line) == 3:
            store[line[1]] = line[2].strip()
            conn.sendall(b"OK\n")
        elif line[0] == "GET" and len(line) == 2:
            conn.sendall(store.get(line[1].strip(), "").encode() + b"\n")


def stall(conn):
    time.sleep(30)
    conn.close()


def reset(conn):
    conn.recv(100)
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


def loop(sock, handler):
    while True:
        conn, _ = sock.accept()
        threading.Thread(target=handler, args=(conn,), daemon=True).start()


socks = {"cache": (listener(), serve_cache), "stall": (listener(), stall), "reset": (listener(), reset)}
for sock, handler in socks.values():
    threading.Thread(target=loop, args=(sock, handler), daemon=True).start()
tmp = sys.argv[1] + ".tmp"
with open(tmp, "w") as out:
    json.dump({name: sock.getsockname()[1] for name, (sock, _) in socks.items()}, out)
os.rename(tmp, sys.argv[1])
while True:
    time.sleep(3600)
