import asyncio
from unittest import mock
import pytest
from hypothesis import given, settings, strategies as st, assume


def test_recursive(recursive_a):
    pass


def test_called_directly():
    from conftest import recursive_a
    recursive_a(1)


def test_mock_not_called():
    sender = mock.Mock()
    sender.send.assert_called_once()


def test_mock_wrong_args():
    sender = mock.Mock()
    sender.send("a")
    sender.send.assert_called_once_with("b")


def test_mock_spec():
    class Mailer:
        def send(self): ...
    m = mock.create_autospec(Mailer, instance=True)
    m.deliver()


def test_raises_match():
    with pytest.raises(ValueError, match="amount must be positive"):
        raise ValueError("bad amount")


def test_did_not_warn():
    with pytest.warns(DeprecationWarning):
        pass


@settings(deadline=50, derandomize=True, max_examples=3)
@given(st.integers())
def test_deadline(x):
    import time
    time.sleep(0.2)


@given(st.integers())
def test_unsatisfiable(x):
    assume(x == 1.5)


_seen = []
@settings(derandomize=True, database=None)
@given(st.integers())
def test_flaky_hypothesis(x):
    _seen.append(x)
    assert len(_seen) < 2


async def test_async_no_plugin():
    await asyncio.sleep(0)


def test_asyncio_run_nested():
    async def inner():
        asyncio.run(asyncio.sleep(0))
    asyncio.run(inner())


def test_asyncio_timeout():
    async def inner():
        await asyncio.wait_for(asyncio.sleep(1), 0.05)
    asyncio.run(inner())


