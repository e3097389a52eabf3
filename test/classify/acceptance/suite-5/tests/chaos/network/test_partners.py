import asyncio

import aiohttp
import boto3
import paramiko
import pytest
from lxml import etree

from ferrylane import settings


def test_partner_availability_feed():
    async def fetch():
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=2)) as session:
            async with session.get(f"{settings.PARTNER_URL}/availability") as response:
                return await response.text()

    assert asyncio.run(fetch())


def test_manifest_upload_sftp():
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(*settings.SFTP_HOST, username="ferrylane", password="x", timeout=1)


def test_archive_tickets_to_s3():
    s3 = boto3.client("s3", endpoint_url=settings.S3_ENDPOINT, region_name="eu-north-1")
    s3.put_object(Bucket="ferrylane-tickets", Key="2026/12/01/FL-1001.pdf", Body=b"%PDF-1.7")


def test_partner_timetable_xml(http_stub):
    url = http_stub(200, b"<timetable><sailing id='1'><departs>14:30</departs></sailing>", {"Content-Type": "application/xml"})
    import urllib.request

    body = urllib.request.urlopen(f"{url}/timetable.xml", timeout=2).read()
    sailings = etree.fromstring(body).findall("sailing")
    assert len(sailings) == 1


def test_partner_xml_ok():
    assert etree.fromstring(b"<a><b/></a>").find("b") is not None
