import grpc
import pytest

from coldtrail import registry

pytestmark = pytest.mark.chaos


@pytest.mark.parametrize("device", ["reefer-0042", "reefer-0043", "reefer-0107", "probe-ambient-9"])
def test_device_known_to_registry(device):
    assert registry.get_device(device)["device_id"] == device


def test_devices_of_shipment():
    assert registry.list_devices("SHP-1")


def test_registry_answers_within_deadline(registry_stub):
    target = registry_stub(delay=2.0)
    assert registry.get_device("reefer-0042", target=target, timeout=0.5)


def test_registry_quota(registry_stub):
    target = registry_stub(abort=(grpc.StatusCode.RESOURCE_EXHAUSTED, "quota exceeded for tenant coldtrail: 100 requests per minute"))
    assert registry.get_device("reefer-0042", target=target)


def test_shipment_devices_on_live_registry(registry_stub):
    target = registry_stub()
    assert registry.list_devices("SHP-1", target=target) == ["reefer-0042"]


def test_registry_over_tls(registry_stub):
    target = registry_stub()
    with open("/etc/ssl/certs/ca-certificates.crt", "rb") as bundle:
        roots = bundle.read()
    assert registry.get_device("reefer-0042", target=target, tls_roots=roots)
