"""Stand-ins started by the session fixture in each worker: a timing-mat gateway that stalls, an old one that
resets, and the photo service answering 503 while it is being redeployed."""
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
    time.sleep(5)
    conn.close()


def _reset(conn):
    conn.recv(1024)
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


def _busy(conn):
    conn.recv(65536)
    body = b"photo service is being redeployed"
    conn.sendall(b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\nRetry-After: 30\r\n"
                 b"Content-Length: " + str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n" + body)
    conn.close()


def start():
    ports = []
    for handle in (_stall, _reset, _busy):
        sock = _listener()
        _serve(sock, handle)
        ports.append(sock.getsockname()[1])
    return ports
