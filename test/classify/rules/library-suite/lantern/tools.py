import subprocess
import sys
import os
import shutil


def run_check():
    subprocess.run([sys.executable, "-c", "import sys; sys.exit(3)"], check=True)


def run_slow():
    subprocess.run(["sleep", "3"], timeout=0.2)


def run_missing_tool():
    subprocess.run(["lantern-helper-not-installed", "--version"], check=True)


def run_shell_missing():
    subprocess.run("lantern-helper-not-installed --version", shell=True, check=True)


def run_segfault():
    subprocess.run([sys.executable, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGSEGV)"], check=True)


def move_across(src, dst):
    os.rename(src, dst)


def open_dir(path):
    with open(path) as handle:
        return handle.read()


def run_terminated():
    subprocess.run([sys.executable, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGTERM)"], check=True)
