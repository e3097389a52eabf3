"""The kiln feed: probe readings streamed through Redis to the shop floor's screens."""
import time


def stream(r, kiln, readings, pause):
    """Writes readings one by one as the probe sends them and returns how many the screens can see."""
    for n in range(readings):
        r.rpush(f"feed:{kiln}", 20 + n % 10)
        r.ltrim(f"feed:{kiln}", -100, -1)
        time.sleep(pause)
    return r.llen(f"feed:{kiln}")


def latest(r, kiln):
    raw = r.lindex(f"feed:{kiln}", -1)
    return int(raw) if raw is not None else None


def backlog(r, kiln):
    return r.llen(f"feed:{kiln}")
