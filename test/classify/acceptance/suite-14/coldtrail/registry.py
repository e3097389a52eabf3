"""The device registry, a gRPC service: what a sensor is, which shipment it rides with."""
import grpc
from google.protobuf import struct_pb2

from coldtrail import settings

SERVICE = "coldtrail.registry.v1.DeviceRegistry"


def _stub(channel, method):
    return channel.unary_unary(f"/{SERVICE}/{method}", request_serializer=struct_pb2.Struct.SerializeToString,
                               response_deserializer=struct_pb2.Struct.FromString)


def _channel(target, tls_roots=None):
    if tls_roots is not None:
        return grpc.secure_channel(target, grpc.ssl_channel_credentials(root_certificates=tls_roots))
    return grpc.insecure_channel(target)


def get_device(device_id, target=None, timeout=2.0, token=None, tls_roots=None):
    request = struct_pb2.Struct()
    request.update({"device_id": device_id})
    metadata = [("authorization", f"Bearer {token}")] if token else None
    with _channel(target or settings.DEVICE_REGISTRY, tls_roots) as channel:
        reply = _stub(channel, "GetDevice")(request, timeout=timeout, metadata=metadata)
    return dict(reply)


def list_devices(shipment_id, target=None, timeout=2.0):
    request = struct_pb2.Struct()
    request.update({"shipment_id": shipment_id})
    with _channel(target or settings.DEVICE_REGISTRY) as channel:
        reply = _stub(channel, "ListDevices")(request, timeout=timeout)
    return list(reply["devices"])
