import io
import json
import urllib.error
import urllib.request

import pytest

from kilnyard import net


class TestController:
    def test_kiln_temp(self):
        assert net.kiln_temp("k1") == 1180

    @pytest.mark.parametrize("kiln", ["k2", "k3"])
    def test_other_kilns(self, kiln):
        assert net.kiln_temp(kiln) > 1200

    def test_kiln_temp_twice(self):
        assert net.kiln_temp("k1") == net.kiln_temp("k1")

    def test_unknown_kiln_404(self):
        with pytest.raises(urllib.error.HTTPError):
            net.kiln_temp("k9")

    def test_kiln_temp_stubbed(self, monkeypatch):
        def fake_urlopen(request, timeout=None):
            return io.BytesIO(b'{"kiln": "k1", "temp": 999}')

        monkeypatch.setattr(urllib.request, "urlopen", fake_urlopen)
        assert net.kiln_temp("k1") == 999

    def test_slow_path_answers(self):
        answer = net.get_json(f"{net.controller()}/slow", timeout=0.1)
        assert answer == {"slow": True}

    def test_slow_path_with_default_timeout(self):
        assert net.get_json(f"{net.controller()}/slow") == {"slow": True}


class TestRetries:
    def test_ready_after_warming(self):
        assert net.when_ready("glaze-line")["ready"]

    def test_ready_retries_limit(self):
        with pytest.raises(urllib.error.HTTPError):
            net.when_ready("spare", retries=1)


class TestSupplier:
    def test_join_url(self):
        assert net.join_url("http://supplier.test/api/", "/orders") == "http://supplier.test/api/orders"

    def test_join_url_plain(self):
        assert net.join_url("http://supplier.test", "orders").startswith("http://supplier.test")

    def test_order_body(self):
        assert net.order_body("k1", 3) == '{"kiln": "k1", "pieces": 3}'

    def test_order_body_round_trip(self):
        assert json.loads(net.order_body("k2", 5)) == {"kiln": "k2", "pieces": 5}

    def test_supplier_stock(self):
        assert net.supplier_stock("tenmoku")["kg"] >= 0

    def test_scale_reading(self):
        assert net.scale_reading("bench-2")["kg"] > 0


class TestUrls:
    def test_controller_setting(self):
        assert net.controller().startswith("http://127.0.0.1:")

    def test_kiln_url_has_kiln(self):
        assert "k3" in f"{net.controller()}/kilns/k3/status"

    def test_json_accept_header(self, monkeypatch):
        seen = {}

        def fake(request, timeout=None):
            seen.update(request.headers)
            return io.BytesIO(b"{}")

        monkeypatch.setattr(net, "urlopen", fake)
        net.get_json("http://controller.test/x")
        assert seen["Accept"] == "application/json"

    def test_get_json_timeout_passed(self, monkeypatch):
        seen = {}

        def fake(request, timeout=None):
            seen["timeout"] = timeout
            return io.BytesIO(b"{}")

        monkeypatch.setattr(net, "urlopen", fake)
        net.get_json("http://controller.test/x", timeout=3)
        assert seen["timeout"] == 3

    def test_404_body(self):
        with pytest.raises(urllib.error.HTTPError) as raised:
            net.get_json(f"{net.controller()}/nowhere")
        assert raised.value.code == 404

    def test_stub_via_module(self, monkeypatch):
        monkeypatch.setattr(net, "urlopen", lambda request, timeout=None: io.BytesIO(b'{"temp": 1000}'))
        assert net.kiln_temp("k1") == 1000
