"""hoofbeat: an equine veterinary practice's farm visits, patient records, lab work, imaging and pharmacy."""
