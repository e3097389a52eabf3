"""Settings, from the environment (WAVECREST_*) with the studio's defaults."""
import json
import os
from pathlib import Path

PLAYOUT_HOST = os.environ.get("WAVECREST_PLAYOUT_HOST", "127.0.0.1")
PLAYOUT_PORT = int(os.environ.get("WAVECREST_PLAYOUT_PORT", "18670"))
LICENSING_URL = os.environ.get("WAVECREST_LICENSING_URL", "http://127.0.0.1:18671")
LICENSING_KEY = os.environ.get("WAVECREST_LICENSING_KEY", "studio-dev-key")
HLS_ORIGIN = os.environ.get("WAVECREST_HLS_ORIGIN", "http://127.0.0.1:18672")
CHARTS_URL = os.environ.get("WAVECREST_CHARTS_URL", "http://charts.wavecrest.internal:8080")
ANNOUNCE_LANG = os.environ.get("WAVECREST_ANNOUNCE_LANG", "cy")
FFMPEG = os.environ.get("WAVECREST_FFMPEG", "/opt/ffmpeg-static/bin/ffmpeg")
GNUPG_HOME = os.environ.get("WAVECREST_GNUPG_HOME", "/etc/wavecrest/gnupg")
LOG_DIR = os.environ.get("WAVECREST_LOG_DIR", "/var/log/wavecrest")

_STATION = json.loads((Path(__file__).parent / "data" / "station.json").read_text())
TERRITORY = _STATION["territory"]
STATION_NAME = _STATION["name"]
