"""Where the outage desk's dependencies live (the stand-ins' addresses are set by the suite's session fixture)."""
IDP_URL = "http://127.0.0.1:0"
CONTROL_IDP_URL = "http://127.0.0.1:0"
PARTNER_TOKEN_URL = "http://127.0.0.1:18095/oauth2/token"
LDAP_HOST, LDAP_PORT = "127.0.0.1", 13895
OUTAGES_DSN = "host=127.0.0.1 port=19965 dbname=gridcall user=gridcall connect_timeout=3"
CREW_REDIS = ("127.0.0.1", 16395)
STATUS_REDIS = ("127.0.0.1", 0)
MEMCACHED = ("127.0.0.1", 11295)
SCADA_URL = "http://scada-gw.grid-ops.svc.cluster.local:8443"
METERS_URL = "http://127.0.0.1:0"
APPLIED_MIGRATIONS = ["0001_incidents", "0002_feeders", "0003_crews", "0004_calls", "0005_priority_customers"]
