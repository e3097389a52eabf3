import asyncio
import threading
import time

import pytest

from seatline import db, webhooks

pytestmark = pytest.mark.chaos


@pytest.fixture
def engine(tmp_path, settings):
    engine = db.engine_for(f"sqlite:///{tmp_path}/orders.db", settings, connect_args={"timeout": 0.2,
                                                                                     "check_same_thread": False})
    db.Base.metadata.create_all(engine)
    with db.session_factory(engine)() as session:
        for n in range(1, 5):
            db.place_order(session, f"SL{n:06d}", f"c{n}@example.org", 40, [])
        session.commit()
    yield engine
    engine.dispose()


def test_one_checkout_confirms(engine):
    db.confirm_with_payment(engine, "SL000001", lambda ref: None)
    with db.session_factory(engine)() as session:
        assert db.find_order(session, "SL000001").status == "paid"


def test_two_checkouts_confirm_at_once(engine):
    slow_card = threading.Thread(target=db.confirm_with_payment,
                                 args=(engine, "SL000001", lambda ref: time.sleep(1.0)))
    slow_card.start()
    time.sleep(0.1)
    try:
        db.confirm_with_payment(engine, "SL000002", lambda ref: None)
    finally:
        slow_card.join()


def test_webhooks_delivered_to_every_promoter(http_stub):
    urls = [http_stub(204, b"") for _ in range(3)]
    assert asyncio.run(webhooks.deliver_all(urls, {"type": "order.paid"}, "s3cret")) == [204, 204, 204]


def test_webhooks_delivered_while_one_promoter_is_slow(http_stub):
    urls = [http_stub(204, b""), http_stub(204, b"", delay=2.0), http_stub(204, b"")]
    assert asyncio.run(webhooks.deliver_all(urls, {"type": "order.paid"}, "s3cret")) == [204, 204, 204]
