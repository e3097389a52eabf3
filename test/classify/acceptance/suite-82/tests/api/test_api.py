from shorewarden import api


def test_health():
    assert api.health() == {"status": "ok"}


def test_survey_query():
    data = api.query('{ survey(id: "s-1") { site volumeM3 } }')
    assert data["survey"] == {"site": "spurn", "volumeM3": 120.5}


def test_unknown_survey_is_null():
    assert api.query('{ survey(id: "s-9") { site } }') == {"survey": None}


def test_survey_dates():
    data = api.query("{ surveys { surveyId surveyDate } }")
    assert len(data["surveys"]) == 2


def test_survey_answer_matches_contract():
    api.check_response("Survey", api.survey_json("s-1"))


def test_contract_valid():
    api.validate_contract()


def test_list_surveys():
    assert len(api.query("{ surveys { surveyId } }")["surveys"]) == 2
