"""The machine the feed runs on: descriptors, files, threads, locales, time zones."""
import locale
import resource
import socket
import threading
import zoneinfo

from oddsmill import settings


def raise_open_files(target):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (target, target))
    return target


def open_subscriber_sockets(count):
    return [socket.socket() for _ in range(count)]


def write_export(path, rows):
    with open(path, "w") as handle:
        for row in rows:
            handle.write(row)


def start_watchers(count, stop):
    threads = [threading.Thread(target=stop.wait) for _ in range(count)]
    for thread in threads:
        thread.start()
    return threads


def local_time_zone():
    return zoneinfo.ZoneInfo(settings.TIMEZONE)


def format_stake(amount):
    locale.setlocale(locale.LC_ALL, settings.LOCALE)
    return locale.currency(amount, grouping=True)


def market_depth(node):
    return 1 + max((market_depth(child) for child in node["children"]), default=0)
