"""Orders and results at the diagnostic lab, over its SOAP service."""
import requests
import zeep
from zeep.transports import Transport

from hoofbeat import settings
from hoofbeat.errors import LabUnavailable

# The practice's panel names and the lab's codes for them.
PANELS = {
    "haematology": "HAEM-EQ",
    "biochemistry": "BIOCH-EQ",
    "strangles": "STRP-PCR",
    "worm-count": "FEC-EQ",
}


def client(url=None, timeout=None):
    session = requests.Session()
    transport = Transport(session=session, timeout=timeout or settings.LAB_TIMEOUT,
                          operation_timeout=timeout or settings.LAB_TIMEOUT)
    lab = zeep.Client(settings.LAB_WSDL, transport=transport)
    return lab.create_service("{urn:equilab:orders}LabBinding", url or settings.LAB_URL)


def submit(service, sample_id, horse_id, panel):
    return service.submitSample(sampleId=sample_id, horseId=horse_id, panel=PANELS[panel])


def submit_batch(service, samples):
    """Each sample is a dict of the fields the practice keeps; the lab's names differ."""
    return [service.submitSample(**sample) for sample in samples]


def result(service, accession):
    answer = service.getResult(accession=accession)
    return answer.status, answer.value


def result_or_unavailable(service, accession):
    try:
        return result(service, accession)
    except requests.ConnectionError as error:
        raise LabUnavailable(f"lab did not answer for {accession}") from error
