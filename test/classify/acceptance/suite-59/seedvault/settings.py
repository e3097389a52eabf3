"""Settings of the seed bank's service, as the CI runners have them."""
VAULT_DSN = "postgresql://seedvault@127.0.0.1:19859/seedvault"
REPLICA_DSN = "postgresql://seedvault@127.0.0.1:19859/seedvault_replica"
ARCHIVE_DSN = "postgresql://seedvault@127.0.0.1:19860/herbarium?connect_timeout=2"
STATEMENT_TIMEOUT_MS = 500
LOCK_TIMEOUT_MS = 300
INTAKE_POOL_MIN = 1
INTAKE_POOL_MAX = 8
# Applied in this order by vault.migrate.
MIGRATIONS = ["001_accessions.sql", "002_germination.sql"]

IDP_URL = "http://127.0.0.1:19861"
FEDERATION_IDP_URL = "http://127.0.0.1:19862"
TOKEN_AUDIENCE = "seedvault-api"
TOKEN_LEEWAY_S = 0
CLIENT_ID = "seedvault"

SENSOR_FEED_URL = "http://127.0.0.1:19863"
SENSOR_TIMEOUT_S = 0.5
LABEL_TOOL = "glabels-3-batch"
VOLUNTEER_AUDIENCE = "seedvault"
