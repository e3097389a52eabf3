"""Which player app versions may use the new chapters API."""
import semver

MIN_CHAPTERS_VERSION = "1.9.0"


def supports_chapters(app_version):
    return app_version >= MIN_CHAPTERS_VERSION


def newest(versions):
    return max(versions, key=semver.VersionInfo.parse)
