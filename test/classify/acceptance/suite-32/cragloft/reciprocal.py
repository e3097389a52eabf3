"""Guest fees for members of partner walls."""
from decimal import Decimal

from cragloft.partners import member_status

GUEST_FEE = Decimal("12.00")


def guest_fee(member):
    return Decimal("0.00") if member_status(member).get("active") else GUEST_FEE
