"""Settings, read from the environment with the defaults of a developer's machine."""
import os

PG_DSN = os.environ.get("SNOWGATE_PG_DSN", "host=127.0.0.1 port=15432 dbname=snowgate user=snowgate connect_timeout=2")
REDIS_URL = os.environ.get("SNOWGATE_REDIS_URL", "redis://127.0.0.1:16379/0")

PASS_SIGNING_KEY_FILE = os.environ.get("SNOWGATE_PASS_SIGNING_KEY_FILE", "/etc/snowgate/pass-signing.pem")
PASS_AUDIENCE = os.environ.get("SNOWGATE_PASS_AUDIENCE", "snowgate-gates")
PASS_SECRET = os.environ.get("SNOWGATE_PASS_SECRET", "")

WEATHER_API = os.environ.get("SNOWGATE_WEATHER_API", "http://127.0.0.1:18110/v2")
WEATHER_API_KEY = os.environ.get("SNOWGATE_WEATHER_API_KEY", "")
AVALANCHE_BULLETIN_URL = os.environ.get("SNOWGATE_AVALANCHE_URL", "http://bulletin.avalanche.snowgate.internal/api/today")

SNOW_CANNONS = (("127.0.0.1", 16161), ("127.0.0.1", 16162))
SNMP_COMMUNITY = os.environ.get("SNOWGATE_SNMP_COMMUNITY", "public")

LIFT_CONTROLLER = (os.environ.get("SNOWGATE_LIFT_CONTROLLER_HOST", "127.0.0.1"), int(os.environ.get("SNOWGATE_LIFT_CONTROLLER_PORT", "12222")))
LIFT_CAN_CHANNEL = os.environ.get("SNOWGATE_LIFT_CAN_CHANNEL", "can0")

MAIL_RELAY = (os.environ.get("SNOWGATE_MAIL_HOST", "127.0.0.1"), int(os.environ.get("SNOWGATE_MAIL_PORT", "12525")))

PISTE_MAP_CRS = os.environ.get("SNOWGATE_PISTE_MAP_CRS", "ESPG:25833")
GPS_CRS = "EPSG:4326"

RESORT_LATITUDE = float(os.environ.get("SNOWGATE_RESORT_LATITUDE", "78.22"))
RESORT_LONGITUDE = float(os.environ.get("SNOWGATE_RESORT_LONGITUDE", "15.65"))
RESORT_TIMEZONE = os.environ.get("SNOWGATE_RESORT_TIMEZONE", "Arctic/Longyearbyen")

HOLIDAY_COUNTRY = os.environ.get("SNOWGATE_HOLIDAY_COUNTRY", "NOR")
HOLIDAY_REGION = os.environ.get("SNOWGATE_HOLIDAY_REGION", "")

EXPORT_DIR = os.environ.get("SNOWGATE_EXPORT_DIR", "/var/lib/snowgate/exports")
RENTALS_DB = os.environ.get("SNOWGATE_RENTALS_DB", ":memory:")
