import io

import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

from hoofbeat import pacs


def radiograph(**fields):
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.1"
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    dataset = Dataset()
    dataset.file_meta = meta
    dataset.is_little_endian = True
    dataset.is_implicit_VR = False
    for name, value in fields.items():
        setattr(dataset, name, value)
    out = io.BytesIO()
    pydicom.dcmwrite(out, dataset, write_like_original=False)
    return out.getvalue()


def test_summary_of_a_fetlock_study():
    data = radiograph(PatientName="Bramble", BodyPartExamined="FETLOCK", PatientWeight="512")
    assert pacs.summary(pacs.read_study(data)) == {"horse": "Bramble", "region": "FETLOCK", "weight_kg": 512.0}


def test_summary_of_a_field_study():
    # Radiographs taken on a yard visit: no weighbridge there, so no weight is recorded.
    data = radiograph(PatientName="Juniper", BodyPartExamined="HOOF")
    assert pacs.summary(pacs.read_study(data))["region"] == "HOOF"
