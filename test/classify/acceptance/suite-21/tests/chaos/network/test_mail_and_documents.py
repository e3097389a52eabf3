import boto3
import pytest
from moto import mock_aws

from moorline import docs, notify, settings

pytestmark = pytest.mark.chaos


def test_notify_holder():
    notify.send("j.marsh@example.org", "Berth A12 confirmed", "See you on the 4th.")


def test_notify_holder_through_relay(smtp_relay):
    host, port = smtp_relay
    notify.send("j.marsh@example.org", "Berth A12 confirmed", "See you on the 4th.", host=host, port=port)


def test_upload_certificate():
    docs.upload_certificate("235012345", b"%PDF-1.7 insurance")


@pytest.fixture
def aws(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    with mock_aws():
        client = boto3.client("s3", region_name="eu-west-2")
        client.create_bucket(Bucket=settings.S3_BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-west-2"})
        yield client


def test_certificate_size(aws):
    docs.upload_certificate("235012345", b"%PDF-1.7 insurance", client=aws)
    assert docs.certificate_size("235012345", client=aws) == 18
