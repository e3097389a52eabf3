"""Lab results as the lab sends them back: HL7 v2 ORU messages."""
import hl7


def values(message):
    parsed = hl7.parse(message)
    found = {}
    for obx in parsed.segments("OBX"):
        found[str(obx[3])] = (float(str(obx[5])), str(obx[6]))
    return found


def flag(value, low, high):
    if value < low:
        return "L"
    if value > high:
        return "H"
    return "N"
