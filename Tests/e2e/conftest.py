"""Shared helpers for the command-line and terminal tests: run candor with its own data folder."""
import json
import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "Tests" / "Fixtures"
CANDOR = os.environ.get("CANDOR_BIN", str(ROOT / ".build" / "debug" / "candor"))


class Candor:
    """Runs the binary against one private data folder."""

    def __init__(self, home: pathlib.Path):
        self.home = home
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("CANDOR")}
        self.env.update({"CANDOR_HOME": str(home), "NO_COLOR": "1", "TERM": "dumb"})

    def run(self, *args, input=None, umask=None, env=None, timeout=60):
        preexec = (lambda: os.umask(umask)) if umask is not None else None
        e = dict(self.env)
        e.update(env or {})
        return subprocess.run([CANDOR, *args], input=input, capture_output=True, text=True, env=e,
                              timeout=timeout, preexec_fn=preexec)

    def talks(self):
        out = self.run("list", "--json")
        assert out.returncode == 0, out.stderr
        return json.loads(out.stdout)

    def record(self, talk_id):
        out = self.run("show", talk_id, "--json")
        assert out.returncode == 0, out.stderr
        return json.loads(out.stdout)


@pytest.fixture
def candor(tmp_path):
    return Candor(tmp_path / "home")


def practice_answers():
    """The answers file that walks the whole default talk, plus Enter for every rehearsal line."""
    return (FIXTURES / "practice-answers.txt").read_text() + "\n" * 40
