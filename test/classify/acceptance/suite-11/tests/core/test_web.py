"""The circulation API served to the kiosks."""

import json

from tornado.testing import AsyncHTTPTestCase

from lendwell.web import make_app


class CirculationApiTest(AsyncHTTPTestCase):
    def get_app(self):
        return make_app()

    def test_loans_of_a_member(self):
        response = self.fetch("/members/LW000101/loans")
        self.assertEqual(response.code, 200)
        self.assertEqual(len(json.loads(response.body)["loans"]), 1)

    def test_unknown_member_is_not_found(self):
        self.assertEqual(self.fetch("/members/LW999999/loans").code, 404)

    def test_summary_of_a_member_without_holds(self):
        response = self.fetch("/members/LW000102/summary")
        self.assertEqual(response.code, 200)
        self.assertEqual(json.loads(response.body)["holds"], 0)

    def test_hold_without_a_card_is_refused(self):
        response = self.fetch("/holds", method="POST", body=json.dumps({"isbn": "9780099589471"}))
        self.assertEqual(response.code, 400)

    def test_hold_is_queued(self):
        response = self.fetch("/holds", method="POST", body=json.dumps({"isbn": "9780099589471", "card": "LW000101"}))
        self.assertEqual(response.code, 201)
