"""Uploaded audio: its duration (mutagen), loudness, transcoding (ffmpeg) in a thread pool."""
import math
import subprocess
import threading
from concurrent.futures import ThreadPoolExecutor

import mutagen

from podstead import settings

_executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="transcode")


def duration(path):
    return round(mutagen.File(path).info.length)


def durations(paths):
    return list(_executor.map(duration, paths))


def shutdown():
    _executor.shutdown(wait=True)


def transcode(source, target, bitrate="64k"):
    subprocess.run([settings.TRANSCODER, "-y", "-i", str(source), "-b:a", bitrate, str(target)],
                   check=True, capture_output=True)
    return target


def loudness_db(samples):
    rms = math.sqrt(sum(s * s for s in samples) / len(samples))
    return 20 * math.log10(rms)


def write_segments(target, count, size=1 << 20):
    with open(target, "wb") as handle:
        for _ in range(count):
            handle.write(b"\xff\xfb" * (size // 2))
    return target


def open_segments(folder, count):
    return [open(folder / f"seg-{i:05d}.ts", "wb") for i in range(count)]


def prefetch(segment_ids, fetch):
    threads = [threading.Thread(target=fetch, args=(sid,)) for sid in segment_ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return len(threads)


def mix_buffer(frames, channels=2, sample_bytes=4):
    return bytearray(frames * channels * sample_bytes)
