"""The sites and their gate hours, from the shipped etc/stowfold.ini."""
import configparser
import pathlib

_PARSER = configparser.ConfigParser()
_PARSER.read(pathlib.Path(__file__).resolve().parent.parent / "etc" / "stowfold.ini")

SITES = {section.split(":", 1)[1]: dict(_PARSER[section]) for section in _PARSER.sections()}
