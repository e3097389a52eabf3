"""Per-creator upload limits (limits, in memory)."""
from limits import parse
from limits.storage import MemoryStorage
from limits.strategies import FixedWindowRateLimiter

from podstead import settings

_limiter = FixedWindowRateLimiter(MemoryStorage())


def allow_upload(creator_id, rate=None):
    return _limiter.hit(parse(rate or settings.UPLOAD_RATE), "upload", str(creator_id))
