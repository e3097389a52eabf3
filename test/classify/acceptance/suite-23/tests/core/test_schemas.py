from snowgate import schemas


def test_partner_pass_from_api():
    record = {"pass_id": "HM-88121", "holder": "Per Hansen", "days": 2}
    assert schemas.partner_pass(record).days == 2


def test_partner_pass_with_resort():
    record = {"pass_id": "HM-88122", "holder": "Liv Berg", "days": 1, "resort": "hemsedal"}
    assert schemas.partner_pass(record).resort == "hemsedal"
