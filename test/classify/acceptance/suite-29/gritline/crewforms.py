"""Crew registration, validated with FormEncode."""
import formencode
from formencode import validators


class CrewForm(formencode.Schema):
    allow_extra_fields = True
    name = validators.UnicodeString(not_empty=True)
    email = validators.Email(not_empty=True)
    phone = validators.UnicodeString(not_empty=True)
    hgv_licence = validators.StringBool(if_missing=False)
    shifts_per_week = validators.Int(min=1, max=5)


def register(form):
    return CrewForm().to_python(form)
