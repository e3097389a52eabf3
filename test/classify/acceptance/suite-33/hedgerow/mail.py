import smtplib
from email.message import EmailMessage

from hedgerow import settings


def send_notice(to, subject, body, host=None, port=None):
    message = EmailMessage()
    message["From"] = "secretary@hedgerow.example"
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    with smtplib.SMTP(host or settings.MAIL_HOST, port or settings.MAIL_PORT, timeout=1) as smtp:
        smtp.send_message(message)
