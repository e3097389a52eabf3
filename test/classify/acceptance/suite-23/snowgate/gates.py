"""Turnstile gates: the RFID frames a gate reader sends, and the lift drive's CAN bus."""
import can
from construct import Bytes, Const, Int8ub, Int16ub, Int32ub, PaddedString, Struct

from snowgate import settings

GATE_FRAME = Struct(
    "magic" / Const(b"SG"),
    "gate" / Int16ub,
    "pass_id" / PaddedString(12, "ascii"),
    "stamp" / Int32ub,
    "direction" / Int8ub,
    "crc" / Bytes(2),
)


def parse_frame(raw: bytes):
    frame = GATE_FRAME.parse(raw)
    return {"gate": frame.gate, "pass_id": frame.pass_id, "stamp": frame.stamp, "direction": frame.direction}


def build_frame(gate: int, pass_id: str, stamp: int, direction: int) -> bytes:
    return GATE_FRAME.build({"gate": gate, "pass_id": pass_id, "stamp": stamp, "direction": direction, "crc": b"\x00\x00"})


def lift_bus():
    return can.Bus(interface="socketcan", channel=settings.LIFT_CAN_CHANNEL, receive_own_messages=True)


def send_speed(bus, lift_id: int, speed_dm_s: int) -> None:
    bus.send(can.Message(arbitration_id=0x300 + lift_id, data=speed_dm_s.to_bytes(2, "big"), is_extended_id=False))
