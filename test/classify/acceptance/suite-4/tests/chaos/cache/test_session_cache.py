import os
import random

from tollgate import cache

CONFIG = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "..", "..", "config", "cache.yaml"))


def test_local_cache_roundtrip():
    local = cache.LocalCache()
    local.set("session:anna", {"plate": "AB-123"})
    assert local.get("session:anna") == {"plate": "AB-123"}


def test_key_prefix():
    assert cache.LocalCache("tg2").key("x") == "tg2:x"


def test_key_for_flat_dict():
    assert cache.key_for({"b": 1, "a": [1, 2]}) == "{a=[1,2],b=1}"


def test_redis_session_roundtrip():
    redis_client = cache.client()
    redis_client.set("tg:session:anna", "AB-123", ex=60)
    assert redis_client.get("tg:session:anna") == b"AB-123"


def test_ttl_minutes_rounds_half_up():
    assert cache.ttl_minutes(90) == 2
    assert cache.ttl_minutes(150) == 3


def test_explicit_options_win_over_defaults():
    options = cache.merge_options({"ttl": 30, "compress": True})
    assert options == {"ttl": 30, "prefix": "tg", "compress": True, "serializer": "json"}


def test_key_for_session_with_user():
    session = {"id": "s-1", "plate": "AB-123"}
    user = {"id": 42, "sessions": [session]}
    session["user"] = user
    assert cache.key_for(session).startswith("{id=s-1")


def test_cache_tiers_config():
    tiers = cache.load_config(CONFIG)["tiers"]
    assert tiers["warm"]["ttl"] == 900


def test_evicting_a_user_keeps_admin_session():
    local = cache.LocalCache()
    users = ["session:admin", "session:anna", "session:bo", "session:cy", "session:dee"]
    for name in users:
        local.set(name, {"user": name})
    victim = random.choice(users)
    local.evict(victim)
    assert local.get("session:admin") is not None
