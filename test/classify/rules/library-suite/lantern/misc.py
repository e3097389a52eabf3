import attr


@attr.s(frozen=True)
class Fare:
    amount = attr.ib()


def bump(fare):
    fare.amount += 1


def parse_when(text):
    from dateutil import parser
    return parser.parse(text)


def load_fare(data):
    import marshmallow
    class FareSchema(marshmallow.Schema):
        amount = marshmallow.fields.Integer(required=True)
    return FareSchema().load(data)


def ws(url):
    import websocket
    return websocket.create_connection(url, timeout=1)


def nacl_verify():
    import nacl.signing
    key = nacl.signing.SigningKey.generate()
    key.verify_key.verify(b"x" * 64 + b"msg")


def nacl_decrypt():
    import nacl.secret, nacl.utils
    box = nacl.secret.SecretBox(nacl.utils.random(32))
    other = nacl.secret.SecretBox(nacl.utils.random(32))
    return other.decrypt(box.encrypt(b"x"))


def oauth_http():
    from oauthlib.oauth2 import WebApplicationClient
    return WebApplicationClient("id").prepare_authorization_request("http://auth.example/authorize")


def httplib2_get():
    import httplib2
    return httplib2.Http(timeout=1).request("http://lantern-nowhere.invalid/")


def dbus_system():
    import dbus
    return dbus.SystemBus()


def gi_missing():
    import gi
    gi.require_version("Gtk", "9.0")


def bcrypt_check():
    import bcrypt
    return bcrypt.checkpw(b"pw", b"not-a-hash")


def mqtt():
    import paho.mqtt.client as mqtt
    c = mqtt.Client()
    c.connect("127.0.0.1", 1999)


def schema_check(doc):
    import jsonschema
    jsonschema.validate(doc, {"type": "object", "required": ["amount"]})


def bad_schema(doc):
    import jsonschema
    jsonschema.validate(doc, {"type": "objekt"})


def pydantic_settings():
    import pydantic
    class Settings(pydantic.BaseSettings):
        lantern_port: int
    return Settings()


def xml_cut():
    import xmltodict
    return xmltodict.parse("<fares><fare>")


def anyio_closed():
    import anyio
    async def main():
        send, receive = anyio.create_memory_object_stream(1)
        await send.aclose()
        await send.send(1)
    anyio.run(main)
