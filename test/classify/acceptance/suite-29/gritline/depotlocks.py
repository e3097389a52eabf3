"""Depot loading bays are locked through ZooKeeper (kazoo), so two gritters never load at one bay."""
from kazoo.client import KazooClient

from gritline import settings


def client():
    zk = KazooClient(hosts=settings.ZK_HOSTS, timeout=1.0)
    zk.start(timeout=1.0)
    return zk


def bay_lock(zk, depot, bay):
    return zk.Lock(f"/gritline/depots/{depot}/bays/{bay}", identifier="gritline")
