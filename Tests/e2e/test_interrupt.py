"""Ctrl-C (SIGINT) ends a talk with status 130 and everything acknowledged saved, in every state: input
from a pipe that stays open, a terminal, while an answer is being saved, and before readiness is passed.
(Issue 9: the flag the handler set was not the one the readers checked, and a read(2) blocked on an open
pipe was retried after EINTR, so Ctrl-C was ignored.)"""
import json
import os
import random
import signal
import subprocess
import time

import pexpect

from conftest import CANDOR, practice_answers
from test_terminal import CTRL_C, MORE, PROMPT, answer, finish, spawn, through_readiness
from test_views import _spawn, talk_file, together  # noqa: F401 (talk_file is a fixture)

READINESS = "yes\nyes\nyes\nyes\n1\nyes\n"


def start_piped(candor):
    """Candor reading from a pipe the test keeps open, in its own session (as a shell job would be)."""
    return subprocess.Popen([CANDOR, "practice"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=candor.env, start_new_session=True)


def wait_for(proc, text, timeout=15):
    """Reads stdout until `text` has been printed (the prompt is flushed before each read)."""
    seen = b""
    deadline = time.monotonic() + timeout
    os.set_blocking(proc.stdout.fileno(), False)
    while text.encode() not in seen:
        assert time.monotonic() < deadline, f"never saw {text!r}: {seen[-500:]!r}"
        chunk = proc.stdout.read()
        if chunk:
            seen += chunk
        else:
            time.sleep(0.02)
    return seen


def interrupt(proc, timeout=5):
    """Sends SIGINT and waits, keeping stdin open: only the signal may end the talk."""
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        raise AssertionError("Ctrl-C did not end candor while its input stayed open")
    finally:
        proc.stdin.close()
    return proc.returncode


def test_ctrl_c_with_an_open_pipe_before_readiness_exits_130_and_saves_nothing(candor):
    proc = start_piped(candor)
    wait_for(proc, "Are you 18 or older?")
    time.sleep(0.2)  # blocked in read(2) on the open pipe
    assert interrupt(proc) == 130
    assert candor.talks() == []


def test_ctrl_c_with_an_open_pipe_exits_130_with_answers_saved(candor):
    proc = start_piped(candor)
    proc.stdin.write((READINESS + "my opening line\n\n").encode())
    proc.stdin.flush()
    wait_for(proc, "Write it down · 2 of 4")
    time.sleep(0.2)
    assert interrupt(proc) == 130
    [talk] = candor.talks()
    rec = candor.record(talk["id"])
    assert rec["answers"]["opener"]["p1"]["value"] == {"lines": ["my opening line"]}
    assert rec["status"] == "paused"
    assert rec["events"][-1]["reason"] == "interrupted"


def test_ctrl_c_at_any_moment_while_answers_are_saved_exits_130(candor):
    """Answers stream in and are saved one by one; Ctrl-C lands wherever it lands, often mid-save."""
    lines = practice_answers().splitlines(keepends=True)
    rng = random.Random(9)
    for attempt in range(8):
        home = candor.home.parent / f"home-{attempt}"
        candor.env["CANDOR_HOME"] = str(home)
        proc = start_piped(candor)
        proc.stdin.write("".join(lines[:30]).encode())
        proc.stdin.flush()
        wait_for(proc, "Write it down · 2 of 4")  # past readiness: every later answer is saved as it comes
        time.sleep(rng.uniform(0, 0.3))
        assert interrupt(proc) == 130, f"attempt {attempt}"
        [talk] = candor.talks()
        rec = candor.record(talk["id"])
        assert rec["status"] in ("paused", "complete"), f"attempt {attempt}"
        if rec["status"] == "paused":
            assert rec["events"][-1]["reason"] == "interrupted", f"attempt {attempt}"
        assert candor.run("resume", talk["id"], input="").returncode == 0 or rec["status"] == "complete"


def test_ctrl_c_on_a_terminal_before_readiness_exits_130_and_saves_nothing(tmp_path):
    child = spawn(tmp_path, "practice")
    answer(child, "yes")
    child.expect(PROMPT)
    child.send(CTRL_C)
    assert finish(child) == (130, None)
    env = dict(os.environ, CANDOR_HOME=str(tmp_path))
    listed = subprocess.run([CANDOR, "list", "--json"], capture_output=True, text=True, env=env, check=True)
    assert json.loads(listed.stdout) == []


def test_ctrl_c_on_a_terminal_right_after_an_answer_is_never_swallowed(tmp_path):
    """The answer and Ctrl-C arrive together: the signal lands while the answer is read or saved."""
    for attempt in range(5):
        home = tmp_path / f"home-{attempt}"
        child = spawn(home, "practice")
        through_readiness(child)
        answer(child, "kept answer")
        child.expect(MORE)
        child.send("\r" + CTRL_C)  # the empty line ends the answer, which is saved as Ctrl-C lands
        try:
            status = finish(child)
        except pexpect.TIMEOUT:
            child.close(force=True)
            raise AssertionError(f"Ctrl-C swallowed (attempt {attempt})")
        assert status == (130, None), f"attempt {attempt}"
        listed = subprocess.run([CANDOR, "list", "--json"], capture_output=True, text=True, check=True,
                                env=dict(os.environ, CANDOR_HOME=str(home)))
        assert [t["status"] for t in json.loads(listed.stdout)] == ["paused"], f"attempt {attempt}"


def test_ctrl_c_at_the_forget_question_keeps_the_talk_and_exits_130(candor, tmp_path):
    assert candor.run("practice", input=READINESS + "kept\n\n").returncode == 0
    [talk] = candor.talks()
    child = spawn(candor.home, "forget", talk["id"])
    child.expect_exact("anything else to keep it")
    child.send(CTRL_C)
    child.expect_exact(f"Kept talk {talk['id']}.")
    assert finish(child) == (130, None)
    assert [t["id"] for t in candor.talks()] == [talk["id"]]


def test_ctrl_c_while_both_are_asked_for_everything_shows_nothing_and_exits_130(candor, talk_file):
    _, talk = together(candor, talk_file)
    child = _spawn(candor.home, "show", talk, "--all")
    child.expect_exact("Passphrase for Sam")
    child.send(CTRL_C)
    child.expect(pexpect.EOF)
    child.close()
    assert "Nothing was shown" in child.before and "SECRET" not in child.before
    assert child.exitstatus == 130
