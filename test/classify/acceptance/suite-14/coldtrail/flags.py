"""Feature flags, kept in Consul's key/value store."""
import consul

from coldtrail import settings


def is_enabled(flag, default=False):
    kv = consul.Consul(host="127.0.0.1", port=settings.CONSUL_PORT).kv
    _, item = kv.get(f"coldtrail/flags/{flag}")
    if item is None:
        return default
    return item["Value"] == b"on"
