"""Settings, read from the environment with the defaults of a developer's machine."""

import os

MSSQL_HOST = os.environ.get("RILLMARK_MSSQL_HOST", "127.0.0.1")
MSSQL_PORT = int(os.environ.get("RILLMARK_MSSQL_PORT", "14330"))
MSSQL_USER = os.environ.get("RILLMARK_MSSQL_USER", "rillmark")
MSSQL_PASSWORD = os.environ.get("RILLMARK_MSSQL_PASSWORD", "rillmark")
MSSQL_DB = os.environ.get("RILLMARK_MSSQL_DB", "billing")

CLICKHOUSE_HOST = os.environ.get("RILLMARK_CLICKHOUSE_HOST", "127.0.0.1")
CLICKHOUSE_PORT = int(os.environ.get("RILLMARK_CLICKHOUSE_PORT", "19000"))

SOLR_URL = os.environ.get("RILLMARK_SOLR_URL", "http://127.0.0.1:18983/solr/customers")
SOLR_CORE = os.environ.get("RILLMARK_SOLR_CORE", "custmers")

ETCD_HOST = os.environ.get("RILLMARK_ETCD_HOST", "127.0.0.1")
ETCD_PORT = int(os.environ.get("RILLMARK_ETCD_PORT", "12379"))

RADIUS_HOST = os.environ.get("RILLMARK_RADIUS_HOST", "127.0.0.1")
RADIUS_PORT = int(os.environ.get("RILLMARK_RADIUS_PORT", "11812"))
RADIUS_SECRET = os.environ.get("RILLMARK_RADIUS_SECRET")

PORTAL_KEY_FILE = os.environ.get("RILLMARK_PORTAL_KEY_FILE", "/etc/rillmark/portal.key")

WEATHER_URL = os.environ.get("RILLMARK_WEATHER_URL", "http://127.0.0.1:18090/v2")
RAINFALL_URL = os.environ.get("RILLMARK_RAINFALL_URL", "http://rainfall.hydro.svc.cluster.local:8080/v1")
HTTP_TIMEOUT = float(os.environ.get("RILLMARK_HTTP_TIMEOUT", "1.0"))

SCADA_PORT = int(os.environ.get("RILLMARK_SCADA_PORT", "15020"))

EXPORT_DIR = os.environ.get("RILLMARK_EXPORT_DIR", "/var/lib/rillmark/exports")
GIS_TOOL = os.environ.get("RILLMARK_GIS_TOOL", "ogr2ogr")
