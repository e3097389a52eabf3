"""Waveform archive: per-channel files of a day, and miniSEED-like exports."""

import os


def open_channels(folder, channels):
    """Opens one append file per channel of the network for the day's acquisition."""
    handles = {}
    for channel in channels:
        handles[channel] = open(os.path.join(folder, f"{channel}.raw"), "ab")
    return handles


def export_day(path, samples_per_channel, channels):
    block = b"\x00\x01" * samples_per_channel
    with open(path, "wb") as out:
        for _ in range(channels):
            out.write(block)
    return os.path.getsize(path)
