"""Account numbers and customer names (regex, with a time limit on matching)."""

import regex

# RM-<zone 2 letters>-<6 digits>, optionally with a check letter.
_ACCOUNT = regex.compile(r"^RM-(\p{Lu}{2})-(\d{6})([A-Z])?$")
_NAME = regex.compile(r"^(\p{L}+[ '-]?)+$")


def parse_account(text):
    found = _ACCOUNT.match(text)
    return {"zone": found.group(1), "number": found.group(2), "check": found.group(3)}


def valid_name(name):
    return _NAME.match(name, timeout=0.5) is not None


def normalise_name(name):
    return regex.sub(r"\s+", " ", name)
