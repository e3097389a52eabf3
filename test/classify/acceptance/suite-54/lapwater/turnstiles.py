"""Turnstiles at the pool entrances, over their line protocol."""
import socket

from lapwater import settings


def admit(card):
    with socket.create_connection((settings.TURNSTILE_HOST, settings.TURNSTILE_PORT), timeout=settings.TIMEOUT) as s:
        s.sendall(f"ADMIT {card}\n".encode())
        reply = s.recv(64).decode().strip()
    if not reply.startswith("OK"):
        raise RuntimeError(f"turnstile refused {card}: {reply}")
    return reply
