"""Candor under a real pseudo-terminal (pexpect): line editing, history, completion, non-ASCII,
safety words, Ctrl-C and Ctrl-D, and the terminal left as it was found after every exit."""
import json
import os
import subprocess

import pexpect
import pytest

from conftest import CANDOR

LEFT = "\x1b[D"
UP = "\x1b[A"
CTRL_C = "\x03"
CTRL_D = "\x04"
# The prompt marks, allowing colour codes between the mark and its space.
PROMPT = r"›(?:\x1b\[[0-9;]*m)* "
WHY_MOTIVATION = "Knowing your own reasons"
MORE = r"…(?:\x1b\[[0-9;]*m)* "


def spawn(home, *args, extra_env=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("CANDOR")}
    env.update({"CANDOR_HOME": str(home), "TERM": "xterm", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"})
    env.update(extra_env or {})
    env.pop("NO_COLOR", None)
    # pexpect starts the child in its own session, as libedit's signal forwarding needs.
    child = pexpect.spawn(CANDOR, list(args), env=env, encoding="utf-8", timeout=15, dimensions=(40, 120))
    return child


def answer(child, text):
    child.expect(PROMPT)
    child.send(text + "\r")


def through_readiness(child):
    """Practising alone: adult, partner adult, sober, by choice, no power over each other, private."""
    for ready in ["yes", "yes", "yes", "yes", "none", "yes"]:
        answer(child, ready)


def finish(child):
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus, child.signalstatus


def record(home):
    env = dict(os.environ, CANDOR_HOME=str(home))
    talks = json.loads(subprocess.run([CANDOR, "list", "--json"], capture_output=True, text=True, env=env, check=True).stdout)
    assert len(talks) == 1
    return json.loads(subprocess.run([CANDOR, "show", talks[0]["id"], "--json"], capture_output=True, text=True,
                                     env=env, check=True).stdout)


def test_line_editing_and_non_ascii_are_stored_intact(tmp_path):
    child = spawn(tmp_path, "practice")
    through_readiness(child)
    child.expect(PROMPT)
    # Type with a typo, go back with the arrow keys and Backspace, then non-ASCII text.
    child.send("wd")
    child.send(LEFT + "or" + "\x05")  # Ctrl-E: back to the end of the line
    child.send(" héllo ✓ 日本xx\x7f\x7f")
    child.send("\r")
    child.expect(MORE)
    child.send("\r")
    answer(child, CTRL_D)  # Ctrl-D at the next prompt pauses
    assert finish(child) == (0, None)
    assert record(tmp_path)["answers"]["opener"]["p1"]["value"] == {"lines": ["word héllo ✓ 日本"]}


def test_commands_are_in_history_and_answers_are_not(tmp_path):
    child = spawn(tmp_path, "practice")
    through_readiness(child)
    answer(child, "secret opener")
    child.expect(MORE)
    child.send("\r")
    # At the next question: :why enters history; up-arrow brings it back.
    answer(child, ":why")
    child.expect(PROMPT)
    child.send(UP)
    child.expect_exact(":why")  # recalled from history into the edit line
    child.send("\r")
    child.expect_exact(WHY_MOTIVATION)
    # Up twice more must not reach the earlier answer: whatever Enter submits is saved as motivation.
    child.expect(PROMPT)
    child.send(UP + UP + UP + "\r")
    child.send(CTRL_D)
    finish(child)
    rec = record(tmp_path)
    motivation = rec["answers"].get("motivation", {}).get("p1", {}).get("value")
    assert motivation is None or "secret opener" not in json.dumps(motivation)


def test_tab_completes_a_choice(tmp_path):
    child = spawn(tmp_path, "practice")
    through_readiness(child)
    answer(child, ":skip")  # opener
    answer(child, ":skip")  # motivation
    child.expect_exact("Experienced")
    child.expect(PROMPT)
    child.send("exp\t")
    child.expect_exact("erienced")  # libedit redraws only the completed part
    child.send("\r")
    child.expect(PROMPT)
    child.send(CTRL_D)
    finish(child)
    assert record(tmp_path)["answers"]["experience"]["p1"]["value"] == {"option": "experienced"}


def test_red_stops_the_talk(tmp_path):
    child = spawn(tmp_path, "practice")
    through_readiness(child)
    answer(child, "red")
    child.expect_exact("stop here")
    assert finish(child) == (0, None)
    rec = record(tmp_path)
    assert rec["status"] == "stopped"


def test_ctrl_c_exits_130_with_answers_saved(tmp_path):
    child = spawn(tmp_path, "practice")
    through_readiness(child)
    answer(child, "kept answer")
    child.expect(MORE)
    child.send("\r")
    child.expect(PROMPT)
    child.send("half typed")
    child.send(CTRL_C)
    status, signal = finish(child)
    assert (status, signal) == (130, None)
    rec = record(tmp_path)
    assert rec["answers"]["opener"]["p1"]["value"] == {"lines": ["kept answer"]}
    assert rec["status"] == "paused"
    assert rec["events"][-1]["reason"] == "interrupted"
    assert "motivation" not in rec["answers"]


@pytest.mark.parametrize("ending", ["ctrl-d", "ctrl-c", "red", "pause", "not-ready"])
def test_terminal_is_restored_after_every_exit(tmp_path, ending):
    shell = pexpect.spawn("bash", ["--norc", "--noprofile"], encoding="utf-8", timeout=15,
                          env=dict(os.environ, PS1="$ ", CANDOR_HOME=str(tmp_path), TERM="xterm"))
    shell.expect_exact("$ ")
    before = tmp_path / "before"
    after = tmp_path / "after"
    shell.sendline(f"stty -a > {before}; {CANDOR} practice; echo exit=$?; stty -a > {after}")
    if ending == "not-ready":
        shell.expect(PROMPT)
        shell.send("no\r")
    else:
        for ready in ["yes", "yes", "yes", "yes", "none", "yes"]:  # practising alone: six readiness questions
            shell.expect(PROMPT)
            shell.send(ready + "\r")
        shell.expect(PROMPT)
        shell.send({"ctrl-d": CTRL_D, "ctrl-c": CTRL_C, "red": "red\r", "pause": ":pause\r"}[ending])
    shell.expect(r"exit=(\d+)")
    code = int(shell.match.group(1))
    assert code == (130 if ending == "ctrl-c" else 0)
    shell.expect_exact("$ ")
    shell.sendline("exit")
    shell.expect(pexpect.EOF)
    assert before.read_text() == after.read_text()


def test_without_libedit_a_terminal_talk_reads_plain_lines(tmp_path):
    """libedit is loaded only when a terminal is read (a piped run never maps it). Where it can't be
    loaded, the talk still runs on the terminal, reading plain lines. (When it was linked, a missing or
    broken libedit stopped Candor from starting at all.)"""
    broken = tmp_path / "lib"
    broken.mkdir()
    (broken / "libedit.so.2").write_bytes(b"not a library")
    home = tmp_path / "home"
    child = spawn(home, "practice", extra_env={"LD_LIBRARY_PATH": str(broken)})
    through_readiness(child)
    answer(child, "to feel closer")
    child.expect(MORE)  # several lines: an empty one ends them
    child.send("\r")
    child.expect(PROMPT)
    child.sendcontrol("d")
    status, signal = finish(child)
    assert status == 0 and signal is None
    said = [a for q in record(home)["answers"].values() for a in q.values()]
    assert any("to feel closer" in json.dumps(a["value"]) for a in said), said
