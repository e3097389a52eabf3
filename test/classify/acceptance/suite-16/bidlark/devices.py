"""Device targeting from the bid request's user agent."""
from user_agents import parse


def classify(user_agent):
    ua = parse(user_agent)
    if ua.is_touch_capable:
        return "mobile"
    if ua.is_tablet:
        return "tablet"
    return "desktop"
