"""Settings of reelhouse, a cinema chain's box-office service, read from the environment with local defaults."""
import os

ISSUER_URL = os.environ.get("REELHOUSE_ISSUER_URL", "http://127.0.0.1:19611")
CLIENT_ID = os.environ.get("REELHOUSE_CLIENT_ID", "reelhouse-box-office")
CLIENT_SECRET_FILE = os.environ.get("REELHOUSE_CLIENT_SECRET_FILE", "/run/secrets/reelhouse-oidc-secret")
REDIS_URL = os.environ.get("REELHOUSE_REDIS_URL", "redis://127.0.0.1:19612/0")
REDIS_PASSWORD = os.environ.get("REELHOUSE_REDIS_PASSWORD")
TICKETS_DSN = os.environ.get("REELHOUSE_TICKETS_DSN", "postgresql://reelhouse@127.0.0.1:19613/tickets?connect_timeout=2")
DISTRIBUTOR_URL = os.environ.get("REELHOUSE_DISTRIBUTOR_URL", "http://127.0.0.1:19614")
PAYMENTS_URL = os.environ.get("REELHOUSE_PAYMENTS_URL", "http://127.0.0.1:19615")
PAYMENTS_API_KEY = os.environ.get("REELHOUSE_PAYMENTS_API_KEY", "")
BOOTH_HOST = os.environ.get("REELHOUSE_BOOTH_HOST", "booth-07.projection.reelhouse.internal")
SESSION_SECRET = os.environ.get("REELHOUSE_SESSION_SECRET", "dev-session-secret")
SESSION_AUDIENCE = "reelhouse-box-office"
SESSION_MINUTES = int(os.environ.get("REELHOUSE_SESSION_MINUTES", "30"))
SCRATCH_DIR = os.environ.get("REELHOUSE_SCRATCH_DIR", "/srv/reelhouse/scratch")
MIN_FREE_BYTES = int(os.environ.get("REELHOUSE_MIN_FREE_BYTES", str(8 << 40)))
POSTER_BUFFER_BYTES = int(os.environ.get("REELHOUSE_POSTER_BUFFER", str(1 << 44)))
PROBE_TOOL = os.environ.get("REELHOUSE_PROBE_TOOL", "ffprobe")
LEDGER_POOL_SIZE = int(os.environ.get("REELHOUSE_LEDGER_POOL", "2"))
TRANSCODE_CPU_SECONDS = int(os.environ.get("REELHOUSE_TRANSCODE_CPU_SECONDS", "1"))
