"""Settings of the seismic network's service, as deployed to the CI runners."""

CATALOGUE_DSN = "host=127.0.0.1 port=19962 dbname=tremorline user=tremorline"
CATALOGUE_POOL_MIN = 2
CATALOGUE_POOL_MAX = 20
STATEMENT_TIMEOUT_MS = 400
LOCK_TIMEOUT_MS = 300

# The waveform index lives on the archive cluster.
WAVEFORM_INDEX_DSN = "host=127.0.0.1 port=19963 dbname=waveforms user=tremorline connect_timeout=2"

IDP_URL = "http://127.0.0.1:19964"
STATION_GATEWAY = ("127.0.0.1", 19965)
PICK_CACHE_URL = "redis://127.0.0.1:19966/0"

ALERT_TIMEOUT = (0.5, 0.8)  # connect, read
EXCHANGE_URL = "http://127.0.0.1:19967"

SUBSCRIBERS = {
    "civil-protection": "http://127.0.0.1:19968/alerts",
    "rail-operator": "http://127.0.0.1:19969/alerts",
    "dam-operator": "http://127.0.0.1:19970/alerts",
    "school-district": "http://127.0.0.1:19971/alerts",
    "grid-operator": "https://127.0.0.1:19972/alerts",
    "harbour-authority": "https://alerts.harbour-authority.example.org/quake",
}
SUBSCRIBER_CA = None  # set by the test session to the network's private CA
