"""Lift passes: prices, signed pass tokens and the QR code printed on the card."""
from datetime import date, datetime, timezone
from decimal import Decimal

import jwt
import segno

from snowgate import settings

DAY_PRICES = {"adult": Decimal("79.00"), "youth": Decimal("59.00"), "child": Decimal("39.00"), "senior": Decimal("64.00")}
MULTI_DAY_DISCOUNT = {1: Decimal("0"), 3: Decimal("0.05"), 6: Decimal("0.12")}


def category_for(birth: date, on: date) -> str:
    age = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    if age < 16:
        return "child"
    if age <= 19:
        return "youth"
    if age > 65:
        return "senior"
    return "adult"


def price(category: str, days: int) -> Decimal:
    per_day = DAY_PRICES[category]
    discount = max(rate for span, rate in MULTI_DAY_DISCOUNT.items() if span <= days)
    return (per_day * days * (1 - discount)).quantize(Decimal("0.01"))


def family_price(categories: list[str], days: int) -> Decimal:
    total = sum(price(category, days) for category in categories)
    if len(categories) >= 4:
        total = total * 0.9
    return total


def _signing_key() -> bytes:
    with open(settings.PASS_SIGNING_KEY_FILE, "rb") as key_file:
        return key_file.read()


def issue_token(pass_id: str, valid_until: datetime) -> str:
    claims = {"sub": pass_id, "exp": valid_until, "aud": settings.PASS_AUDIENCE}
    return jwt.encode(claims, _signing_key(), algorithm="ES256")


def issue_gate_token(pass_id: str, valid_until: datetime) -> str:
    claims = {"sub": pass_id, "exp": valid_until, "aud": "snowgate-gate"}
    return jwt.encode(claims, settings.PASS_SECRET or "dev-secret", algorithm="HS256")


def read_gate_token(token: str) -> str:
    claims = jwt.decode(token, settings.PASS_SECRET or "dev-secret", algorithms=["HS256"], audience=settings.PASS_AUDIENCE)
    return claims["sub"]


def card_qr(pass_id: str, holder: str, photo_b64: str) -> segno.QRCode:
    payload = f"SG1|{pass_id}|{holder}|{photo_b64}"
    return segno.make(payload, error="h", micro=False)


def now_utc() -> datetime:
    return datetime.now(timezone.utc)
