"""Patients as the booking form sends them."""
import csv
import io

import attrs


def nhs_check_digit(digits):
    total = sum(int(d) * (9 - i) for i, d in enumerate(digits[:9]))
    remainder = total % 11
    check = 11 - remainder
    if check == 11:
        return 0
    return check


def valid_nhs_number(number):
    return len(number) == 10 and number.isdigit() and nhs_check_digit(number) == int(number[9])


@attrs.define
class Patient:
    nhs_number: str = attrs.field(validator=attrs.validators.matches_re(r"\d{10}"))
    name: str

    @classmethod
    def from_form(cls, form):
        """A patient from the booking form's fields, as typed (the form allows spaces in the NHS number)."""
        return cls(nhs_number=form["nhs_number"], name=form["name"].strip())


def import_patients(raw):
    """Patients from the GP practice's CSV export."""
    text = raw.decode("utf-8")
    return [Patient(row["nhs_number"], row["name"]) for row in csv.DictReader(io.StringIO(text))]
