"""Claims to the equine insurer, over its SOAP service (the WSDL is shipped in config/)."""
import os

import zeep

WSDL = os.path.join(os.path.dirname(__file__), "..", "config", "insurer.wsdl")
insurer = zeep.Client(WSDL)


def claim(service, horse, amount):
    return service.submitSample(sampleId=horse, horseId=horse, panel=str(amount))
