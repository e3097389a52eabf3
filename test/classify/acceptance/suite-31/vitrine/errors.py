class VitrineError(Exception):
    """Base of vitrine's own errors."""


class AuthorityUnavailable(VitrineError):
    pass


class BookingError(VitrineError):
    pass


class ArchiveError(VitrineError):
    pass
