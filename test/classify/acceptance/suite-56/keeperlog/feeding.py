"""Diets and feeding rounds."""
from datetime import datetime, time, timedelta, timezone

# Grams of food per kilogram of body weight per day.
DIET = {
    "lion": ("meat", 40),
    "giraffe": ("browse", 25),
    "meerkat": ("insects", 60),
    "penguin": ("fish", 80),
    "tortoise": ("greens", 15),
    "zebra": ("hay", 20),
    "lemur": ("fruit", 45),
    "otter": ("fish", 120),
}

ROUND_TIMES = [time(8, 30), time(12, 0), time(15, 30)]


def daily_grams(species, weight_kg):
    food, per_kg = DIET[species]
    return food, round(per_kg * weight_kg)


def portion_kg(species, weight_kg, rounds):
    _, grams = daily_grams(species, weight_kg)
    return grams / 1000 / rounds


def next_round(now):
    """The next feeding round after `now`, in the zoo's local time (UTC here)."""
    for at in ROUND_TIMES:
        candidate = datetime.combine(now.date(), at, tzinfo=timezone.utc)
        if candidate > now:
            return candidate
    return datetime.combine(now.date() + timedelta(days=1), ROUND_TIMES[0], tzinfo=timezone.utc)


def overdue(last_fed, now=None):
    now = now or datetime.utcnow()
    return now - last_fed > timedelta(hours=8)
