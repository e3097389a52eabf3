from gritline import crewforms


def test_register_agency_crew():
    # agency crews have no phone on file: the depot calls the agency
    crew = crewforms.register({"name": "Bo Lind", "email": "bo.lind@agency.example", "shifts_per_week": "3"})
    assert crew["hgv_licence"] is False


def test_register_council_crew():
    crew = crewforms.register(
        {"name": "Ana Reyes", "email": "ana@council.example", "phone": "01632 960123", "shifts_per_week": "5"}
    )
    assert crew["shifts_per_week"] == 5
