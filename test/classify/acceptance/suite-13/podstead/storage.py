"""Episode audio and artwork in the S3-compatible object store (MinIO in production)."""
import boto3
from botocore.config import Config

from podstead import settings


def client(endpoint=None):
    return boto3.client(
        "s3",
        endpoint_url=endpoint or settings.S3_ENDPOINT,
        aws_access_key_id=settings.S3_KEY_ID,
        aws_secret_access_key=settings.S3_SECRET,
        region_name="us-east-1",
        config=Config(retries={"max_attempts": 1, "mode": "legacy"}, connect_timeout=1, read_timeout=2),
    )


def audio_key(show, episode):
    return f"audio/{show}/{episode}.mp3"


def upload_audio(show, episode, data, endpoint=None):
    key = audio_key(show, episode)
    client(endpoint).put_object(Bucket=settings.S3_BUCKET, Key=key, Body=data, ContentType="audio/mpeg")
    return key


def audio_size(show, episode, endpoint=None):
    head = client(endpoint).head_object(Bucket=settings.S3_BUCKET, Key=audio_key(show, episode))
    return head["ContentLength"]


def list_show(show, endpoint=None):
    pages = client(endpoint).get_paginator("list_objects_v2").paginate(Bucket=settings.S3_BUCKET, Prefix=f"audio/{show}/")
    return [item["Key"] for page in pages for item in page.get("Contents", [])]
