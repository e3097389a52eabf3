class GritlineError(Exception):
    """Base of gritline's own errors."""


class AuthError(GritlineError):
    pass


class TokenExpired(AuthError):
    pass


class InvalidToken(AuthError):
    pass


class CacheError(GritlineError):
    pass


class DispatchError(GritlineError):
    pass


class DepotUnavailable(GritlineError):
    pass


class LedgerUnavailable(GritlineError):
    pass
