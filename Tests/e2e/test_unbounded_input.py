"""Input that never ends is refused, never waited for (issue 9, item 6): a talk "file" that is a named
pipe, a record whose talk source names one, and an answer line longer than the cap (64 KiB), which is
refused whole with a calm message while the talk carries on at the same question."""
import os
import subprocess
import time

from conftest import CANDOR

READY = "yes\nyes\nyes\nyes\n1\nyes\n"
CAP = 64 * 1024


def test_check_and_practice_refuse_a_named_pipe(candor, tmp_path):
    fifo = tmp_path / "endless.talk"
    os.mkfifo(fifo)
    for args in (["check", str(fifo)], ["practice", "--talk", str(fifo)]):
        out = candor.run(*args, input=READY, timeout=20)
        assert out.returncode == 66, (args, out.stdout[-500:], out.stderr)
        assert f"{fifo} is not a regular file (it is a named pipe), so it was not read as a talk." in out.stderr, out.stderr
    assert candor.talks() == []


def test_show_and_export_of_a_record_whose_talk_names_a_pipe_do_not_wait(candor, tmp_path):
    talk = tmp_path / "mine.talk"
    talk.write_text(candor.run("talks", "--source", "check-in").stdout)
    out = candor.run("practice", "--talk", str(talk), input=READY + "fine\n")
    [listed] = candor.talks()
    talk.unlink()
    os.mkfifo(talk)  # the record names it as its talk source
    for args in (["show", listed["id"]], ["show", listed["id"], "--json"],
                 ["export", listed["id"], "--format", "md"], ["export", listed["id"], "--format", "html"]):
        out = candor.run(*args, timeout=20)
        assert out.returncode == 0, (args, out.stderr)
        # The record is shown; the pipe is named, not read.
        assert f"{talk} is not a regular file (it is a named pipe), so it was not read as a talk." in out.stderr
    out = candor.run("export", listed["id"], "--format", "ics", timeout=20)
    assert out.returncode == 66 and str(talk) in out.stderr, out.stderr


def test_a_line_over_the_cap_is_refused_whole_and_the_same_question_asked_again(candor):
    too_long = "x" * (CAP + 1)
    at_cap = "y" * CAP
    out = candor.run("practice", input=READY + too_long + "\n" + at_cap + "\n\n" + "short\n\n")
    assert out.returncode == 0, out.stderr
    assert "That answer is too long (more than 64 KiB), so nothing of it was kept. Please type it again, shorter." in out.stdout
    assert out.stdout.count("too long") == 1
    [listed] = candor.talks()
    rec = candor.full_record(listed["id"])
    assert rec["answers"]["opener"]["p1"]["value"] == {"lines": [at_cap]}  # the same question, answered next
    assert rec["answers"]["motivation"]["p1"]["value"] == {"lines": ["short"]}
    journal = (candor.home / "talks" / listed["id"] / "journal.jsonl").read_text()
    assert "x" * 100 not in journal


def test_an_endless_line_is_dropped_with_memory_bounded(candor):
    """64 MB without a line break, then the input ends: no abort, nothing of it kept, little memory."""
    proc = subprocess.Popen([CANDOR, "practice"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env=candor.env)
    proc.stdin.write(READY.encode())
    block = b"z" * (1 << 20)
    for _ in range(64):
        proc.stdin.write(block)
    proc.stdin.close()
    deadline = time.monotonic() + 120
    while proc.poll() is None:
        assert time.monotonic() < deadline, "candor did not finish reading the endless line"
        time.sleep(0.05)
    assert proc.returncode == 0, proc.stderr.read()[-500:]
    [listed] = candor.talks()
    assert "opener" not in candor.full_record(listed["id"])["answers"]


def peak_memory_kib(pid):
    """The most memory the process has held since it started (VmHWM: not inherited from the test)."""
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise AssertionError("no VmHWM")


def test_a_48_mb_line_is_never_held_in_memory(candor):
    proc = subprocess.Popen([CANDOR, "practice"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=candor.env)
    proc.stdin.write(READY.encode())
    block = b"z" * (1 << 20)
    for _ in range(48):
        proc.stdin.write(block)
    proc.stdin.write(b"\n")
    proc.stdin.flush()
    seen = b""
    deadline = time.monotonic() + 120
    os.set_blocking(proc.stdout.fileno(), False)
    while b"too long" not in seen:  # the line was read to its end and refused; the question comes again
        assert time.monotonic() < deadline and proc.poll() is None, seen[-500:]
        seen += proc.stdout.read() or b""
        time.sleep(0.02)
    peak = peak_memory_kib(proc.pid)
    proc.stdin.close()
    assert proc.wait(timeout=30) == 0
    assert peak < 40 * 1024, f"{peak} KiB at most for a 48 MB line"


def test_nul_bytes_and_invalid_utf8_in_an_answer_are_changed_and_the_person_told(candor):
    answer = b"caf\xc3\xa9 \x00nul and \xff broken"
    out = subprocess.run([CANDOR, "practice"], input=READY.encode() + answer + b"\n\n", capture_output=True, env=candor.env,
        timeout=60)
    assert out.returncode == 0, out.stderr
    notice = "Some of that answer was not readable text, so it was changed: NUL bytes were left out and unreadable bytes became \ufffd."
    assert out.stdout.decode().count(notice) == 1
    [listed] = candor.talks()
    assert candor.full_record(listed["id"])["answers"]["opener"]["p1"]["value"] == {"lines": ["café nul and \ufffd broken"]}
    # A clean answer says nothing of the kind.
    clean = candor.run("practice", input=READY + "café\n\n")
    assert "not readable text" not in clean.stdout
