"""The checked-in exchange settings (config/bidlark.ini), read once at import."""
import configparser
import os

PATH = os.path.join(os.path.dirname(__file__), "..", "config", "bidlark.ini")

_parser = configparser.ConfigParser()
_parser.read(PATH)

FLOOR_CPM = _parser.getfloat("exchange", "floor_cpm")
TIMEOUT_MS = _parser.getint("exchange", "timeout_ms")
SMOOTHING = _parser.getfloat("pacing", "smoothing")
