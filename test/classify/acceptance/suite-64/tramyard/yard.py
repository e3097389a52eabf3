"""CCTV clips, the year's mileage export, the network's travel-time matrix, passenger connections."""
import os
import subprocess
import threading

_clips = []


def open_cctv_clips(folder, count):
    for n in range(count):
        _clips.append(open(os.path.join(folder, f"clip-{n}.ts"), "wb"))
    return len(_clips)


def close_cctv_clips():
    while _clips:
        _clips.pop().close()


def export_mileage(folder, rows):
    path = os.path.join(folder, "mileage.csv")
    with open(path, "w") as out:
        for n in range(rows):
            out.write(f"{n},T{n % 60:02d},{n * 37 % 1000}.5,route {n % 12}\n")
    return os.path.getsize(path)


def travel_time_matrix(stops):
    # seconds between every pair of stops, for every minute of the service day
    return bytearray(stops * stops * 1200 * 2)


def connect_passengers(users):
    connected = []
    done = threading.Event()

    def passenger(n):
        connected.append(n)
        done.wait(0.2)

    threads = [threading.Thread(target=passenger, args=(n,)) for n in range(users)]
    try:
        for thread in threads:
            thread.start()
    finally:
        done.set()
    for thread in threads:
        if thread.ident:
            thread.join()
    return len(connected)


def transcode_clip(source, target):
    subprocess.run(["ffmpeg", "-loglevel", "error", "-i", source, target], check=True)
    return os.path.exists(target)
