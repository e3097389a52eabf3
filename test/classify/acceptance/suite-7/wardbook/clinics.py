"""Clinic definitions and the service's own configuration files."""
import configparser
import ipaddress
import tomllib

import yaml

from wardbook import settings


def load_clinics(path=None):
    with open(path or settings.CLINICS_FILE, "rb") as handle:
        return tomllib.load(handle)


def load_rota(path):
    with open(path) as handle:
        return yaml.load(handle)


def load_ini(path):
    parser = configparser.ConfigParser()
    parser.read(path)
    return {"user": parser["pas"]["user"], "password": parser["pas"]["password"]}


def allowed_networks():
    return [ipaddress.ip_network(net.strip()) for net in settings.ALLOWED_NETWORKS.split(",")]
