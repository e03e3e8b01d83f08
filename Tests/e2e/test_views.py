"""Views of a together talk obey its reveal policy: show, show --json, every export and diff show what
both people saw together (agreements, reveals, warning signs raised by a joint answer), and no private
answer of either. --all needs both people at a terminal, each typing their own passphrase."""
import json
import os

import pexpect
import pytest

from conftest import CANDOR, PASSPHRASES

TALK = """talk views-test "Views" version 1

catalog acts "Things"
  item hugs "Hugs"
  item biting "Biting"

step mine "On your own"
  ask acts rate acts as yes maybe no "How do you feel about each?"
  ask hopes text "What would you like {partner} to hear?"
    reveal
  ask secret text "Anything only you should know?"

step us "Together"
  ask when date "When shall we talk again?" both
  ask safeword word "Your safe word?" both
"""
READY = ["yes"] * 4


def talk_input(sam_ratings, alex_ratings, hopes=("SAM-HOPES", "ALEX-HOPES")):
    sam_pw, alex_pw = [PASSPHRASES["p1"]] * 2, [PASSPHRASES["p2"]] * 2
    lines = [""] + READY + ["", ""] + READY + ["", ""] + sam_pw
    lines += sam_ratings + [hopes[0], "SECRET-SAM", "", ""] + alex_pw
    lines += alex_ratings + [hopes[1], "SECRET-ALEX", "", "", ""]
    lines += ["2030-01-05 19:00", "yes", "mango", "yes"]
    return "\n".join(lines) + "\n"


@pytest.fixture
def talk_file(tmp_path):
    path = tmp_path / "views.talk"
    path.write_text(TALK)
    return str(path)


def together(candor, talk_file, sam=("yes", "no"), alex=("no", "yes"), **kw):
    out = candor.run("together", "--plain", "--talk", talk_file, "--names", "Sam,Alex", input=talk_input(list(sam), list(alex), **kw))
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr
    return out, candor.talks()[0]["id"]


PRIVATE = ["SECRET-SAM", "SECRET-ALEX", "Hugs", "hugs", "Biting", "biting"]


def test_every_view_shows_only_what_both_saw(candor, talk_file):
    out, talk = together(candor, talk_file)
    # Sam wants hugs, Alex biting: no match, so neither list is shown to the other, anywhere.
    assert "No matches on this list" in out.stdout
    full = candor.full_record(talk)
    assert full["answers"]["acts"]["p1"]["value"]["ratings"]["hugs"] == "yes"
    views = {"show": candor.run("show", talk), "show --json": candor.run("show", talk, "--json")}
    for fmt in ["md", "html", "json", "ics"]:
        views[fmt] = candor.run("export", talk, "--format", fmt)
    for name, view in views.items():
        assert view.returncode == 0, (name, view.stderr)
        for word in PRIVATE:
            assert word not in view.stdout, (name, word)
        if name != "ics":
            assert "mango" in view.stdout and "SAM-HOPES" in view.stdout and "ALEX-HOPES" in view.stdout, name
    assert "20300105T190000" in views["ics"].stdout
    shown = json.loads(views["show --json"].stdout)
    assert json.loads(views["json"].stdout) == shown  # show --json and export json are one view
    assert "answers" not in shown and shown["agreements"]["safeword"]["value"] == {"text": "mango"}
    assert {i["question"] for i in shown["shared"]} == {"acts", "hopes", "when", "safeword"}


def test_diff_of_two_together_talks_holds_no_private_answer(candor, talk_file):
    together(candor, talk_file)
    together(candor, talk_file, sam=("yes", "yes"), alex=("yes", "no"), hopes=("SAM-NEW", "ALEX-NEW"))
    new = [t["id"] for t in candor.talks()]
    diff = candor.run("diff", *sorted(new, key=lambda i: next(t["created"] for t in candor.talks() if t["id"] == i)))
    assert diff.returncode == 0, diff.stderr
    for word in ["SECRET", "biting", "Biting"]:
        assert word not in diff.stdout, word
    assert "You both want: hugs." in diff.stdout  # what the new reveal showed both
    assert "SAM-NEW" in diff.stdout


def test_partner_in_a_question_reads_for_two_and_lines_stay_lines(candor, talk_file):
    out, talk = together(candor, talk_file)
    assert "What would you like your partner to hear?" in out.stdout  # the reveal heading
    shown = candor.run("show", talk).stdout
    assert "What would you like your partner to hear?" in shown
    assert "^J" not in shown
    # The reveal's summary is two lines, each indented under its question.
    assert "\n      Alex: ALEX-HOPES\n" in shown or "\n    Sam: SAM-HOPES\n      Alex: ALEX-HOPES" in shown
    together(candor, talk_file, hopes=("SAM-NEW", "ALEX-NEW"))
    ids = sorted((t["created"], t["id"]) for t in candor.talks())
    diff = candor.run("diff", ids[0][1], ids[1][1]).stdout
    assert "^J" not in diff
    assert "What would you like your partner to hear?" in diff
    assert "was:" in diff and "now:" in diff


@pytest.mark.parametrize("args", [["show", "--all"], ["show", "--json", "--all"], ["export", "--format", "md", "--all"],
                                  ["export", "--format", "json", "--all"], ["diff", "--all"]])
def test_all_is_refused_without_a_terminal(candor, talk_file, args):
    _, talk = together(candor, talk_file)
    ids = [talk, talk] if args[0] == "diff" else [talk]
    out = candor.run(args[0], *ids, *args[1:])
    assert out.returncode == 64
    assert out.stdout == "" or "SECRET" not in out.stdout
    assert "each typing your own passphrase" in out.stderr and "terminal" in out.stderr


def _spawn(home, *args):
    env = {k: v for k, v in os.environ.items() if not k.startswith("CANDOR")}
    env.update({"CANDOR_HOME": str(home), "TERM": "xterm", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "NO_COLOR": "1"})
    return pexpect.spawn(CANDOR, list(args), env=env, encoding="utf-8", timeout=15, dimensions=(40, 120))


def test_all_on_a_terminal_needs_each_person_to_type_their_own_passphrase(candor, talk_file):
    _, talk = together(candor, talk_file)
    child = _spawn(candor.home, "show", talk, "--all")
    child.expect_exact("Passphrase for Sam")
    child.sendline(PASSPHRASES["p1"])
    child.expect_exact("Passphrase for Alex")
    child.sendline(PASSPHRASES["p2"])
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "SECRET-SAM" in child.before and "SECRET-ALEX" in child.before
    assert PASSPHRASES["p1"] not in child.before and PASSPHRASES["p2"] not in child.before  # never echoed


@pytest.mark.parametrize("second", [PASSPHRASES["p1"], "", "alex-pas"])
def test_a_wrong_or_empty_passphrase_shows_nothing(candor, talk_file, second):
    _, talk = together(candor, talk_file)
    child = _spawn(candor.home, "export", talk, "--format", "json", "--all")
    child.expect_exact("Passphrase for Sam")
    child.sendline(PASSPHRASES["p1"])
    for _ in range(3):
        child.expect_exact("Passphrase for Alex")
        child.sendline(second)  # Sam's passphrase for Alex, nothing, or a typo: three times
    child.expect(pexpect.EOF)
    child.close()
    assert "Nothing was shown" in child.before
    assert child.exitstatus == 77  # not a success: what was asked for was not given (EX_NOPERM)
    assert "SECRET" not in child.before and "mango" not in child.before


def test_a_practice_talk_still_shows_its_whole_record(candor):
    from conftest import practice_answers
    out = candor.run("practice", "--plain", input=practice_answers())
    assert out.returncode == 0
    talk = candor.talks()[0]["id"]
    record = candor.record(talk)
    assert record["mode"] == "practice" and record["answers"]
    assert candor.run("show", talk, "--all").returncode == 0  # nobody else to ask
