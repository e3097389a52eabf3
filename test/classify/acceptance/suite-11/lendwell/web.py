"""The circulation API served to the branches' kiosks (Tornado)."""

import json

import tornado.web

LOANS = {
    "LW000101": [{"barcode": "30001000012344", "title": "The Sea, The Sea", "due": "2026-12-20"}],
    "LW000102": [],
}
MEMBERS = {
    "LW000101": {"name": "Aoife Byrne", "branch": "central", "holds": 2},
    "LW000102": {"name": "Cian Doyle", "branch": "harbour"},
}


class LoansHandler(tornado.web.RequestHandler):
    def get(self, card):
        if card not in MEMBERS:
            raise tornado.web.HTTPError(404)
        self.write({"card": card, "loans": LOANS.get(card, [])})


class SummaryHandler(tornado.web.RequestHandler):
    def get(self, card):
        member = MEMBERS.get(card)
        if member is None:
            raise tornado.web.HTTPError(404)
        self.write({"name": member["name"], "loans": len(LOANS.get(card, [])), "holds": member["holds"]})


class HoldsHandler(tornado.web.RequestHandler):
    def post(self):
        body = json.loads(self.request.body)
        if "isbn" not in body:
            raise tornado.web.HTTPError(400, reason="isbn required")
        self.set_status(201)
        self.write({"isbn": body["isbn"], "card": body["card"], "status": "queued"})


def make_app():
    return tornado.web.Application(
        [
            (r"/members/(\w+)/loans", LoansHandler),
            (r"/members/(\w+)/summary", SummaryHandler),
            (r"/holds", HoldsHandler),
        ]
    )
