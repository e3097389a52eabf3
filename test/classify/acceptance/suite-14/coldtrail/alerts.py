"""Temperature excursion alerts by mail to the on-call rota."""
import smtplib
from email.message import EmailMessage

from coldtrail import settings


def send_excursion_alert(recipients, shipment_id, temp_c, port=None):
    message = EmailMessage()
    message["From"] = "alerts@coldtrail.example"
    message["To"] = ", ".join(recipients)
    message["Subject"] = f"Excursion on {shipment_id}: {temp_c:.1f} °C"
    message.set_content(f"Shipment {shipment_id} read {temp_c:.1f} °C.")
    with smtplib.SMTP("127.0.0.1", port or settings.SMTP_PORT, timeout=2) as smtp:
        return smtp.send_message(message)
