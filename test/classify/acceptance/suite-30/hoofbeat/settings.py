import os

ENV = os.environ.get

# Patient records: PostgreSQL through the psqlODBC driver.
RECORDS_DSN = ENV(
    "HOOFBEAT_RECORDS_DSN",
    "DRIVER={PostgreSQL Unicode};SERVER=127.0.0.1;PORT=15433;DATABASE=hoofbeat;UID=hoofbeat;PWD=hoofbeat",
)
# The reporting replica: the same server, read only.
REPORTS_DSN = ENV(
    "HOOFBEAT_REPORTS_DSN",
    "DRIVER={PostgreSQL Unicod};SERVER=127.0.0.1;PORT=15433;DATABASE=hoofbeat;UID=reports;PWD=reports",
)
ODBC_TIMEOUT = 2

# The diagnostic lab's SOAP service (the WSDL is shipped in config/).
LAB_WSDL = os.path.join(os.path.dirname(__file__), "..", "config", "lab.wsdl")
LAB_URL = ENV("HOOFBEAT_LAB_URL", "http://127.0.0.1:18810/lab")
LAB_TIMEOUT = 1
LAB_CALLBACK_URL = ENV("HOOFBEAT_LAB_CALLBACK", "http://results.hoofbeat.internal/lab/callback")

# X-ray studies are dropped on the imaging server by FTP.
PACS_HOST = ENV("HOOFBEAT_PACS_HOST", "127.0.0.1")
PACS_PORT = int(ENV("HOOFBEAT_PACS_PORT", "18821"))
PACS_USER = ENV("HOOFBEAT_PACS_USER", "hoofbeat")
PACS_PASSWORD = ENV("HOOFBEAT_PACS_PASSWORD", "")

# Formulary and price cache.
REDIS_URL = ENV("HOOFBEAT_REDIS_URL", "redis://127.0.0.1:16390/0")
CACHE_DIR = ENV("HOOFBEAT_CACHE_DIR", "/var/cache/hoofbeat/formulary")
CACHE_THRESHOLD = int(ENV("HOOFBEAT_CACHE_THRESHOLD", "2"))
CACHE_TTL = 2

# Single sign-on for the practice's staff (SAML).
IDP_METADATA_URL = ENV("HOOFBEAT_IDP_METADATA", "http://127.0.0.1:18830/saml/metadata")
SP_ENTITY_ID = "https://hoofbeat.example/saml"
SP_ACS_URL = ENV("HOOFBEAT_SP_ACS", "hoofbeat.example/saml/acs")
SP_CERT_FILE = ENV("HOOFBEAT_SP_CERT", "/etc/hoofbeat/saml/sp.crt")
SESSION_SECRET = ENV("HOOFBEAT_SESSION_SECRET", "dev-only-secret").encode()
SESSION_TTL = 1

# Label printer (CUPS) and the yard's weighbridge (USB).
CUPS_SERVER = ENV("HOOFBEAT_CUPS", "127.0.0.1:18631")
WEIGHBRIDGE_USB = (0x1A86, 0x7523)
DICOM_TO_PNG = ENV("HOOFBEAT_DCM2PNG", "dcmj2pnm")

# Pharmacy.
DOSE_DECIMALS = 1
