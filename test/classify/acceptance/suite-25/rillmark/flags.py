"""Feature flags and maintenance windows kept in etcd (python-etcd)."""

import etcd

from rillmark import settings


def client():
    return etcd.Client(host=settings.ETCD_HOST, port=settings.ETCD_PORT, read_timeout=1)


def flag(name, default=False):
    try:
        return client().read(f"/rillmark/flags/{name}").value == "on"
    except etcd.EtcdKeyNotFound:
        return default


def set_maintenance(zone, until):
    client().write(f"/rillmark/maintenance/{zone}", until, ttl=3600)
