"""Where buildyard's services live; every value can be overridden from the environment (BUILDYARD_*)."""
import os


def _env(name, default):
    return os.environ.get(f"BUILDYARD_{name}", default)


ARTIFACT_URL = _env("ARTIFACT_URL", "http://127.0.0.1:18081")
CACHE_URL = _env("CACHE_URL", "http://127.0.0.1:18082")
FORGE_URL = _env("FORGE_URL", "http://127.0.0.1:18083")
MIRROR_URL = _env("MIRROR_URL", "http://mirror.buildyard.svc.cluster.local:8080")
HISTORY_DB = {
    "host": _env("HISTORY_HOST", "127.0.0.1"),
    "port": int(_env("HISTORY_PORT", "13307")),
    "user": _env("HISTORY_USER", "buildyard"),
    "password": _env("HISTORY_PASSWORD", "buildyard"),
    "database": "history",
}
AGENT_CONTROL = (_env("AGENT_HOST", "127.0.0.1"), int(_env("AGENT_PORT", "17070")))
STEP_TIMEOUT = float(_env("STEP_TIMEOUT", "0.5"))
CACHE_DIR = _env("CACHE_DIR", "/var/cache/buildyard")
SECRETS_DIR = _env("SECRETS_DIR", "/run/secrets/buildyard")
