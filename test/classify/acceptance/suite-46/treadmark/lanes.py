"""The drive-through check-in lanes (asyncio)."""
import asyncio
import time


async def read_plate(camera):
    time.sleep(0.5)  # the camera SDK's call
    await asyncio.sleep(0.01)  # the SDK's frame callback
    return camera


async def check_in(camera, budget=0.2):
    return await asyncio.wait_for(read_plate(camera), timeout=budget)
