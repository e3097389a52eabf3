"""The shipped target catalogue, read at import."""
import configparser
import os

_parser = configparser.ConfigParser()
_parser.read(os.path.join(os.path.dirname(__file__), "data", "targets.ini"))
TARGETS = dict(_parser["messier"])
