"""E-mails to a show's followers."""
from podstead.mailer import send_email


def new_episode(slug, title):
    send_email(f"followers+{slug}@podstead.example", f"New episode: {title}")
    return True
