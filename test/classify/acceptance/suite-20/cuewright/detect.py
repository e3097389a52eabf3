"""Language of a cue, for routing to the right translator."""
from langdetect import DetectorFactory, detect

DetectorFactory.seed = 0


def language_of(text):
    return detect(text)


def languages(cues):
    return {cue: language_of(cue) for cue in cues}
