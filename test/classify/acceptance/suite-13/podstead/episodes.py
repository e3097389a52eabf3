"""Episodes: slugs, durations as players show them, ordering in a feed, release dates."""
import datetime as dt
import re


def slugify(title):
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def format_duration(seconds):
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes}:{secs:02d}"


def feed_order(episodes):
    return sorted(episodes, key=lambda e: (e["season"], e["number"]), reverse=True)


def schedule_release(episode, when, now=None):
    now = now or dt.datetime.now(dt.timezone.utc)
    if when <= now:
        raise ValueError(f"release time {when.isoformat()} is in the past")
    episode["release_at"] = when
    return episode


def chapter_marks(chapters):
    return [f"{format_duration(start)} {title}" for start, title in chapters]
