from click.testing import CliRunner

from binwise.cli import main


def test_recount_a_location():
    result = CliRunner().invoke(main, ["recount", "B-04-01"])
    assert result.exit_code == 0
    assert result.output == "recount B-04-01\n"


def test_recount_without_writing():
    result = CliRunner().invoke(main, ["recount", "--dry-run", "B-04-01"])
    assert result.exit_code == 0, result.output
    assert "check only" in result.output


def test_reprint():
    result = CliRunner().invoke(main, ["reprint", "003760123450000017"])
    assert result.output.startswith("reprint 0037")
