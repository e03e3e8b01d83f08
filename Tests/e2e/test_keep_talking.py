"""Issue 12, keep talking: a check-in starts from what was agreed before (kept, changed, dropped, each
recorded), `candor agreements` shows what stands, `candor due` and plain `candor` say when a check-in is
due (exit 0 / 1), and a calendar entry carries the agreed length and cadence."""
import json

import icalendar

from conftest import ROOT, practice_answers

STANDING = str(ROOT / "Tests" / "Transcripts" / "standing.talk")
READY = ["yes"] * 4
FIRST = "2027-01-03T10:00:00+00:00"


def together(candor, talk, lines, now):
    return candor.run("together", "--plain", "--talk", talk, "--names", "Sam,Alex",
                      input="\n".join(lines) + "\n", env={"CANDOR_NOW": now})


def agreed_then_checked_in(candor):
    first = [""] + READY + ["", ""] + READY + ["", ""] + ["pineapple", "yes", "tap twice", "yes", "2", "yes"]
    out = together(candor, STANDING, first, FIRST)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr
    # The check-in, a week later: safe word kept, signal changed (both say yes to it), cadence kept; it pauses at Sam's passphrase.
    second = [""] + READY + ["", ""] + READY + ["", ""] + ["1", "2", "three taps", "yes", "keep"]
    out = together(candor, "check-in", second, "2027-01-10T19:00:00+00:00")
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr
    return out


def test_a_check_in_offers_every_standing_agreement_and_agreements_shows_what_became_of_each(candor):
    out = agreed_then_checked_in(candor)
    said = " ".join(out.stdout.split())  # as said, whatever the line wrapping
    assert "Last time you agreed on \u201cpineapple\u201d as your safe word. Still right for both of you?" in said
    assert "Last time you agreed on \u201ctap twice\u201d as your signal." in said
    assert "Last time you agreed on \u201cevery month\u201d as your check-in cadence." in said
    shown = candor.run("agreements", "--people", "alex,sam")
    assert shown.returncode == 0, shown.stderr
    lines = {line.split()[0] + " " + line.split()[1]: line for line in shown.stdout.splitlines()[1:]}
    assert "three taps" in lines["signal three"] and "changed 2027-01-10" in lines["signal three"]
    assert "pineapple" in lines["safe word"] and "kept 2027-01-10" in lines["safe word"]
    rows = json.loads(candor.run("agreements", "--json").stdout)
    assert rows[0]["people"] == ["Sam", "Alex"]
    by_kind = {a["kind"]: a for a in rows[0]["agreements"]}
    assert by_kind["signal"] == {**by_kind["signal"], "text": "three taps", "how": "changed"}
    assert by_kind["safe-word"]["how"] == "kept" and by_kind["safe-word"]["since"].startswith("2027-01-10")
    assert by_kind["check-in-cadence"]["text"] == "every month"
    # Nothing private: a together talk's agreements are what both agreed to.
    assert candor.run("agreements", "--people", "Kim").stdout.startswith("No agreements yet")


def test_due_says_when_the_monthly_check_in_is_due_and_exits_0_or_1(candor):
    agreed_then_checked_in(candor)
    before = candor.run("due", env={"CANDOR_NOW": "2027-02-09T09:00:00+00:00"})
    assert before.returncode == 1 and "No check-in is due" in before.stdout
    quiet = candor.run("due", "--quiet", env={"CANDOR_NOW": "2027-02-09T09:00:00+00:00"})
    assert quiet.returncode == 1 and quiet.stdout == ""
    late = candor.run("due", env={"CANDOR_NOW": "2027-02-12T09:00:00+00:00"})
    assert late.returncode == 0, late.stderr
    assert "Sam and Alex, your monthly check-in was due on Wednesday 10 February." in late.stdout
    # Started with their names, the check-in is theirs and starts from what they agreed.
    assert "Start it with: candor together --talk check-in --names Sam,Alex" in late.stdout
    assert candor.run("due", "--quiet", env={"CANDOR_NOW": "2027-02-12T09:00:00+00:00"}).stdout == ""
    # Plain candor says so before anything else, and offers to start it (Enter: not now).
    plain = candor.run(input="\n", env={"CANDOR_NOW": "2027-02-12T09:00:00+00:00"})
    assert plain.stdout.splitlines()[0].startswith("Sam and Alex, your monthly check-in was due on")
    assert "Start it now?" in plain.stdout


CALENDAR = """talk ics-test "Calendar" version 1
step plan "Plan"
  ask when date "When shall we talk again?" both
    standing next-date
  ask length choice "How long?" both
    standing length
    option half-hour "About 30 minutes" lasts 30 minutes
    option hour "About an hour" lasts 60 minutes
  ask revisit choice "How often?" both
    standing check-in-cadence
    option weekly "Every week" repeats weekly
    option monthly "Every month" repeats monthly
"""


def test_the_calendar_entry_lasts_as_agreed_and_repeats_as_agreed(candor, tmp_path):
    talk = tmp_path / "calendar.talk"
    talk.write_text(CALENDAR)
    answers = ["yes", "yes", "yes", "yes", "1", "yes", "2027-01-10 19:00", "1", "2"]
    out = candor.run("practice", "--plain", "--talk", str(talk), input="\n".join(answers) + "\n",
                     env={"CANDOR_NOW": FIRST})
    assert out.returncode == 0, out.stdout[-1500:] + out.stderr
    talk_id = candor.talks()[0]["id"]
    ics = candor.run("export", talk_id, "--format", "ics")
    assert ics.returncode == 0, ics.stderr
    assert "DURATION:PT30M\n" in ics.stdout and "RRULE:FREQ=MONTHLY\n" in ics.stdout
    event = icalendar.Calendar.from_ical(ics.stdout).walk("VEVENT")[0]
    assert event.decoded("DURATION").total_seconds() == 1800
    assert event["RRULE"]["FREQ"] == ["MONTHLY"]
    assert str(event["UID"]).startswith(f"next-{talk_id}@") and event["SEQUENCE"] == 0
    # The next talk of the same person moves that entry: same UID, SEQUENCE one up.
    answers[6] = "2027-02-14 18:00"
    candor.run("practice", "--plain", "--talk", str(talk), input="\n".join(answers) + "\n",
               env={"CANDOR_NOW": "2027-01-11T10:00:00+00:00"})
    newer = max(candor.talks(), key=lambda t: t["created"])["id"]
    moved = icalendar.Calendar.from_ical(candor.run("export", newer, "--format", "ics").stdout).walk("VEVENT")[0]
    assert moved["UID"] == event["UID"] and moved["SEQUENCE"] == 1


def test_history_puts_the_talks_on_a_timeline_with_what_changed_and_what_is_due(candor):
    agreed_then_checked_in(candor)
    first, second = sorted(candor.talks(), key=lambda t: t["created"])
    out = candor.run("history", "--people", "Sam,Alex", env={"CANDOR_NOW": "2027-02-12T09:00:00+00:00"})
    assert out.returncode == 0, out.stderr
    text = out.stdout
    assert text.index(first["id"]) < text.index(second["id"])  # oldest first
    assert "signal changed: three taps" in text and "safe word kept" in text
    assert "A check-in is due (since Wednesday 10 February)." in text
    assert "Next check-in: Wednesday 10 February." in candor.run(
        "history", env={"CANDOR_NOW": "2027-01-20T09:00:00+00:00"}).stdout


def test_history_says_in_one_line_what_changed_since_the_same_talk_before(candor):
    lines = practice_answers().split("\n")
    assert lines[53] == "pineapple"
    assert candor.run("practice", input="\n".join(lines), env={"CANDOR_NOW": FIRST}).returncode == 0
    lines[53] = "kiwi"
    assert candor.run("practice", input="\n".join(lines),
                      env={"CANDOR_NOW": "2027-01-10T10:00:00+00:00"}).returncode == 0
    first, second = sorted(candor.talks(), key=lambda t: t["created"])
    out = candor.run("history", env={"CANDOR_NOW": "2027-01-11T10:00:00+00:00"})
    assert out.returncode == 0, out.stderr
    # The safe word, and "saturday 7pm" a week on is another Saturday.
    assert (f"2 changes since the one before, in Pick the right time and Be clear "
            f"(candor diff {first['id']} {second['id']})") in out.stdout
