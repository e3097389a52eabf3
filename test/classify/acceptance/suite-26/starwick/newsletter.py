"""The monthly sky newsletter, written in Markdown (markdown-it) and a rich table for the front desk."""
from markdown_it import MarkdownIt
from rich.console import Console
from rich.table import Table

_md = MarkdownIt("commonmark")


def render(text):
    return _md.render(text)


def desk_table(rows, width=40):
    table = Table("night", "event", "seats")
    for night, event, seats in rows:
        table.add_row(night, event, str(seats))
    console = Console(width=width, record=True, color_system=None)
    console.print(table)
    return console.export_text()
