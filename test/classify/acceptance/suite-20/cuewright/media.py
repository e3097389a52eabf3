"""Burning subtitles into previews with ffmpeg, and writing render outputs."""
import os
import subprocess
import threading
from pathlib import Path

from . import settings


def burn_in(video, subtitles, output):
    subprocess.run(["ffmpeg", "-y", "-i", str(video), "-vf", f"subtitles={subtitles}", str(output)],
                   check=True, capture_output=True)
    return output


def render_folder(project):
    folder = Path(settings.RENDER_DIR) / project
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def write_render(path, size):
    chunk = b"\0" * (1 << 20)
    with open(path, "wb") as handle:
        for _ in range(size // len(chunk)):
            handle.write(chunk)
    return os.path.getsize(path)


def split_per_cue(folder, cues):
    handles = []
    try:
        for number, text in enumerate(cues, 1):
            handle = open(Path(folder) / f"cue-{number:05}.txt", "w", encoding="utf-8")  # noqa: SIM115
            handle.write(text)
            handles.append(handle)
    except OSError:
        for handle in handles:
            handle.close()
        raise
    return len(handles)


def output_name(folder, title, language):
    path = Path(folder) / f"{title}.{language}.srt"
    path.write_text("", encoding="utf-8")
    return path


def waveform_all(tracks):
    results = {}

    def work(track):
        results[track] = sum(track.encode())
        threading.Event().wait(2)

    threads = [threading.Thread(target=work, args=(track,), daemon=True) for track in tracks]
    for thread in threads:
        thread.start()
    return len(results)
