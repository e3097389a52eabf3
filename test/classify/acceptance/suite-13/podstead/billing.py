"""Creators' plans and payouts."""
from decimal import ROUND_HALF_EVEN, Decimal

from podstead import jobs

PLANS = {"hobby": Decimal("8.25"), "pro": Decimal("29.00"), "network": Decimal("99.00")}


def prorate(plan, days_used, days_in_month):
    share = PLANS[plan] * Decimal(days_used) / Decimal(days_in_month)
    return share.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)


def revenue_share(ad_revenue, rate=0.7):
    return ad_revenue * rate


def queue_payout(show_id, ad_revenue, url=None):
    return jobs.request_payout(show_id, prorate("pro", 30, 30) + ad_revenue, url=url)
