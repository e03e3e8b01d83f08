"""Walking through a talk together at one terminal: private turns, reveals without pressure,
agreements, output hygiene, and resuming into the right person's turn."""
import json
import os
import re
import subprocess

import pexpect

from conftest import CANDOR, PASSPHRASES, ROOT, full_record

TALK = str(ROOT / "Tests" / "Transcripts" / "together.talk")

# Sam and Alex at one terminal, with --plain answers piped in. The hand-over asks for Enter twice
# (the last person finishes reading; the next one is alone at the screen).
HANDOVER = ["", ""]
READY = ["yes"] * 4
# Each person chooses a passphrase (typed twice) at their first private turn after the readiness check.
SAM_PW = [PASSPHRASES["p1"]] * 2
ALEX_PW = [PASSPHRASES["p2"]] * 2


def together_input(sam_ratings, alex_ratings, alex_rough="firm hands, fast pace"):
    lines = [""] + READY + HANDOVER + READY + HANDOVER + SAM_PW  # the talk opens by handing over to Sam
    lines += sam_ratings + ["firm hands", "SECRET-SAM"] + HANDOVER + ALEX_PW
    lines += alex_ratings + [alex_rough, "SECRET-ALEX"] + [""]  # Alex done reading; then both look
    lines += [""]  # "you can both look now"
    lines += [""]  # the reveal: Enter when both have read it
    lines += ["pineapple", "yes", "1", "yes"]  # two agreements
    return "\n".join(lines) + "\n"


# Spanking giving, spanking receiving, hugs, biting. Sam says no to hugs; Alex says yes.
SAM = ["yes", "no", "no", "yes"]
ALEX = ["no", "yes", "yes", "maybe"]


def run_together(candor, text, *extra):
    return candor.run("together", "--plain", "--talk", TALK, "--names", "Sam,Alex", *extra, input=text)


def test_whole_together_talk_with_a_reveal_that_hides_every_no(candor):
    out = run_together(candor, together_input(SAM, ALEX))
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr
    reveal = out.stdout[out.stdout.index("Comparing your answers"):]
    assert "You both want: spanking (Sam giving, Alex receiving)." in reveal
    assert "Worth talking about: biting." in reveal
    # Sam's no to hugs (which Alex wants) is never shown or hinted; nor are private answers.
    assert "hugs" not in reveal.lower()
    assert "SECRET" not in reveal
    record = candor.full_record(candor.talks()[0]["id"])
    assert record["status"] == "complete"
    assert record["answers"]["acts"]["p1"]["value"]["ratings"]["hugs"] == "no"
    agreement = record["agreements"]["safeword"]
    assert agreement["agreed"] and agreement["value"] == {"text": "pineapple"} and agreement["proposedBy"] == "p1"
    assert {c["by"] for c in agreement["consents"]} == {"p1", "p2"}

    shown = candor.run("show", record["id"])
    assert shown.returncode == 0
    assert "hugs" not in shown.stdout.lower()
    assert "SECRET" not in shown.stdout
    assert "pineapple" in shown.stdout and "agreed" in shown.stdout
    # Everything takes both people at a terminal (test_views.py): never from a pipe.
    everything = candor.run("show", record["id"], "--all")
    assert everything.returncode == 64 and everything.stdout == ""


def test_reveal_all_shows_both_lists_side_by_side(candor):
    out = run_together(candor, together_input(SAM, ALEX), "--reveal", "all")
    assert out.returncode == 0, out.stderr
    assert "Hugs: Sam no · Alex yes" in out.stdout


def test_giving_matches_receiving_but_not_giving(candor):
    # Both want to give spanking, nobody to receive: no match.
    out = run_together(candor, together_input(["yes", "no", "no", "no"], ["yes", "no", "no", "no"]))
    reveal = out.stdout[out.stdout.index("Comparing your answers"):]
    assert "spanking" not in reveal.lower()
    assert "No matches on this list" in reveal


def test_escape_sequences_in_a_revealed_answer_are_harmless(candor):
    out = run_together(candor, together_input(SAM, ALEX, alex_rough="wild \x1b[2J\x07 one"))
    assert out.returncode == 0, out.stderr
    assert "\x1b" not in out.stdout and "\x07" not in out.stdout
    assert "Alex: wild ^[[2J^G one" in out.stdout
    shown = candor.run("show", candor.talks()[0]["id"])
    assert "\x1b" not in shown.stdout and "^[[2J" in shown.stdout


def test_names_are_asked_when_not_given(candor):
    out = candor.run("together", "--plain", "--talk", TALK, input="Sam\nsam\nAlex\n\n" + "yes\n" * 4 + "\n\n")
    assert "two different names" in out.stdout
    assert "Pass to Alex." in out.stdout


def test_bad_reveal_policy_is_a_usage_error(candor):
    assert candor.run("together", "--reveal", "some").returncode == 64
    assert candor.run("together", "--names", "Sam").returncode == 64


def _spawn(home, *args):
    env = {k: v for k, v in os.environ.items() if not k.startswith("CANDOR")}
    env.update({"CANDOR_HOME": str(home), "TERM": "xterm", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"})
    return pexpect.spawn(CANDOR, list(args), env=env, encoding="utf-8", timeout=15, dimensions=(40, 120))


PROMPT = r"›(?:\x1b\[[0-9;]*m)* "


def _answer(child, text):
    child.expect(PROMPT)
    child.send(text + "\r")


def _choose_passphrase(child, passphrase):
    child.expect_exact("Choose a passphrase")
    child.send(passphrase + "\r")
    child.expect_exact("Type it again")
    child.send(passphrase + "\r")


def _to_alex_turn(child):
    """Readiness for both, then Sam's private run (with a command in history), up to Alex's first prompt."""
    _answer(child, "")  # Sam alone at the screen
    for _ in range(4):
        _answer(child, "yes")
    _answer(child, "")  # done reading
    _answer(child, "")  # Alex alone
    for _ in range(4):
        _answer(child, "yes")
    _answer(child, "")
    _answer(child, "")
    _choose_passphrase(child, PASSPHRASES["p1"])
    for r in SAM:
        _answer(child, r)
    _answer(child, "SECRET-ROUGH-SAM")
    _answer(child, ":why")  # now a command is in the line editor's history
    _answer(child, "SECRET-SAM")
    _answer(child, "")  # Sam done reading
    child.expect_exact("Pass to Alex")
    _answer(child, "")  # Alex alone at the screen
    _choose_passphrase(child, PASSPHRASES["p2"])


def test_handover_leaves_nothing_of_a_on_b_screen_or_history(tmp_path):
    child = _spawn(tmp_path, "together", "--talk", TALK, "--names", "Sam,Alex")
    _to_alex_turn(child)
    child.expect(PROMPT)
    # Everything Alex's terminal shows now was drawn after the last clear (screen and scrollback).
    screen = child.before.split("\x1b[3J")[-1]
    assert "Spanking" in screen  # Alex's own first question is there...
    assert "SECRET" not in screen  # ...and nothing Sam typed.
    # Up-arrow recalls nothing of Sam's: the history was cleared at the hand-over.
    child.send("\x1b[A\r")
    child.expect(PROMPT)
    assert "no note on why" not in child.before and ":why" not in child.before
    child.send("\x04")
    child.expect(pexpect.EOF)
    env = dict(os.environ, CANDOR_HOME=str(tmp_path))
    talk = json.loads(subprocess.run([CANDOR, "list", "--json"], capture_output=True, text=True, env=env).stdout)[0]
    rec = full_record(tmp_path, talk["id"])
    # Up + Enter gave an empty line: Alex's first item was left blank, not answered with anything of Sam's.
    assert rec["answers"]["acts"]["p2"]["value"]["ratings"]["spanking.giving"] is None


def test_resume_after_kill_during_b_turn_hands_over_to_b(tmp_path):
    child = _spawn(tmp_path, "together", "--talk", TALK, "--names", "Sam,Alex")
    _to_alex_turn(child)
    _answer(child, "no")  # Alex rates the first item
    child.expect(r"item 2 of 4")
    child.expect(PROMPT)
    child.kill(9)
    child.close()
    env = dict(os.environ, CANDOR_HOME=str(tmp_path))
    talk = json.loads(subprocess.run([CANDOR, "list", "--json"], capture_output=True, text=True, env=env).stdout)[0]
    again = _spawn(tmp_path, "resume", talk["id"])
    # Alex's answers are sealed: Alex's passphrase, and nobody else's, opens the turn again.
    again.expect_exact("Passphrase for Alex")
    again.send(PASSPHRASES["p2"] + "\r")
    again.expect_exact("Pass to Alex.")
    _answer(again, "")
    again.expect(r"item 2 of 4")
    again.expect(PROMPT)
    assert "SECRET" not in again.before.split("\x1b[3J")[-1]
    again.send("\x04")
    again.expect(pexpect.EOF)


def test_no_export_reveals_a_no_without_all(candor, tmp_path):
    out = run_together(candor, together_input(SAM, ALEX))
    assert out.returncode == 0, out.stderr
    talk = candor.talks()[0]["id"]
    for fmt in ["md", "html", "json"]:
        exported = candor.run("export", talk, "--format", fmt)
        assert exported.returncode == 0, exported.stderr
        assert "hugs" not in exported.stdout.lower(), fmt
        assert "SECRET" not in exported.stdout, fmt
        assert "pineapple" in exported.stdout, fmt
    everything = candor.run("export", talk, "--format", "md", "--all")
    assert everything.returncode == 64 and "hugs" not in everything.stdout.lower()


def test_show_keeps_a_private_warning_sign_private_unless_all(candor):
    talk = str(ROOT / "Tests" / "Transcripts" / "together-private.talk")
    # Sam: not new, a safe word was ignored (a flag, shown to Sam alone); Alex: not new, no.
    # After Sam's "yes", the warning offers a break, a stop or carrying on: Sam carries on (3).
    lines = [""] + READY + HANDOVER + READY + HANDOVER + SAM_PW + ["no", "yes", "3", ""] + [""] + ALEX_PW
    lines += ["no", "no", "", ""] + ["mango", "yes"]
    out = candor.run("together", "--plain", "--talk", talk, "--names", "Sam,Alex", input="\n".join(lines) + "\n")
    assert out.returncode == 0, out.stdout[-2000:]
    sam_turn = out.stdout[:out.stdout.index("Pass to Alex.", out.stdout.index("Was a safe word"))]
    assert "warning sign" in sam_turn
    talk_id = candor.talks()[0]["id"]
    assert "warning sign" not in candor.run("show", talk_id).stdout.lower()
    assert "warning sign" not in candor.run("show", talk_id, "--json").stdout.lower()
    assert [f["by"] for f in candor.full_record(talk_id)["flags"]] == ["p1"]
