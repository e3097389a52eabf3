"""Settings as the CI runners have them (the suite's session fixture points the stand-ins' URLs here)."""
IDP_URL = "http://127.0.0.1:1"
IDP_SECRET = "tram-operations-2026"
AUDIENCE = "tramyard"
CACHE_URL = "redis://127.0.0.1:6479/0"
FLEET_DSN = "host=127.0.0.1 port=5499 dbname=fleet user=tramyard connect_timeout=2"
FEED_ADDRESS = ("127.0.0.1", 7991)
SIGNALS_URL = "http://signals.tramyard.internal/api"
PASSENGER_INFO_URL = "http://127.0.0.1:1"
TELEMETRY_ADDRESS = ("127.0.0.1", 1)
# Outgoing connections to the vehicles' gateways leave from the ports the depot's firewall opens.
GATEWAY_SOURCE_PORTS = range(47110, 47142)
READ_TIMEOUT = 1.0
