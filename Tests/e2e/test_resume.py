"""Resuming a talk under a real terminal (pexpect): after Ctrl-C, after Ctrl-D and after kill -9 the talk
carries on at the first unanswered question; one Candor per talk (exit 75, with the holder's pid); a
lock left by a killed Candor is taken over; the picker lists unfinished talks with their step."""
import json
import os
import signal
import subprocess

import pexpect
import pytest

from conftest import CANDOR
from test_terminal import CTRL_C, CTRL_D, PROMPT, answer, finish, spawn, through_readiness

MORE = r"…(?:\x1b\[[0-9;]*m)* "
ANSI = r"(?:\x1b\[[0-9;]*m)*"


def run(home, *args, input=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("CANDOR")}
    env.update({"CANDOR_HOME": str(home), "NO_COLOR": "1", "TERM": "dumb"})
    return subprocess.run([CANDOR, *args], input=input, capture_output=True, text=True, env=env, timeout=60)


def only_talk(home):
    talks = json.loads(run(home, "list", "--json").stdout)
    assert len(talks) == 1
    return talks[0]["id"]


def to_motivation(child):
    """Readiness, then the opener (a several-line answer); stops with the motivation question showing."""
    through_readiness(child)
    answer(child, "Can we talk about us?")
    child.expect(MORE)
    child.send("\r")
    child.expect("What draws you to this")
    child.expect(PROMPT)


def to_rating_item_3(child):
    """On to the list of things to rate, answering two items; stops with item 3 showing."""
    to_motivation(child)
    child.send("closeness\r")
    child.expect(MORE)
    child.send("\r")
    answer(child, "new")
    answer(child, "yes")
    answer(child, "maybe")
    child.expect("item 3 of 20")
    child.expect(PROMPT)


def resume_lands_on(home, talk, expected):
    """`candor resume` shows `expected` as the first question, before its first prompt."""
    child = spawn(home, "resume", talk)
    child.expect(PROMPT)
    shown = child.before
    assert expected in shown, shown[-800:]
    child.send(CTRL_D)
    assert finish(child) == (0, None)
    return shown


def test_resume_after_ctrl_c_lands_on_the_first_unanswered_question(tmp_path):
    child = spawn(tmp_path, "practice")
    to_motivation(child)
    child.send(CTRL_C)
    assert finish(child) == (130, None)
    talk = only_talk(tmp_path)
    shown = resume_lands_on(tmp_path, talk, "What draws you to this")
    assert "Step 1 of 4 · Write it down · 2 of 4" in shown
    assert "Welcome back" in shown or "welcome back" in shown.lower()


def test_resume_after_ctrl_d_lands_on_the_first_unanswered_question(tmp_path):
    child = spawn(tmp_path, "practice")
    to_motivation(child)
    child.send("closeness\r")
    child.expect(MORE)
    child.send("\r")
    child.expect("How much experience")
    child.expect(PROMPT)
    child.send(CTRL_D)
    assert finish(child) == (0, None)
    talk = only_talk(tmp_path)
    resume_lands_on(tmp_path, talk, "How much experience")


def test_resume_after_kill_9_lands_on_the_first_unanswered_question_and_takes_the_lock_over(tmp_path):
    child = spawn(tmp_path, "practice")
    to_rating_item_3(child)
    child.kill(signal.SIGKILL)
    child.close(force=True)
    talk = only_talk(tmp_path)
    record = json.loads(run(tmp_path, "show", talk, "--json").stdout)
    assert record["answers"]["acts"]["p1"]["value"]["ratings"] == {"hair-pulling.giving": "yes", "hair-pulling.receiving": "maybe"}
    # The killed Candor's lock went with it: resume is not refused.
    shown = resume_lands_on(tmp_path, talk, "item 3 of 20")
    assert "Spanking or paddling (giving)" in shown


def test_a_second_candor_on_the_same_talk_exits_75_naming_the_holder(tmp_path):
    child = spawn(tmp_path, "practice")
    to_motivation(child)
    child.send(CTRL_D)
    finish(child)
    talk = only_talk(tmp_path)
    first = spawn(tmp_path, "resume", talk)
    first.expect(PROMPT)
    before = (tmp_path / "talks" / talk / "journal.jsonl").read_bytes()
    for args in (["resume", talk], ["resume", talk[:3]], ["repair", talk], ["forget", talk, "--yes"]):
        second = run(tmp_path, *args)
        assert second.returncode == 75, (args, second.stderr)
        assert second.stderr == f"candor: talk {talk} is open in another Candor (pid {first.pid})\n", args
    assert (tmp_path / "talks" / talk / "journal.jsonl").read_bytes() == before
    # The first carries on undisturbed, and once it is done the talk is free again.
    first.send("closeness\r")
    first.expect(MORE)
    first.send("\r")
    first.expect("How much experience")
    first.expect(PROMPT)
    first.send(CTRL_D)
    assert finish(first) == (0, None)
    again = run(tmp_path, "resume", talk, input="")
    assert again.returncode == 0, again.stderr
    assert "How much experience" in again.stdout


def test_the_picker_lists_unfinished_talks_with_people_talk_step_and_last_touched(tmp_path):
    # Two unfinished talks, at different steps; one finished talk that is not offered.
    run(tmp_path, "practice", "--name", "Sam", input="yes\nyes\nyes\nyes\nnone\nyes\nhello\n\n")
    run(tmp_path, "practice", "--name", "Alex", input="yes\nyes\nyes\nyes\nnone\nyes\n:skip\n:skip\nnew\n" + "yes\n" * 20 + "\n" + "\n" * 6)
    talks = {t["people"][0]: t for t in json.loads(run(tmp_path, "list", "--json").stdout)}
    child = spawn(tmp_path, "resume")
    child.expect("aren't finished")
    child.expect(r"\[1\] ")
    listing = child.before
    for name, step in (("Sam", "Write it down"), ("Alex", "Pick the right time")):
        line = next(l for l in listing.splitlines() if talks[name]["id"] in l)
        assert name in line and "Talking about sex" in line and f"at {step}" in line and "last touched" in line, line
    child.send("2\r")
    # The picker's own prompt is still in the buffer: wait for the talk's question, or Ctrl-D can reach the
    # terminal before the line editor is reading (and be lost), as it did on a busy machine.
    child.expect(["What draws you to this", "When would be a good time"])
    child.expect(PROMPT)
    child.send(CTRL_D)
    assert finish(child) == (0, None)
