import pytest

from wardbook import patients


def test_valid_nhs_number():
    assert patients.valid_nhs_number("9434765919")


def test_invalid_nhs_number():
    assert not patients.valid_nhs_number("9434765918")


def test_patient_from_form():
    patient = patients.Patient.from_form({"nhs_number": "943 476 5919", "name": " Ada Okafor "})
    assert patient.nhs_number == "9434765919"


def test_import_gp_export():
    raw = "\ufeffnhs_number,name\r\n9434765919,Ada Okafor\r\n4010232137,Sam Reyes\r\n".encode()
    assert [p.name for p in patients.import_patients(raw)] == ["Ada Okafor", "Sam Reyes"]


def test_patient_requires_ten_digits():
    with pytest.raises(ValueError, match="NHS number must be 10 digits"):
        patients.Patient("12345", "Short Number")
