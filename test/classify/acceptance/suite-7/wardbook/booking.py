"""Bookings: the slot book, the reminder queue and the clinics' availability fan-out."""
import asyncio
import queue
import threading
import time


class SlotBook:
    def __init__(self):
        self.bookings = []
        self.audit = []

    def book(self, slot, patient):
        taken = [b for b in self.bookings if b[0] == slot]
        if taken:
            raise ValueError(f"slot {slot} is taken")
        self._audit(slot, patient)
        self.bookings.append((slot, patient))

    def _audit(self, slot, patient):
        time.sleep(0.05)
        self.audit.append(("book", slot, patient))


def wards_for(patients, beds):
    return [beds[p["ward"]] for p in patients]


async def _send(reminder):
    await asyncio.sleep(0)
    return reminder["patient"]


def send_reminders(reminders):
    return asyncio.run(asyncio.gather(*(_send(r) for r in reminders)))


async def dispatch(reminders):
    await asyncio.sleep(0)
    return send_reminders(reminders)


class ReminderQueue:
    def __init__(self, sender):
        self.queue = queue.Queue()
        self.sender = sender
        self.sent = []
        threading.Thread(target=self._work, daemon=True).start()

    def _work(self):
        while True:
            reminder = self.queue.get()
            try:
                self.sent.append(self.sender(reminder))
            except ValueError:
                continue
            self.queue.task_done()

    def drain(self, reminders):
        for reminder in reminders:
            self.queue.put(reminder)
        self.queue.join()
        return self.sent


async def _availability(host, port):
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(b"AVAIL\n")
    line = await reader.readline()
    writer.close()
    return line.decode().strip()


async def availability(clinics):
    async with asyncio.TaskGroup() as group:
        tasks = {name: group.create_task(_availability(host, port)) for name, (host, port) in clinics.items()}
    return {name: task.result() for name, task in tasks.items()}


def send_all_threaded(reminders, sender):
    threads = [threading.Thread(target=sender, args=(r,)) for r in reminders]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
