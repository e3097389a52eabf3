"""The depot's resources: farm meters' connections, the month's export, herd histories, the tanker threads."""
import os
import socket
import threading


def read_meters(address, farms):
    """Reads every farm's meter, keeping each meter's connection open for the round's later readings."""
    meters = []
    for farm in farms:
        meter = socket.create_connection(address, timeout=1)
        meter.sendall(f"READ {farm}\n".encode())
        meters.append(meter)
    return len(meters)


def export_month(path, collections):
    with open(path, "w") as out:
        for n in range(collections):
            out.write(f"R{n % 40:02d},F{n:06d},2026-11-{n % 30 + 1:02d},{1200 + n % 900},4.1,3.4\n")
    return os.path.getsize(path)


def herd_history(cows, days=3650):
    # Every cow's daily yield over ten years, in memory while the herd report is built.
    yields = [0.0] * (cows * days)
    return len(yields) // days


def start_tankers(count):
    stop = threading.Event()
    threads = [threading.Thread(target=stop.wait, daemon=True) for _ in range(count)]
    try:
        for thread in threads:
            thread.start()
    finally:
        stop.set()
    return len(threads)
