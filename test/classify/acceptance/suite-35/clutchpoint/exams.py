"""Practical test slots from the exam-booking service (httpx, tenacity) and SMS reminders (requests)."""
import httpx
import requests
import tenacity

from clutchpoint import settings


class ExamClient:
    def __init__(self, base_url=None, timeout=1.0):
        self.base_url = base_url or settings.EXAMS_URL
        self.timeout = timeout

    def slots(self, centre):
        response = httpx.get(f"{self.base_url}/v2/centres/{centre}/slots", timeout=self.timeout)
        response.raise_for_status()
        return response.json()["slots"]

    @tenacity.retry(stop=tenacity.stop_after_attempt(3), wait=tenacity.wait_fixed(0.05),
                    retry=tenacity.retry_if_exception_type(httpx.HTTPStatusError))
    def slots_retrying(self, centre):
        return self.slots(centre)


def slots_by_host(centre):
    return ExamClient(f"http://{settings.EXAMS_HOST}:8080").slots(centre)


class SmsError(RuntimeError):
    pass


def send_reminder(number, text, base_url=None):
    if not settings.SMS_API_KEY:
        raise SmsError("SMS API key is not set (CLUTCHPOINT_SMS_API_KEY)")
    response = requests.post((base_url or settings.SMS_URL) + "/messages", json={"to": number, "text": text},
                             headers={"X-Api-Key": settings.SMS_API_KEY}, timeout=5)
    response.raise_for_status()
    return response.json()["id"]


def send_reminder_unchecked(number, text, base_url):
    response = requests.post(base_url + "/messages", json={"to": number, "text": text}, timeout=10)
    return response.status_code
