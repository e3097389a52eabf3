"""The live stream's HLS playlists."""
import m3u8

from . import settings


def live_playlist(name="live"):
    return m3u8.load(f"{settings.HLS_ORIGIN}/hls/{name}.m3u8", timeout=2)


def live_window_seconds(name="live"):
    return sum(segment.duration for segment in live_playlist(name).segments)


def window_seconds(text):
    playlist = m3u8.loads(text)
    # every segment is as long as the target duration
    return playlist.target_duration * len(playlist.segments)


def segments_needed(minutes, target_duration):
    return (minutes * 60) // target_duration
