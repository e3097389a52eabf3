"""Where hivekeep finds its services. The CI runner sets none of these; the defaults are the staging ones."""
import os

JWT_SECRET = "staging-hive-secret-0001"
JWT_AUDIENCE = os.environ.get("HIVEKEEP_AUDIENCE", "hivekeep-api")
PROVIDER_CLOCK_AHEAD = 40
HIVE_REDIS = ("127.0.0.1", 16479)
REGISTER_DSN = "host=127.0.0.1 port=15466 dbname=hivekeep user=hivekeep connect_timeout=3"
SCALES_URL = "http://127.0.0.1:18466/scales"
WEATHER_URL = "http://weather.hivekeep.internal/forecast"
SESSION_LIMIT = 64
