"""Hold slips printed at the branch's counter."""

import subprocess


def print_slip(settings, text, printer="counter"):
    subprocess.run([settings.print_command, "-d", printer], input=text.encode(), check=True, timeout=5)
