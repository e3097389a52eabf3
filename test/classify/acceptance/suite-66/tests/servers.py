"""Stand-ins started by the session fixture: an apiary telemetry hub that stalls and one that resets."""
import socket
import struct
import threading
import time


def _listener():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    return sock


def _serve(sock, handle):
    def loop():
        while True:
            conn, _ = sock.accept()
            threading.Thread(target=handle, args=(conn,), daemon=True).start()

    threading.Thread(target=loop, daemon=True).start()


def _stall(conn):
    conn.recv(1024)
    time.sleep(30)
    conn.close()


def _reset(conn):
    conn.recv(1024)
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


def _answer(conn):
    conn.recv(1024)
    conn.sendall(b"OK 42.5\n")
    conn.close()


def start():
    ports = []
    for handle in (_stall, _reset, _answer):
        sock = _listener()
        _serve(sock, handle)
        ports.append(sock.getsockname()[1])
    return ports
