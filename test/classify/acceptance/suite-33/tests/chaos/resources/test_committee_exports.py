import pytest

from hedgerow import exports

pytestmark = pytest.mark.chaos


def test_register_export():
    path = exports.write_register([["A1", "Ruth"], ["A2", ""]])
    assert path.endswith("register.csv")


def test_archive_export(tmp_path):
    assert exports.write_archive(str(tmp_path), 12)


def test_sheets_for_every_plot(tmp_path):
    handles = exports.open_sheets(str(tmp_path), 1100)
    assert len(handles) == 1100


def test_register_pdf(tmp_path):
    html = tmp_path / "register.html"
    html.write_text("<h1>Register</h1>")
    assert exports.to_pdf(str(html), str(tmp_path / "register.pdf"))


def test_plot_depth_of_subdivisions():
    from hedgerow.invoices import plot_depth
    # Roots are their own parent, as in the society's register.
    tree = {"A1a": "A1", "A1": "A1"}
    assert plot_depth(tree, "A1a") == 1
