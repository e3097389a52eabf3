"""The shipped screen plan (etc/screens.ini), read when the module is imported."""
import configparser
import pathlib

PLAN_FILE = pathlib.Path(__file__).resolve().parent.parent / "etc" / "screens.ini"

_parser = configparser.ConfigParser()
_parser.read(PLAN_FILE)
CAPACITY = {section: _parser.getint(section, "seats") for section in _parser.sections()}
