"""Restaurants' menu feeds, loaded with marshmallow."""

from marshmallow import Schema, fields, validate


class MenuItemSchema(Schema):
    sku = fields.String(required=True)
    name = fields.String(required=True)
    price_cents = fields.Integer(required=True, validate=validate.Range(min=0))
    allergens = fields.List(fields.String(), load_default=list)
    available = fields.Boolean(load_default=True)


class MenuSchema(Schema):
    restaurant = fields.String(required=True)
    items = fields.List(fields.Nested(MenuItemSchema), required=True)


def load_menu(feed):
    return MenuSchema().load(feed)
