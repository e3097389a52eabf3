"""The station's small web site: show pages, routed with Routes, served with WebOb."""
import routes
from webob import Request, Response
from webob.dec import wsgify

BASE = "https://wavecrest.example"

SHOWS = {
    "dawn-chorus": {"title": "Dawn Chorus", "host": "Mara Quill", "episodes": [1, 2, 3]},
    "harbour-jazz": {"title": "Harbour Jazz", "host": "Ned Oake", "episodes": [1, 2]},
    "open-mic": {"title": "Open Mic", "episodes": [1]},
}

mapper = routes.Mapper()
mapper.connect("show", "/shows/{slug}", action="show")
mapper.connect("episode", "/shows/{slug}/episodes/{number}", action="episode", requirements={"number": r"\d+"})


def episode_url(slug, number=None):
    return BASE + mapper.generate(slug=slug, number=number, action="episode")


def show_url(slug):
    return BASE + mapper.generate(slug=slug, action="show")


@wsgify
def app(request):
    match = mapper.match(request.path_info)
    if match is None:
        return Response(status=404, body=b"not found")
    show = SHOWS.get(match["slug"])
    if show is None:
        return Response(status=404, body=b"no such show")
    if match["action"] == "show":
        return Response(f"{show['title']} with {show['host']}")
    return Response(f"{show['title']} episode {match['number']}")


def get(path):
    return Request.blank(path).get_response(app)
