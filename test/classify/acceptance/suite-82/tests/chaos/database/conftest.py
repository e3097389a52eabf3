import boto3
import pytest
from moto import mock_aws

from shorewarden import storage


@pytest.fixture
def aws():
    with mock_aws():
        yield


@pytest.fixture
def table(aws):
    resource = boto3.resource("dynamodb", region_name="eu-west-2")
    return resource.create_table(
        TableName="surveys-staging",
        KeySchema=[{"AttributeName": "survey_id", "KeyType": "HASH"}],
        AttributeDefinitions=[
            {"AttributeName": "survey_id", "AttributeType": "S"},
            {"AttributeName": "site", "AttributeType": "S"},
        ],
        GlobalSecondaryIndexes=[
            {
                "IndexName": "by-site",
                "KeySchema": [{"AttributeName": "site", "KeyType": "HASH"}],
                "Projection": {"ProjectionType": "ALL"},
            }
        ],
        BillingMode="PAY_PER_REQUEST",
    )


@pytest.fixture
def archive(aws):
    s3 = boto3.client("s3", region_name="eu-west-2")
    storage.ensure_bucket(s3, "shore-surveys")
    return s3
