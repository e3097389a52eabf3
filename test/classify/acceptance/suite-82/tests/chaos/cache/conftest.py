import boto3
import pytest
from moto import mock_aws


@pytest.fixture
def s3():
    with mock_aws():
        client = boto3.client("s3", region_name="eu-west-2")
        client.create_bucket(Bucket="shore-cache", CreateBucketConfiguration={"LocationConstraint": "eu-west-2"})
        yield client
