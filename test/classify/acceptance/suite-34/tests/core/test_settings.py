import importlib
import os

import pytest
import yaml

from rinseway import settings


@pytest.fixture
def shops(tmp_path):
    path = tmp_path / "shops.yaml"
    path.write_text(open("etc/rinseway.yaml").read())
    yield yaml.safe_load(path.read_text())
    os.remove(tmp_path / "shops.yaml")


def test_shops_listed(shops, tmp_path):
    (tmp_path / "shops.yaml").rename(tmp_path / "shops.old.yaml")
    assert [shop["code"] for shop in shops["shops"]] == ["LDN-01", "LDN-02"]



def test_region_setting():
    assert os.environ["RINSEWAY_REGION"] == "eu-west-2"
