"""Smart meters send 12-byte telegrams (bitstring): a 32-bit meter id, a 32-bit volume in litres, a 4-bit
status, a 12-bit battery reading in millivolts and a 16-bit CRC."""

import bitstring

STATUS = {0: "ok", 1: "leak", 2: "backflow", 3: "tamper"}


def decode(raw):
    bits = bitstring.ConstBitStream(bytes=raw)
    meter = bits.read("uint:32")
    litres = bits.read("uint:32")
    status = bits.read("uint:4")
    battery = bits.read("uint:12")
    crc = bits.read("uint:16")
    # the firmware 3 trailer
    trailer = bits.read("uint:8")
    return {"meter": meter, "litres": litres, "status": STATUS[status], "battery_mv": battery, "crc": crc, "trailer": trailer}


def encode(meter, litres, status, battery_mv, crc=0):
    return bitstring.pack("uint:32, uint:32, uint:4, uint:12, uint:16", meter, litres, status, battery_mv, crc).bytes


def status_of(raw):
    bits = bitstring.ConstBitStream(bytes=raw)
    bits.pos = 64
    return STATUS[bits.read("uint:4")]
