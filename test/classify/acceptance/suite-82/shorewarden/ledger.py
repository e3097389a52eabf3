"""The survey ledger in DynamoDB (boto3): surveys by id, sites registered once, pages of a site's surveys."""

import boto3
from boto3.dynamodb.conditions import Key
from botocore.config import Config


def open_ledger(settings):
    return boto3.resource("dynamodb", region_name=settings.region).Table(settings.ledger_table)


def local_ledger(settings):
    """The ledger in DynamoDB Local, for the field laptops."""
    resource = boto3.resource(
        "dynamodb",
        region_name=settings.region,
        endpoint_url=settings.dynamo_endpoint,
        aws_access_key_id="local",
        aws_secret_access_key="local",
        config=Config(connect_timeout=1, retries={"max_attempts": 1}),
    )
    return resource.Table(settings.ledger_table)


def put_survey(table, survey_id: str, site: str, volume_m3) -> None:
    table.put_item(Item={"survey_id": survey_id, "site": site, "volume_m3": volume_m3})


def record_survey(table, survey: dict) -> None:
    """A survey as the drone pipeline reports it (volumes as floats)."""
    table.put_item(Item={"survey_id": survey["id"], "site": survey["site"], "volume_m3": survey["volume"]})


def get_survey(table, survey_id):
    return table.get_item(Key={"survey_id": survey_id}).get("Item")


def survey_by_number(table, number: int):
    return get_survey(table, number)


def register_site(table, site: str) -> None:
    """A site is registered once; registering it again is refused."""
    item = {"survey_id": f"site#{site}", "site": site}
    table.put_item(Item=item, ConditionExpression="attribute_not_exists(survey_id)")
    _audit(table, item)


def _audit(table, item) -> None:
    table.put_item(Item=item, ConditionExpression="attribute_not_exists(survey_id)")


def site_surveys(table, site: str) -> list[dict]:
    """Every survey of a site."""
    response = table.query(IndexName="by-site", KeyConditionExpression=Key("site").eq(site), Limit=25)
    return response["Items"]


def count_surveys(table) -> int:
    return table.scan(Select="COUNT")["Count"]
