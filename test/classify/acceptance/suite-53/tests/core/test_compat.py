import pytest

from redcell.compat import GROUPS, can_receive, can_receive_plasma


def truth(recipient, donor):
    donor_antigens = set(donor.rstrip("+-").replace("O", "")) | ({"D"} if donor.endswith("+") else set())
    recipient_antigens = set(recipient.rstrip("+-").replace("O", "")) | ({"D"} if recipient.endswith("+") else set())
    return donor_antigens <= recipient_antigens


@pytest.mark.parametrize("donor", GROUPS)
@pytest.mark.parametrize("recipient", GROUPS)
def test_compatibility(recipient, donor):
    assert can_receive(recipient, donor) == truth(recipient, donor)


@pytest.mark.parametrize("donor", GROUPS)
@pytest.mark.parametrize("recipient", GROUPS)
def test_plasma_compatibility(recipient, donor):
    # ABO only: plasma carries no Rh antibodies unless the donor was sensitised.
    assert can_receive_plasma(recipient, donor) == truth(donor.rstrip("+-") + "-", recipient.rstrip("+-") + "-")
