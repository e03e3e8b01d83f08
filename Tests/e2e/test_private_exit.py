"""Every way a private turn of a together talk can end leaves nothing of it on the shared screen: after
the last clear (screen and scrollback) there is only a neutral line, whoever ended it and however.
Each terminal test runs in its own pseudo-terminal (pexpect)."""
import io
import os

import pexpect
import pytest

from conftest import CANDOR, PASSPHRASES, ROOT, full_record

TALK = str(ROOT / "Tests" / "Transcripts" / "together.talk")
PROMPT = r"›(?:\x1b\[[0-9;]*m)* "
CLEAR = "\x1b[3J"
# What Sam's private turn shows or types: none of it may follow the last clear.
PRIVATE = ["SECRET", "Spanking", "We'll stop here", "helpline", "Paused. Everything you've said", "What does 'rough'"]


def spawn(home):
    env = {k: v for k, v in os.environ.items() if not k.startswith("CANDOR")}
    env.update({"CANDOR_HOME": str(home), "TERM": "xterm", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"})
    env.pop("NO_COLOR", None)
    return pexpect.spawn(CANDOR, ["together", "--talk", TALK, "--names", "Sam,Alex"], env=env, encoding="utf-8",
                         timeout=15, dimensions=(40, 120))


def answer(child, text):
    child.expect(PROMPT)
    child.send(text + "\r")


def choose_passphrase(child, passphrase):
    child.expect_exact("Choose a passphrase")
    child.send(passphrase + "\r")
    child.expect_exact("Type it again")
    child.send(passphrase + "\r")


def to_sams_secret(child):
    """Both readiness checks, then Sam's private run up to its last question, with a private answer typed."""
    answer(child, "")  # Sam alone at the screen
    for _ in range(4):
        answer(child, "yes")
    answer(child, "")  # Sam done reading
    answer(child, "")  # Alex alone
    for _ in range(4):
        answer(child, "yes")
    answer(child, "")
    answer(child, "")  # Sam alone again
    choose_passphrase(child, PASSPHRASES["p1"])
    for rating in ["yes", "no", "no", "yes"]:
        answer(child, rating)
    answer(child, "SECRET-ROUGH")
    child.expect_exact("Anything only you should know?")
    child.expect(PROMPT)


def shared_screen(child):
    """Everything drawn after the last clear, up to the end of the program; and its exit status."""
    child.expect(pexpect.EOF)
    text = child.before
    child.close()
    assert CLEAR in text, "the screen was never cleared: " + text[-400:]
    return text.split(CLEAR)[-1], child.exitstatus


def assert_neutral(screen, ending):
    for word in PRIVATE:
        assert word not in screen, (word, screen)
    assert "Sam and Alex, you can both look at the screen now." in screen
    assert ending in screen
    assert "Sam" not in screen.replace("Sam and Alex", "")  # never says who ended it


@pytest.mark.parametrize("word", ["red", ":pause"])
def test_red_or_pause_is_read_then_cleared(tmp_path, word):
    child = spawn(tmp_path)
    to_sams_secret(child)
    child.send(word + "\r")
    child.expect_exact("When you've read this, press Enter.")
    # The person reads what was meant for them before anything is cleared.
    assert ("We'll stop here" if word == "red" else "Paused.") in child.before
    answer(child, "")
    screen, status = shared_screen(child)
    assert status == 0
    assert_neutral(screen, "The talk has stopped here." if word == "red" else "The talk is paused for now.")


@pytest.mark.parametrize("key,expected", [("\x04", 0), ("\x03", 130)])
def test_ctrl_d_and_ctrl_c_clear_at_once(tmp_path, key, expected):
    child = spawn(tmp_path)
    to_sams_secret(child)
    child.send("SECRET-HALF")  # typed, not entered
    child.send(key if key == "\x03" else "\x15\x04")  # Ctrl-U empties the line so Ctrl-D ends the input
    screen, status = shared_screen(child)
    assert status == expected
    assert "When you've read this" not in screen
    assert_neutral(screen, "The talk is paused for now.")


def test_a_readiness_no_is_read_then_cleared(tmp_path):
    child = spawn(tmp_path)
    answer(child, "")  # Sam alone
    answer(child, "yes")
    answer(child, "yes")
    answer(child, "no")  # not here by choice: the stop rule, with where to get help, for Sam alone
    child.expect_exact("When you've read this, press Enter.")
    assert "helpline" in child.before
    answer(child, "")
    screen, status = shared_screen(child)
    assert status == 0
    assert_neutral(screen, "The talk has stopped here.")
    assert "Nothing from this talk was saved." in screen


def test_red_while_handing_over_is_cleared_too(tmp_path):
    child = spawn(tmp_path)
    to_sams_secret(child)
    child.send("SECRET-SAM\r")
    child.expect_exact("press Enter to hand over")
    answer(child, "red")  # typed at "when you're done reading", with Sam's turn still on screen
    child.expect_exact("When you've read this, press Enter.")
    answer(child, "")
    screen, status = shared_screen(child)
    assert status == 0
    assert_neutral(screen, "The talk has stopped here.")


def test_plain_keeps_the_words_based_hand_over_and_a_neutral_last_line(candor):
    lines = ["", *["yes"] * 4, "", "", *["yes"] * 4, "", "", *[PASSPHRASES["p1"]] * 2]
    lines += ["yes", "no", "no", "yes", "SECRET-ROUGH", "red", ""]
    out = candor.run("together", "--plain", "--talk", TALK, "--names", "Sam,Alex", input="\n".join(lines) + "\n")
    assert out.returncode == 0, out.stderr
    assert "\x1b" not in out.stdout  # no clearing with --plain
    mine, shared = out.stdout.rsplit("When you've read this, press Enter.", 1)
    assert "We'll stop here" in mine
    assert_neutral(shared, "The talk has stopped here.")


def test_back_across_a_hand_over_after_a_resume_never_shows_the_partners_answers(tmp_path):
    """Sam finishes a private turn, Alex pauses at the start of theirs. Resumed, `:back` from Alex's turn
    stays in Alex's turn: none of Sam's private answers is offered as a default or can be typed over."""
    child = spawn(tmp_path)
    to_sams_secret(child)
    child.send("SECRET-SAM\r")
    answer(child, "")  # Sam done reading, hands over
    answer(child, "")  # only Alex can see
    choose_passphrase(child, PASSPHRASES["p2"])
    answer(child, ":pause")
    child.expect_exact("When you've read this, press Enter.")
    answer(child, "")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0

    env = {k: v for k, v in os.environ.items() if not k.startswith("CANDOR")}
    env.update({"CANDOR_HOME": str(tmp_path), "TERM": "xterm", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"})
    talk_id = os.listdir(tmp_path / "talks")[0]
    child = pexpect.spawn(CANDOR, ["resume", talk_id], env=env, encoding="utf-8", timeout=15, dimensions=(40, 120))
    child.logfile_read = io.StringIO()
    answer(child, "")  # only Alex can see
    child.expect_exact("Passphrase for Alex")  # once per sitting, before Alex types anything sealed
    child.send(PASSPHRASES["p2"] + "\r")
    answer(child, ":back")  # at the start of Alex's turn: nowhere to go back to that is Alex's
    for rating in ["no", "yes", "yes", "maybe"]:
        answer(child, rating)
    answer(child, "ALEX-ROUGH")
    for _ in range(8):
        answer(child, ":back")
    child.expect(PROMPT)
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()
    seen = child.logfile_read.getvalue()
    assert "ALEX-ROUGH" in seen.split(":back", 2)[-1]  # :back does reach Alex's own answers
    assert "SECRET" not in seen
    assert child.exitstatus == 130


def test_hide_clears_at_once_says_nothing_and_keeps_everything(tmp_path):
    """:hide in the middle of a private turn: the screen and scrollback are cleared at once, nothing at all
    is printed after, Candor exits 0, and the talk carries on later with every answer kept."""
    child = spawn(tmp_path)
    to_sams_secret(child)
    child.send(":hide\r")
    screen, status = shared_screen(child)
    assert status == 0
    assert screen.strip() == "", repr(screen)
    talk_id = os.listdir(tmp_path / "talks")[0]
    journal = (tmp_path / "talks" / talk_id / "journal.jsonl").read_text()
    assert '"reason":"hidden"' in journal and "SECRET-ROUGH" not in journal  # kept, sealed
    assert full_record(tmp_path, talk_id)["answers"]["rough"]["p1"]["value"] == {"text": "SECRET-ROUGH"}
