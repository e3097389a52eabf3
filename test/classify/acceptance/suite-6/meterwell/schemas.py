"""Payload schemas of the meters' firmware."""

from marshmallow import Schema, fields


class ReadingSchema(Schema):
    meter_id = fields.String(required=True)
    ts = fields.Integer(required=True)
    wh = fields.Integer(required=True)
