import socket, threading, http.server, pytest
from lantern import misc


@pytest.fixture
def http404():
    class H(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(404); self.end_headers()
        def log_message(self, *a): pass
    s = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
    threading.Thread(target=s.serve_forever, daemon=True).start()
    yield s.server_address[1]
    s.shutdown()


def test_frozen():
    misc.bump(misc.Fare(1))


def test_date():
    misc.parse_when("next tuesday-ish")


def test_marshmallow():
    misc.load_fare({"amount": "x"})


def test_ws_404(http404):
    misc.ws(f"ws://127.0.0.1:{http404}/feed")


def test_ws_refused():
    misc.ws("ws://127.0.0.1:1998/feed")


def test_nacl_verify():
    misc.nacl_verify()


def test_nacl_decrypt():
    misc.nacl_decrypt()


def test_oauth_http():
    misc.oauth_http()


def test_httplib2():
    misc.httplib2_get()


def test_dbus():
    misc.dbus_system()


def test_gi():
    misc.gi_missing()


def test_bcrypt():
    misc.bcrypt_check()


def test_mqtt():
    misc.mqtt()


def test_schema():
    misc.schema_check({"x": 1})


def test_schema_in_test():
    import jsonschema
    jsonschema.validate({"x": 1}, {"type": "object", "required": ["amount"]})


def test_bad_schema():
    misc.bad_schema({})


def test_pydantic_settings():
    misc.pydantic_settings()


def test_xml_cut():
    misc.xml_cut()


def test_anyio_closed():
    misc.anyio_closed()
