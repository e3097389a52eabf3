"""Receipts kept in S3 (boto3), and exports written to disk."""
import os

import boto3
from botocore.config import Config

from rinseway import settings


def s3(url=None, credentials=True):
    extra = {"aws_access_key_id": "rinseway", "aws_secret_access_key": "rinseway"} if credentials else {}
    return boto3.client("s3", endpoint_url=url or settings.S3_URL, region_name="eu-west-2",
                        config=Config(retries={"max_attempts": 2, "mode": "standard"}, connect_timeout=1, read_timeout=1),
                        **extra)


def store(client, receipt_id, body):
    client.put_object(Bucket=settings.RECEIPTS_BUCKET, Key=f"receipts/{receipt_id}.txt", Body=body)


def export_day(day, rows):
    os.makedirs(settings.EXPORT_DIR, exist_ok=True)
    path = os.path.join(settings.EXPORT_DIR, f"{day}.csv")
    with open(path, "w") as handle:
        handle.writelines(f"{row}\n" for row in rows)
    return path
