"""The patient portal's API (Flask)."""
import flask

from chairside import reminders
from chairside.reminders import send_sms

PATIENTS = {
    1: {"name": "Ada Byrne", "phone": "+353 1 555 0101", "clinic": "dublin-north"},
    2: {"name": "Cian Walsh", "clinic": "cork"},
}


def create_app():
    app = flask.Flask("chairside")
    app.config["TESTING"] = True

    @app.get("/patients/<int:patient_id>")
    def patient(patient_id):
        record = PATIENTS[patient_id]
        return {"name": record["name"], "phone": record["phone"], "clinic": record["clinic"]}

    @app.post("/patients/<int:patient_id>/remind")
    def remind(patient_id):
        record = PATIENTS[patient_id]
        message_id = send_sms(record["phone"], "Your appointment is tomorrow.")
        return {"sent": message_id}

    @app.get("/health")
    def health():
        return {"ok": True, "mail": reminders.settings.MAIL_HOST}

    return app
