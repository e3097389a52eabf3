"""Hold-baggage screening machines, spoken to over their line protocol (one request line, one answer line)."""
import socket


def verdict(host, port, bag, timeout=None):
    with socket.create_connection((host, port), timeout=2) as sock:
        sock.settimeout(timeout)
        sock.sendall(f"SCAN {bag}\n".encode())
        answer = sock.makefile("rb").readline().decode().strip()
    status, _, detail = answer.partition(" ")
    if status != "CLEAR":
        raise RuntimeError(f"screening refused {bag}: {answer}")
    return detail
