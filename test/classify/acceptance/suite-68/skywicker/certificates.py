"""Flight certificates: an SVG rendered to PDF with rsvg-convert."""
import subprocess


def svg(name, flight_id):
    return f'<svg xmlns="http://www.w3.org/2000/svg"><text>{name} flew with skywicker, flight {flight_id}</text></svg>'


def render(svg_path, pdf_path):
    subprocess.run(["rsvg-convert", "-f", "pdf", "-o", str(pdf_path), str(svg_path)], check=True)
    return pdf_path
