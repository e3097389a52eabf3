"""Staging settings, as the CI runners get them."""
CACHE_HOST = "127.0.0.1"
CACHE_PORT = 51211          # the shared hive cache (memcached protocol)
IDP_URL = "http://127.0.0.1:58311"
TOKEN_SECRET = b"combwright-staging-secret-0123456789abcdef"
TOKEN_LIFETIME = 2          # seconds, staging
SESSION_STORE_MAX_KEYS = 64
WEATHER_URL = "http://127.0.0.1:58322"
FORAGE_MAP_URL = "http://forage-map.apiary.svc.cluster.local:8080"
RECORDS_DB = "records.sqlite3"
LABEL_TOOL = "glabels-3-batch"
