"""cuewright: a subtitling and localisation service for a video platform."""
