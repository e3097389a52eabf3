"""Caches: show metadata in Redis (dogpile.cache), rendered charts on local disk (diskcache)."""
import time

import diskcache
from dogpile.cache import make_region

from podstead import settings

shows = make_region().configure(
    "dogpile.cache.redis",
    expiration_time=300,
    arguments={"url": settings.CACHE_URL, "socket_timeout": 1, "distributed_lock": False},
)
titles = make_region().configure("dogpile.cache.memory", expiration_time=3600)

_catalog = {}
_fonts = []


def show_summary(show_id):
    return shows.get_or_create(f"show:{show_id}", lambda: {"id": show_id, "episodes": 0})


def cache_show(show_id, summary):
    shows.set(f"show:{show_id}", summary)


def save_title(show_id, title):
    _catalog[show_id] = title


@titles.cache_on_arguments()
def show_title(show_id):
    return _catalog[show_id]


def rename_show(show_id, title):
    _catalog[show_id] = title


def chart_cache(directory=None):
    return diskcache.Cache(directory or settings.CHART_CACHE_DIR)


def record_hit(directory, chart):
    with diskcache.Cache(directory, timeout=0.05) as cache:
        cache.incr(f"hits:{chart}", default=0)


def refresh_chart(directory, chart, entries):
    with chart_cache(directory) as cache:
        with cache.transact():
            cache.set(f"chart:{chart}", list(entries))
            record_hit(directory, chart)
        return cache.get(f"chart:{chart}")


def render_chart(entries):
    if not _fonts:
        time.sleep(0.3)
        _fonts.append("inter")
    return "\n".join(f"{rank}. {title}" for rank, title in enumerate(entries, 1))
