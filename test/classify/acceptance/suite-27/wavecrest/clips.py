"""Promo clips cut from programme audio (pydub)."""
from pydub import AudioSegment

from . import settings


def trim(segment, start_s, end_s):
    return segment[start_s * 1000:end_s]


def promo(length_s):
    return AudioSegment.silent(duration=length_s * 1000, frame_rate=44100).set_channels(2)


def export_mp3(segment, path):
    AudioSegment.converter = settings.FFMPEG
    segment.export(path, format="mp3", bitrate="128k")
    return path


def export_wav(segment, path):
    segment.export(path, format="wav")
    return path


def fade_in_out(segment, ms):
    return segment.fade_in(ms).fade_out(ms)
