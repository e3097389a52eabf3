"""Frames sent by the reefer sensors: CBOR over the gateway, protobuf from the registry, JSON patches for config."""
import cbor2
import jmespath
import jsonpatch
from google.protobuf import json_format, struct_pb2
from schema import And, Schema, Use

READING = Schema({"device": And(str, len), "at": int, "temp_c": float, "battery_mv": And(Use(int), lambda v: v > 0)})


def decode_frame(data):
    frame = cbor2.loads(data)
    return {"device": frame["d"], "at": frame["t"], "temp_c": frame["c"] / 10, "battery_mv": frame["b"]}


def validate(reading):
    return READING.validate(reading)


def encode_reading(device, at, temp_c, battery_mv):
    return {"device": device, "at": str(at), "temp_c": temp_c, "battery_mv": battery_mv}


def device_from_registry(blob):
    return json_format.MessageToDict(struct_pb2.Struct.FromString(blob))


def struct_from_json(text):
    return json_format.Parse(text, struct_pb2.Struct())


def apply_config_patch(config, patch):
    return jsonpatch.apply_patch(config, patch)


def hottest_devices(report):
    return jmespath.search("readings[?temp_c > `8`].device | sort(@) | [0:3", report)
