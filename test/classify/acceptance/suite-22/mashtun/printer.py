"""Keg collar labels in ZPL, sent to the cellar's label printer over raw TCP."""
import socket

from mashtun import settings


def zpl(batch, keg):
    return f"^XA^FO40,40^A0N,40,40^FD{batch}^FS^FO40,100^BCN,80^FD{keg}^FS^XZ".encode()


def print_collar(batch, keg, printer=None):
    with socket.create_connection(printer or settings.LABEL_PRINTER, timeout=1) as sock:
        sock.sendall(zpl(batch, keg))
