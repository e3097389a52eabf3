"""Boat documents (insurance, registration) in S3."""
import boto3

from moorline import settings


def s3(endpoint=None):
    return boto3.client("s3", region_name="eu-west-2", endpoint_url=endpoint or settings.S3_ENDPOINT)


def upload_certificate(mmsi, body, client=None):
    (client or s3()).put_object(Bucket=settings.S3_BUCKET, Key=f"insurance/{mmsi}.pdf", Body=body)


def certificate_size(mmsi, client=None):
    head = (client or s3()).head_object(Bucket=settings.S3_BUCKET, Key=f"insurance/{mmsi}")
    return head["ContentLength"]
