"""The survey archive in S3 (boto3, s3transfer), and the field office's MinIO mirror."""

import boto3
from botocore.config import Config


def ensure_bucket(s3, name: str) -> None:
    existing = {bucket["Name"] for bucket in s3.list_buckets().get("Buckets", [])}
    if name not in existing:
        s3.create_bucket(Bucket=name)


def archive_client(settings):
    return boto3.client(
        "s3",
        region_name=settings.region,
        endpoint_url=settings.archive_endpoint,
        aws_access_key_id=settings.archive_key,
        aws_secret_access_key=settings.archive_secret,
        config=Config(connect_timeout=1, retries={"max_attempts": 1}),
    )


def upload_survey(s3, bucket: str, path, key: str) -> None:
    s3.upload_file(str(path), bucket, key)


def list_surveys(s3, bucket: str) -> list[str]:
    listed = s3.list_objects_v2(Bucket=bucket, Prefix="surveys/")
    return [item["Key"] for item in listed.get("Contents", [])]
