"""Subtitle files: reading SubRip, shifting, checking reading speed, converting to WebVTT."""
import chardet
import pysrt

from . import settings


def load(path):
    """Reads a SubRip file as the vendor sent it."""
    with open(path, encoding="utf-8") as handle:
        return pysrt.from_string(handle.read())


def open_master(path):
    """Reads the studio's master file, whose encoding pysrt detects."""
    return pysrt.open(str(path))


def sniff(path):
    with open(path, "rb") as handle:
        return chardet.detect(handle.read())["encoding"]


def shift(subs, milliseconds):
    subs.shift(seconds=milliseconds)
    return subs


def overlaps(subs):
    found = []
    for first, second in zip(subs, subs[1:]):
        if second.start <= first.end:
            found.append((first.index, second.index))
    return found


def reading_speed(cue):
    seconds = (cue.end.ordinal - cue.start.ordinal) / 1000
    return round(len(cue.text.replace("\n", "")) / seconds, 1)


def too_fast(subs):
    return [cue.index for cue in subs if reading_speed(cue) > settings.MAX_CPS]


def to_webvtt(subs):
    lines = ["WEBVTT", ""]
    for cue in subs:
        lines.append(f"{cue.start} --> {cue.end}")
        lines.append(cue.text)
        lines.append("")
    return "\n".join(lines)


def style_depth(style):
    """Depth of a nested style definition ({"inherits": {...}})."""
    return 1 + style_depth(style.get("inherits", style))
