class HoofbeatError(Exception):
    """Base of hoofbeat's own errors."""


class LabUnavailable(HoofbeatError):
    pass


class WeighbridgeError(HoofbeatError):
    pass


class PrintError(HoofbeatError):
    pass


class DoseError(HoofbeatError):
    pass
