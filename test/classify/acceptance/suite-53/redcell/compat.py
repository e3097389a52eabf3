"""Red-cell compatibility: which donor groups a recipient may receive."""
GROUPS = ["O-", "O+", "A-", "A+", "B-", "B+", "AB-", "AB+"]

RECEIVES = {
    "O-": {"O-"},
    "O+": {"O-", "O+"},
    "A-": {"O-", "A-"},
    "A+": {"O-", "O+", "A-", "A+"},
    "B-": {"O-", "B-"},
    "B+": {"O+", "B-", "B+"},
    "AB-": {"A-", "B-", "AB-"},
    "AB+": set(GROUPS),
}


def can_receive(recipient, donor):
    return donor in RECEIVES[recipient]


def can_receive_plasma(recipient, donor):
    # Plasma goes the other way: the recipient's red cells must carry no antigen the donor's plasma has antibodies to.
    return recipient.rstrip("+-") in RECEIVES_RED_CELLS_FROM_DONOR_PLASMA[donor.rstrip("+-")]


RECEIVES_RED_CELLS_FROM_DONOR_PLASMA = {
    "O": {"O"}, "A": {"O", "A"}, "B": {"O", "B"}, "AB": {"O", "A", "B", "AB"},
}
