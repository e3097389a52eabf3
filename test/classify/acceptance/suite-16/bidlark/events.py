"""Win, loss and impression events: Avro records for the data team, gzip JSON lines for the audit trail."""
import gzip
import io
import json
import os

import avro.io
import avro.schema

WIN = avro.schema.parse(json.dumps({
    "type": "record", "name": "Win", "namespace": "bidlark.events",
    "fields": [
        {"name": "request_id", "type": "string"},
        {"name": "campaign", "type": "string"},
        {"name": "clearing_price", "type": "double"},
        {"name": "currency", "type": "string"},
    ],
}))


def encode_win(request_id, campaign, price, currency="EUR"):
    buffer = io.BytesIO()
    avro.io.DatumWriter(WIN).write(
        {"request_id": request_id, "campaign": campaign, "clearing_price": price, "currency": currency},
        avro.io.BinaryEncoder(buffer),
    )
    return buffer.getvalue()


class AuditTrail:
    """Appends events as gzip JSON lines; one file per hour."""

    def __init__(self, path):
        self.path = path
        self._raw = open(path, "wb")
        self._gz = gzip.GzipFile(fileobj=self._raw, mode="wb")

    def append(self, event):
        self._gz.write((json.dumps(event) + "\n").encode())

    def rotate(self):
        self._gz.flush()
        self._raw.close()
        return self.path


def read_trail(path):
    with gzip.open(path, "rt") as trail:
        return [json.loads(line) for line in trail]


def write_log(path, events):
    with open(path, "w") as log:
        for event in events:
            log.write(json.dumps(event) + "\n")
        log.flush()
        os.fsync(log.fileno())
