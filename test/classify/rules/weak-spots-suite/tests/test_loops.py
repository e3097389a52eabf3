import asyncio

from kiln import work


def test_dispatch_from_coroutine():
    assert asyncio.run(work.dispatch(["a", "b"])) == ["a", "b"]


def test_test_nests_run():
    async def scenario():
        return asyncio.run(work.dispatch(["a"]))

    asyncio.run(scenario())


def test_queue_from_another_loop():
    queue = asyncio.Queue()

    async def put():
        await queue.put(1)
        await queue.put(2)

    async def get_twice():
        await queue.get()
        await queue.get()
        await queue.get()

    async def first():
        await asyncio.wait_for(get_twice(), 0.05)

    try:
        asyncio.run(first())
    except TimeoutError:
        pass
    asyncio.run(get_twice())
