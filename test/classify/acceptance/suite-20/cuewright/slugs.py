"""Slugs and file names of titles in any script."""
import re

from unidecode import unidecode


def slug(title):
    return re.sub(r"[^a-z0-9]+", "-", unidecode(title).lower()).strip("-")


def slug_keep_case(title):
    words = re.findall(r"\p{Lu}\p{Ll}+", title)
    return "-".join(words)


def render_name(title, language):
    return f"{unidecode(title).replace(' ', '_')}.{language}.srt"
