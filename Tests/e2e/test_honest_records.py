"""Smaller ways a record or a message was not quite true (issue 9, item 7): an export to a pipe reported a
failure after writing, a journal naming one person twice lost the second person's answers, and pausing
during the readiness check said everything was saved when nothing was. (NUL bytes and invalid UTF-8 in an
answer: test_unbounded_input.py.)"""
import json
import subprocess

from conftest import CANDOR
from test_terminal_controls import crc_line

READY = "yes\nyes\nyes\nyes\n1\nyes\n"


def saved_talk(candor):
    out = candor.run("practice", input=READY + "hello there\n\n")
    assert out.returncode == 0, out.stderr
    [listed] = candor.talks()
    return listed["id"]


def test_export_to_dev_stdout_into_a_pipe_succeeds(candor):
    talk_id = saved_talk(candor)
    for fmt, marker in (("md", "hello there"), ("json", '"hello there"'), ("html", "hello there")):
        out = candor.run("export", talk_id, "--format", fmt, "-o", "/dev/stdout")  # stdout is a pipe here
        assert out.returncode == 0, (fmt, out.returncode, out.stderr)
        assert marker in out.stdout, fmt
        assert "readable only by you" not in out.stderr  # a pipe is not a file made private


def test_export_to_a_file_is_still_private_and_synced(candor, tmp_path):
    talk_id = saved_talk(candor)
    target = tmp_path / "talk.md"
    out = candor.run("export", talk_id, "--format", "md", "-o", str(target))
    assert out.returncode == 0, out.stderr
    assert f"Wrote {target} (readable only by you)." in out.stderr
    assert target.stat().st_mode & 0o777 == 0o600
    assert "hello there" in target.read_text()


def test_a_journal_naming_one_person_twice_is_refused_as_damaged(candor):
    talk_id = saved_talk(candor)
    folder = candor.home / "talks" / talk_id
    lines = (folder / "journal.jsonl").read_text().splitlines()
    out = []
    for seq, line in enumerate(lines, 1):
        event = json.loads(line)["event"]
        if event["type"] == "started":
            event["people"] = [{"id": "p1", "name": "A"}, {"id": "p1", "name": "B"}]
        out.append(crc_line(seq, event))
    (folder / "journal.jsonl").write_text("".join(out))
    (folder / "snapshot.bin").unlink(missing_ok=True)
    for args in (["show", talk_id], ["show", talk_id, "--json"], ["export", talk_id, "--format", "md"],
                 ["resume", talk_id]):
        result = candor.run(*args, input="")
        assert result.returncode == 65, (args, result.returncode, result.stderr)
        assert "journal.jsonl:1:" in result.stderr and "same person id twice" in result.stderr, result.stderr


def test_the_readiness_check_says_nothing_is_saved_until_it_is_done_and_nothing_contradicts_it(candor):
    for ending in ("yes\n", "yes\n:pause\n", "yes\nred\n"):
        out = candor.run("practice", input=ending)
        assert out.returncode == 0, out.stderr
        assert "Nothing is saved until these checks are done." in out.stdout
        assert "is saved" not in out.stdout.split("Nothing is saved until these checks are done.")[1], out.stdout
        assert "saved, privately" not in out.stdout
        assert "Nothing was saved yet" in out.stdout or "Nothing from this talk was saved" in out.stdout
        assert candor.talks() == []
    # Past the check, a pause says (truly) that everything is saved.
    out = candor.run("practice", input=READY + "hello\n\n")
    assert "Paused. Everything you've said so far is saved." in out.stdout
