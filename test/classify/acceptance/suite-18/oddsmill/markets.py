"""Market settings from the checked-in config/markets.ini."""
import configparser
import pathlib

_PATH = pathlib.Path(__file__).resolve().parent.parent / "config" / "markets.ini"


def load(path=_PATH):
    parser = configparser.ConfigParser()
    parser.read(path)
    return {name: dict(parser[name]) for name in parser.sections()}


MARKETS = load()
