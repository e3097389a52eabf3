from unittest import mock

import pytest

from treadmark import bookings

pytestmark = pytest.mark.chaos


@pytest.fixture(scope="module")
def chain():
    connection = bookings.chain_connection()
    yield connection
    connection.close()


def test_booking_id_by_ref(chain):
    assert bookings.chain_booking_id(chain, "TM-1001") > 0


def test_booking_id_unknown_ref(chain):
    with pytest.raises(TypeError):
        bookings.chain_booking_id(chain, "TM-0000")


def test_chain_accepts_bookings(chain):
    assert not chain.closed


def test_booking_id_from_mocked_cursor():
    connection = mock.Mock()
    connection.cursor.return_value.fetchall.return_value = [(7,)]
    assert bookings.chain_booking_id(connection, "TM-1002") == 7
