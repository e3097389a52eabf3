import os

ENV = os.environ.get

# Members and staff sign in through the company's Keystone.
IDENTITY_URL = ENV("CRAGLOFT_IDENTITY_URL", "http://127.0.0.1:19350/v3")
IDENTITY_USER = ENV("CRAGLOFT_IDENTITY_USER", "cragloft-desk")
IDENTITY_PASSWORD = ENV("CRAGLOFT_IDENTITY_PASSWORD", "")
IDENTITY_PROJECT = "cragloft"
IDENTITY_TIMEOUT = 1

# The route board (grades, setters, photos) is cached in Redis.
BOARD_REDIS_HOST = ENV("CRAGLOFT_BOARD_REDIS_HOST", "127.0.0.1")
BOARD_REDIS_PORT = int(ENV("CRAGLOFT_BOARD_REDIS_PORT", "19360"))

# Door controllers speak a line protocol over TCP (Twisted).
DOOR_HOST = ENV("CRAGLOFT_DOOR_HOST", "127.0.0.1")
DOOR_PORT = int(ENV("CRAGLOFT_DOOR_PORT", "19370"))

# Partner walls (reciprocal memberships) over HTTP.
PARTNER_URL = ENV("CRAGLOFT_PARTNER_URL", "http://127.0.0.1:19380")
PARTNER_REGISTRY_URL = ENV("CRAGLOFT_PARTNER_REGISTRY_URL", "http://registry.cragloft.internal/api")
PARTNER_TIMEOUT = 1

# Exports and uploads.
EXPORT_DIR = ENV("CRAGLOFT_EXPORT_DIR", "/var/lib/cragloft/exports")
UPLOAD_DIR = ENV("CRAGLOFT_UPLOAD_DIR", "/srv/cragloft/uploads")
