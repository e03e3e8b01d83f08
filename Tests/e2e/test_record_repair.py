"""A damaged record is reported, never silently "fixed": show and resume name the file and line, exit 65
and change nothing; repair keeps a backup and rebuilds from the good lines; forget asks, then removes
the talk's files and folder."""
import hashlib
import json
import os
import stat

import pexpect

from conftest import practice_answers
from test_terminal import PROMPT, spawn


def half_talk(candor):
    half = "\n".join(practice_answers().splitlines()[:20]) + "\n"
    assert candor.run("practice", input=half).returncode == 0
    return candor.talks()[0]["id"]


def flip_middle_byte(path):
    """Flips one bit in the middle of the journal: inside a line that is not the last."""
    data = bytearray(path.read_bytes())
    lines = data.split(b"\n")
    middle = len(lines) // 2
    offset = sum(len(l) + 1 for l in lines[:middle]) + len(lines[middle]) // 2
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))
    return middle + 1, len(lines) - 1  # the damaged line (1-based), and the number of lines


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_flipped_byte_is_reported_with_file_and_line_and_changes_nothing_then_repair_recovers(candor):
    talk = half_talk(candor)
    folder = candor.home / "talks" / talk
    journal = folder / "journal.jsonl"
    bad_line, total = flip_middle_byte(journal)
    before = sha(journal)
    names_before = sorted(os.listdir(folder))

    for args in (["show", talk], ["show", talk, "--json"], ["resume", talk]):
        out = candor.run(*args, input="yes\n")
        assert out.returncode == 65, (args, out.stdout, out.stderr)
        assert f"{journal}:{bad_line}:" in out.stderr, out.stderr
        assert "Nothing was changed" in out.stderr and "candor repair" in out.stderr
        assert sha(journal) == before, args
    assert sorted(os.listdir(folder)) == names_before
    assert candor.talks()[0]["status"] == "damaged"

    out = candor.run("repair", talk)
    assert out.returncode == 0, out.stderr
    dropped = total - (bad_line - 1)
    assert f"dropped {dropped} lines from line {bad_line} on" in out.stdout, out.stdout
    assert f"kept lines 1 to {bad_line - 1}" in out.stdout
    backups = [n for n in os.listdir(folder) if n.startswith("journal.jsonl.bak-")]
    assert len(backups) == 1
    backup = folder / backups[0]
    assert sha(backup) == before  # the journal as it was, byte for byte
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert str(backup) in out.stdout
    assert not (folder / "snapshot.bin").exists()

    # The rebuilt talk loads, holds the lines before the damage, and carries on.
    lines = journal.read_bytes().split(b"\n")[:-1]
    assert len(lines) == bad_line - 1
    record = candor.record(talk)
    assert record["answers"]["ready-adult"]["p1"]["value"] == {"yes": True}
    resumed = candor.run("resume", talk, input="")
    assert resumed.returncode == 0, resumed.stderr

    again = candor.run("repair", talk)
    assert again.returncode == 0
    assert "Nothing to repair" in again.stdout
    assert len([n for n in os.listdir(folder) if n.startswith("journal.jsonl.bak-")]) == 1


def test_a_torn_last_line_is_ignored_with_a_notice_and_resume_writes_after_it(candor):
    talk = half_talk(candor)
    journal = candor.home / "talks" / talk / "journal.jsonl"
    with open(journal, "ab") as f:
        f.write(b'{"seq":999,"event":{"at":"2026-')
    show = candor.run("show", talk, "--json")
    assert show.returncode == 0
    assert "cut off mid-write" in show.stderr
    resumed = candor.run("resume", talk, input="")
    assert resumed.returncode == 0, resumed.stderr
    # The next entry starts on a line of its own: the journal reads clean now.
    show = candor.run("show", talk, "--json")
    assert show.returncode == 0 and show.stderr == ""
    assert json.loads(show.stdout)["events"][-1]["type"] == "paused"


def test_forget_asks_and_removes_the_files_and_the_folder(candor):
    talk = half_talk(candor)
    folder = candor.home / "talks" / talk
    # No terminal and no --yes: refused, nothing removed.
    out = candor.run("forget", talk, input="yes\n")
    assert out.returncode == 64
    assert "--yes" in out.stderr
    assert folder.exists()
    # At a terminal: says what goes, and keeps it unless told yes or the id.
    child = spawn(candor.home, "forget", talk)
    child.expect("This deletes talk " + talk)
    child.expect("started")
    child.expect(PROMPT)
    child.send("no\r")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0 and folder.exists()
    child = spawn(candor.home, "forget", talk[:3])
    child.expect(PROMPT)
    child.send(talk + "\r")
    child.expect("deleted")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert not folder.exists()
    assert candor.talks() == []


def test_forget_yes_skips_the_question_even_for_a_damaged_talk(candor):
    talk = half_talk(candor)
    flip_middle_byte(candor.home / "talks" / talk / "journal.jsonl")
    out = candor.run("forget", talk, "--yes")
    assert out.returncode == 0, out.stderr
    assert "damaged" in out.stdout
    assert not (candor.home / "talks" / talk).exists()
    assert candor.run("forget", talk, "--yes").returncode == 66
