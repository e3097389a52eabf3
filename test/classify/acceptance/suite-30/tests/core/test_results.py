from hoofbeat import results

ORU = (
    "MSH|^~\\&|EQUILAB|LAB|HOOFBEAT|PRACTICE|20261201083000||ORU^R01|MSG00042|P|2.5\n"
    "PID|1||826001000123456||Bramble\n"
    "OBX|1|NM|HCT||38|%|32-53|N\n"
    "OBX|2|NM|WBC||13.2|10^9/L|5.4-14.3|N\n"
)


def test_values_from_lab_message():
    assert results.values(ORU)["HCT"] == (38.0, "%")


def test_flag_high_white_cells():
    assert results.flag(15.1, 5.4, 14.3) == "H"
