import pytest
from lantern import settings


def test_no_section():
    settings.section("[other]\nurl = x\n", "db")


def test_interpolation():
    settings.interpolated("[db]\nurl = %(host)s/db\n")


def test_zone():
    settings.zone("Europe/Lantern")


def test_locale():
    settings.set_locale("xx_YY.UTF-8")


def test_port():
    settings.port()
