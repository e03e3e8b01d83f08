"""Ctrl-D and Ctrl-C at every prompt of the default talk, under a real pseudo-terminal.

The fixture answers file (Tests/Fixtures/practice-answers.txt, then Enter for each rehearsal line) walks
the whole default talk; N is the number of prompts that walk reaches, rating items, the lines of
several-line answers and the rehearsal lines included. For every k in 0..N-1, one Candor (line editor,
under bash in a pty) gets the first k answers, each typed at its prompt, and then Ctrl-D (or, in the
other test, Ctrl-C) at prompt k. Every run must:

- exit 0 for Ctrl-D and 130 for Ctrl-C;
- leave the terminal's settings as it found them (`stty -g` before and after, in the same pty);
- save nothing while still in the readiness check, and after it save exactly what the same k answers
  piped in save (an independent path through the plain reader), which must in turn be a prefix of what
  the whole walk saves, and hold every line of text typed so far (the lines of a several-line answer
  cut short included): every answer given so far is in the journal, before a pause with the right
  reason.

Each run is its own process; they run two at a time. Not a sample: the tests fail if any prompt is left
out (the walk's N is checked against the fixture's length). All of it runs twice: on a plain talk, and on
one sealed whole (`practice --lock`, its passphrase typed hidden first; its journal read by opening the
sealed lines), where Ctrl-D and Ctrl-C at the passphrase prompts themselves leave nothing behind."""
import concurrent.futures
import io
import json
import os
import re
import subprocess
import termios
import time

import pexpect
import pytest

from conftest import CANDOR, FIXTURES, journal_events

FIXTURE = (FIXTURES / "practice-answers.txt").read_text().splitlines()
READINESS = 6  # the readiness check's questions practising alone, asked first
# Every prompt Candor shows ends with one of these marks and a space (--plain and NO_COLOR: no colour).
PROMPT = r"(?:›|…) "
EXIT = r"candor-exit=(\d+)\r\n(\S*)\r\n"
CTRL_C = "\x03"
CTRL_D = "\x04"
WORKERS = 2
PASSPHRASE = "every-prompt-pass"
MODES = ["plain", "sealed"]


def answer_for(i):
    return FIXTURE[i] if i < len(FIXTURE) else ""


def env_for(home):
    env = {k: v for k, v in os.environ.items() if not k.startswith("CANDOR")}
    env.update({"CANDOR_HOME": str(home), "TERM": "xterm", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "NO_COLOR": "1"})
    return env


def journal(home):
    """The events of the one talk in `home`, sealed lines opened, without their times or the wrapped key
    (random each time); None when nothing was saved."""
    talks = home / "talks"
    found = sorted(talks.glob("*/journal.jsonl")) if talks.exists() else []
    assert len(found) <= 1, f"more than one talk saved: {found}"
    if not found:
        return None
    events = journal_events(home, found[0].parent.name, {"p1": PASSPHRASE})
    for event in events:
        event.pop("at", None)
        event.pop("key", None)
    return events


def walk(home, k, key, mode="plain"):
    """Answers k prompts in a pty, then sends `key` at the next one (None: answer every prompt; k -2 or -1:
    at the first or second passphrase prompt of a sealed talk).
    Returns (prompts answered, exit status, stty before, stty after, transcript tail)."""
    lock = " --lock" if mode == "sealed" else ""
    script = f'stty -g; "$0" practice --plain{lock}; echo "candor-exit=$?"; stty -g'
    child = pexpect.spawn("/bin/bash", ["-c", script, CANDOR], env=env_for(home), encoding="utf-8",
                          timeout=20, dimensions=(40, 120))
    child.delaybeforesend = None
    child.logfile_read = log = io.StringIO()
    stage = "start"
    try:
        child.expect(r"(\S+)\r\n")
        before = child.match.group(1)
        answered = 0
        if mode == "sealed":
            for i, asked in enumerate(["Choose a passphrase", "Type it again"]):
                stage = asked
                child.expect_exact(asked)
                child.expect_exact(": ")
                if k == i - 2:
                    child.send(key)
                    child.expect(EXIT)
                    status, after = int(child.match.group(1)), child.match.group(2)
                    child.expect(pexpect.EOF)
                    return answered, status, before, after, child.before[-300:] if child.before else ""
                child.send(PASSPHRASE + "\r")
        while True:
            if key is not None and answered == k:
                stage = f"prompt {k}, to send {key!r}"
                child.expect(PROMPT)
                wait_until_editing(child)
                child.send(key)
                stage = f"exit after {key!r} at prompt {k}"
                child.expect(EXIT)
                break
            stage = f"prompt {answered}"
            i = child.expect([PROMPT, EXIT])
            if i == 1:
                break
            child.send(answer_for(answered) + "\r")
            answered += 1
        status, after = int(child.match.group(1)), child.match.group(2)
        child.expect(pexpect.EOF)
        return answered, status, before, after, child.before[-300:] if child.before else ""
    except pexpect.ExceptionPexpect as e:
        raise AssertionError(f"k={k}: {type(e).__name__} waiting for {stage}; "
                             f"the output ends: {log.getvalue()[-400:]!r}") from None
    finally:
        child.close(force=True)


def wait_until_editing(child):
    """libedit prints the prompt a moment before it puts the terminal in raw mode. A Ctrl-D that lands in
    that moment is the cooked terminal's end-of-file, which the switch to raw mode turns into a NUL byte,
    and it is lost (seen with strace: read(0, "\0", 1)); the same happens to a Ctrl-D typed ahead while
    Candor is busy, and pressing it again works. A person can't type that fast; a test can, so before
    sending the key, wait until the line editor has the terminal (ICANON off; the master side of a pty
    reports the terminal's settings)."""
    deadline = time.monotonic() + 5
    while termios.tcgetattr(child.child_fd)[3] & termios.ICANON and time.monotonic() < deadline:
        time.sleep(0.001)


def piped(home, k, mode):
    """The same k answers piped in, then end of input: the plain reader's path to the same state."""
    first = [PASSPHRASE] * 2 if mode == "sealed" else []
    lines = "".join(line + "\n" for line in first + [answer_for(i) for i in range(k)])
    args = ["--lock"] if mode == "sealed" else []
    out = subprocess.run([CANDOR, "practice", *args], input=lines, capture_output=True, text=True, env=env_for(home),
                         timeout=60)
    assert out.returncode == 0, out.stderr
    return journal(home)


@pytest.fixture(scope="module", params=MODES)
def whole_walk(tmp_path_factory, request):
    """Every prompt answered: how many there are, everything the finished talk saved, and the mode."""
    mode = request.param
    home = tmp_path_factory.mktemp("whole")
    answered, status, before, after, tail = walk(home, None, None, mode)
    assert status == 0, tail
    assert before == after, "the terminal's settings changed over a whole talk"
    events = journal(home)
    assert events and events[-1]["type"] == "completed", tail
    # The walk reached past the end of the fixture (the rehearsal lines), so no prompt is left out.
    assert answered > len(FIXTURE), f"only {answered} prompts for {len(FIXTURE)} fixture answers"
    return answered, events, mode


def check_prompt(tmp_path, k, key, full_events, mode):
    """One run; returns a list of problems (empty when all is well)."""
    problems = []
    home = tmp_path / f"k{k}"
    answered, status, before, after, tail = walk(home, k, key, mode)
    expected_status = 0 if key == CTRL_D else 130
    if status != expected_status:
        problems.append(f"exit {status}, expected {expected_status}; output ends {tail!r}")
    if before != after:
        problems.append(f"terminal settings changed: {before} -> {after}")
    saved = journal(home)
    if k < READINESS:
        if saved is not None:
            problems.append(f"saved {len(saved)} events while still in the readiness check")
        return problems
    if not saved:
        return problems + ["nothing saved after the readiness check"]
    reason = "end-of-input" if key == CTRL_D else "interrupted"
    last = saved[-1]
    if last.get("type") != "paused" or last.get("reason") != reason:
        problems.append(f"last event {last}, expected a pause for {reason}")
    kept = saved[:-1]
    oracle = piped(tmp_path / f"piped{k}", k, mode)
    if oracle is None or kept != oracle[:-1]:
        problems.append(f"saved {len(kept)} events, the same answers piped saved {len(oracle or []) - 1}; "
                        f"first difference: {next((a, b) for a, b in zip(kept + [None] * 999, (oracle or [])[:-1] + [None] * 999) if a != b)}")
    if not is_prefix(kept, full_events):
        problems.append("what was saved is not what the whole walk saves up to that point")
    # Independently of both: every line of text typed so far that the whole walk keeps as written (an
    # opener, a line of a list, a safe word) is in this journal too, even a list cut short by the key.
    # (Only answers typed once in the fixture, so a "no" typed as a rating is not taken for a "no" typed
    # as text later on.)
    typed = {t for t in texts(full_events) if FIXTURE.count(t) == 1}
    lost = [answer_for(i) for i in range(k) if answer_for(i) in typed and answer_for(i) not in texts(kept)]
    if lost:
        problems.append(f"typed but not saved: {lost}")
    return problems


def texts(events):
    """Every piece of free text in the events' answer values (text, lines, own additions): what a person
    typed in their own words, as opposed to yes/no, option ids and rating values."""
    found = set()
    for e in events:
        value = e.get("value") or {}
        if isinstance(value.get("text"), str):
            found.add(value["text"])
        for key in ("lines", "additions"):
            found.update(x for x in value.get(key) or [] if isinstance(x, str))
    return found


def is_prefix(kept, full):
    """`kept` is how `full` begins, except that a several-line answer cut short by the key holds only the
    lines typed so far (they are saved, not lost), so its lines need only begin the full answer's."""
    if kept == full[:len(kept)]:
        return True
    if not kept or kept[:-1] != full[:len(kept) - 1]:
        return False
    cut, whole = kept[-1], full[len(kept) - 1]
    lines = (cut.get("value") or {}).get("lines")
    whole_lines = (whole.get("value") or {}).get("lines")
    return (lines is not None and whole_lines is not None and whole_lines[:len(lines)] == lines
            and {**cut, "value": None} == {**whole, "value": None})


def every_prompt(tmp_path, whole_walk, key):
    n, full_events, mode = whole_walk
    failures = {}
    first = -2 if mode == "sealed" else 0  # the two passphrase prompts come first
    with concurrent.futures.ThreadPoolExecutor(max_workers=WORKERS) as pool:
        futures = {pool.submit(check_prompt, tmp_path, k, key, full_events, mode): k for k in range(first, n)}
        for future in concurrent.futures.as_completed(futures):
            try:
                problems = future.result()
            except AssertionError as e:
                problems = [str(e)]
            if problems:
                failures[futures[future]] = problems
    report = "\n".join(f"prompt {k}: {'; '.join(failures[k])}" for k in sorted(failures)[:10])
    assert not failures, f"{len(failures)} of {n} prompts failed:\n{report}"
    assert len(futures) == n - first


def test_ctrl_d_at_every_prompt_pauses_with_every_answer_kept(tmp_path, whole_walk):
    every_prompt(tmp_path, whole_walk, CTRL_D)


def test_ctrl_c_at_every_prompt_exits_130_with_every_answer_kept(tmp_path, whole_walk):
    every_prompt(tmp_path, whole_walk, CTRL_C)
