class CragloftError(Exception):
    pass


class BookingError(CragloftError):
    pass
