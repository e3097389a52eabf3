"""Settings of the callout service as the CI runners have them."""

# The region's identity provider (team members' sign-in, the bridge's client credentials, roles).
IDP_URL = "http://127.0.0.1:47511"
IDP_ISSUER = "https://id.fells-region.test"
TOKEN_AUDIENCE = "fellcall"
CLIENT_ID = "fellcall-web"
CLIENT_SECRET = "heather-and-scree"
# The dispatch bridge's own client at the provider (rotated by the region in the spring).
BRIDGE_CLIENT_ID = "fellcall-bridge"
BRIDGE_CLIENT_SECRET = "bridge-2025-autumn"
# Keys the service trusts for tokens the national federation issues, pinned in the repository.
FEDERATION_JWKS_FILE = "fellcall/federation-jwks.json"
TOKEN_LEEWAY = 0

# The ambulance service's dispatch gateway that raises callouts.
DISPATCH_URL = "http://127.0.0.1:47512"
# The mountain weather feed and the avalanche bulletin.
WEATHER_URL = "http://127.0.0.1:47513"
AVALANCHE_URL = "http://127.0.0.1:47514"
WEATHER_TIMEOUT = (0.5, 0.5)
# The radio repeater controller on the fell top and its in-cluster status name.
REPEATER_URL = "http://127.0.0.1:47515"
REPEATER_STATUS_HOST = "repeaters.fellcall.internal"
REPEATER_TIMEOUT = (0.5, 2)
# The map tile service (TLS) and its name on the certificate.
MAPS_URL = "https://127.0.0.1:47516"
MAPS_CA_FILE = None
# The pager gateway that alerts team members.
PAGER_URL = "http://127.0.0.1:47517"
PAGER_API_KEY = "pg-live-7f3a91"

KIT_DB = "kit.sqlite3"
ROUTE_TOOL = "gpsbabel"
