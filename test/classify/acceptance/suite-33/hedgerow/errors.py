class HedgerowError(Exception):
    pass


class BookingError(HedgerowError):
    pass
