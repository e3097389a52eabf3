"""Outbound integrations: the EHR, the PAS, HL7 v2 over MLLP, the SMS gateway, referrals and S3 letters."""
import json
import socket
import urllib.request

import boto3
import requests
from botocore.config import Config

from wardbook import settings

START, END = b"\x0b", b"\x1c\x0d"


class GatewayRejected(Exception):
    pass


class HL7Rejected(Exception):
    pass


def patient_record(nhs_number):
    response = requests.get(f"{settings.EHR_URL}/patients/{nhs_number}", timeout=2)
    response.raise_for_status()
    return response.json()


def pas_episodes(nhs_number):
    return requests.get(f"{settings.PAS_URL}/episodes/{nhs_number}", timeout=2).json()


def send_adt(port, message, timeout=1.0):
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(START + message.encode() + END)
        reply = sock.recv(65536)
    ack = reply.strip(START + END).decode()
    segments = dict(line.split("|", 1) for line in ack.split("\r") if line)
    code, *rest = segments["MSA"].split("|")
    if code != "AA":
        raise HL7Rejected(f"HL7 NACK {code}: {rest[-1] if rest else ''}")
    return ack


def adt_message(patient, event="A04"):
    return "\r".join(
        [
            f"MSH|^~\\&|WARDBOOK|{settings.FACILITY}|PAS|TRUST|20261201120000||ADT^{event}|1|P|2.5",
            f"PID|||{patient['nhs_number']}||{patient['name']}",
        ]
    )


def send_sms(base, phone, text):
    response = requests.post(f"{base}/messages", json={"to": phone, "body": text}, timeout=2)
    if response.status_code >= 400:
        raise GatewayRejected(f"{response.status_code} {response.text}")
    return response.json()["id"]


def cancel_sms(base, message_id):
    response = requests.delete(f"{base}/messages/{message_id}", timeout=2)
    response.raise_for_status()
    return response.json()["status"]


def referrals(base):
    with urllib.request.urlopen(base + settings.REFERRALS_PATH, timeout=2) as response:
        return json.load(response)


def upload_letter(endpoint, name, body, key_id="AKIAWARDBOOKCI", secret="ci-secret"):
    s3 = boto3.client(
        "s3",
        endpoint_url=endpoint,
        aws_access_key_id=key_id,
        aws_secret_access_key=secret,
        region_name="eu-west-2",
        config=Config(retries={"max_attempts": 1}, s3={"addressing_style": "path"}),
    )
    s3.put_object(Bucket=settings.S3_BUCKET, Key=name, Body=body)
