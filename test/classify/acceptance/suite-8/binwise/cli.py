"""The `binwise` command line used on the floor's terminals."""
import click

from binwise.locations import parse_location


@click.group()
def main():
    """binwise warehouse tools."""


@main.command()
@click.argument("location")
@click.option("--check", is_flag=True, help="Report the differences without writing them.")
def recount(location, check):
    """Start a cycle count of LOCATION."""
    where = parse_location(location)
    click.echo(f"recount {where}{' (check only)' if check else ''}")


@main.command()
@click.argument("sscc")
def reprint(sscc):
    """Reprint the label of a shipped unit."""
    click.echo(f"reprint {sscc}")
