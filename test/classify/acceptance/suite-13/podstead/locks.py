"""Publishing a show's feed: one writer at a time, by a lock file beside the feed."""
from pathlib import Path

from filelock import FileLock


def _lock(feed_dir):
    return FileLock(str(Path(feed_dir) / "feed.xml.lock"), timeout=1)


def publish(feed_dir, xml):
    with _lock(feed_dir):
        (Path(feed_dir) / "feed.xml").write_text(xml)
    return True


def publish_all(feed_dir, versions):
    with _lock(feed_dir):
        for xml in versions:
            publish(feed_dir, xml)
    return len(versions)
