"""The customers' API (Flask)."""
import flask

from treadmark import pricing


def create_app(quotes):
    app = flask.Flask("treadmark")
    app.config["TESTING"] = True

    @app.get("/quote/<size>")
    def quote(size):
        tyres = int(flask.request.args.get("tyres", 4))
        return {"size": size, "total": str(pricing.fitted_price(quotes[size.replace("-", "/")], tyres))}

    @app.get("/depots/<depot>/hours")
    def hours(depot):
        return {"depot": depot, "opens": quotes["hours"][depot]["open"]}

    return app
