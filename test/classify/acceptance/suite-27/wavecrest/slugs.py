"""Web slugs for shows and episodes."""
from slugify import slugify


def show_slug(title):
    return slugify(title, max_length=24, word_boundary=True)


def episode_slug(show_title, number):
    return f"{show_slug(show_title)}-{number}"


def unique_slugs(titles):
    return {title: slugify(title, stopwords=["and", "the"]) for title in titles}
