"""The calendar file: valid iCalendar as a real parser reads it (icalendar), RFC 5545's line rules, a
discreet summary, TRANSP by whether a time was set, and an optional reminder as a VALARM."""
import subprocess
from datetime import timedelta

import icalendar
from conftest import CANDOR, practice_answers

READY = ["yes", "yes", "yes", "yes", "1", "yes"]


def events(text):
    cal = icalendar.Calendar.from_ical(text)
    return [c for c in cal.walk() if c.name == "VEVENT"]


def raw_export(candor, *args):
    """Bytes as written (text mode would turn CRLF into LF)."""
    return subprocess.run([CANDOR, "export", *args], capture_output=True, env=candor.env, check=True).stdout.decode()


def rfc5545_lines(raw):
    assert raw.endswith("\r\n") and "\n" not in raw.replace("\r\n", "")  # CRLF only
    for line in raw.split("\r\n"):
        assert len(line.encode()) <= 75, line  # folded at 75 octets


def test_a_timed_entry_with_a_reminder(candor):
    candor.run("practice", input=practice_answers())
    talk = candor.talks()[0]["id"]
    out = candor.run("export", talk, "--format", "ics", "--remind", "1h")
    assert out.returncode == 0, out.stderr
    rfc5545_lines(raw_export(candor, talk, "--format", "ics", "--remind", "1h"))
    [event] = events(out.stdout)
    assert str(event["SUMMARY"]) == "Time for our talk"
    assert event.get("UID") and event.get("DTSTAMP") and event.get("DTSTART")
    assert str(event["TRANSP"]) == "OPAQUE"
    [alarm] = [c for c in event.walk() if c.name == "VALARM"]
    assert alarm.decoded("TRIGGER") == timedelta(hours=-1)
    assert str(alarm["ACTION"]) == "DISPLAY"
    plain = candor.run("export", talk, "--format", "ics")
    assert "VALARM" not in plain.stdout


def test_a_day_with_no_time_leaves_the_calendar_free(candor, tmp_path):
    talk_file = tmp_path / "day.talk"
    talk_file.write_text('talk day "A day" version 1\nstep one "One"\n  ask when date "Which day?"\n')
    assert candor.run("practice", "--talk", str(talk_file), input="\n".join(READY + ["2027-01-05"]) + "\n").returncode == 0
    out = candor.run("export", candor.talks()[0]["id"], "--format", "ics", "--remind", "2d")
    assert out.returncode == 0, out.stderr
    [event] = events(out.stdout)
    assert str(event["TRANSP"]) == "TRANSPARENT"
    assert event.decoded("DTSTART").isoformat() == "2027-01-05"
    [alarm] = [c for c in event.walk() if c.name == "VALARM"]
    assert alarm.decoded("TRIGGER") == timedelta(days=-2)


def test_remind_is_for_a_calendar_and_takes_a_time(candor):
    candor.run("practice", input=practice_answers())
    talk = candor.talks()[0]["id"]
    for args in (["--format", "md", "--remind", "1h"], ["--format", "ics", "--remind", "soon"],
                 ["--format", "ics", "--remind", "0m"], ["--format", "ics", "--remind", "60d"]):
        out = candor.run("export", talk, *args)
        assert out.returncode == 64, (args, out.stderr)
        assert "--remind" in out.stderr


def check_in(candor, now, when):
    """A practice check-in on the built-in talk: every agreement kept, then the next date."""
    answers = READY + ["1"] * 9 + ["4", "", "", "yes", "", "1", "", when]
    out = candor.run("practice", "--plain", "--talk", "check-in", input="\n".join(answers) + "\n",
                     env={"CANDOR_NOW": now})
    assert out.returncode == 0, out.stdout[-1500:] + out.stderr
    return max(candor.talks(), key=lambda t: t["created"])["id"]


def test_a_check_ins_entry_lasts_and_repeats_as_agreed_in_the_talk_before(candor):
    # The built-in talk, practising: "About 30 minutes", and coming back to it "Every month".
    lines = practice_answers().split("\n")
    assert lines[68] == "1"  # how often to come back to what you've agreed
    lines[68] = "3"
    out = candor.run("practice", input="\n".join(lines), env={"CANDOR_NOW": "2027-01-03T10:00:00+00:00"})
    assert out.returncode == 0, out.stderr
    first = candor.talks()[0]["id"]
    talk = check_in(candor, "2027-01-10T10:00:00+00:00", "2027-02-07 19:00")
    raw = raw_export(candor, talk, "--format", "ics")
    rfc5545_lines(raw)
    assert "\r\nDURATION:PT30M\r\n" in raw and "\r\nRRULE:FREQ=MONTHLY\r\n" in raw
    [event] = events(raw)
    assert event.decoded("DURATION") == timedelta(minutes=30)
    assert event["RRULE"]["FREQ"] == ["MONTHLY"]
    assert str(event["UID"]) == f"next-{first}@candor.invalid" and event["SEQUENCE"] == 0
    assert str(event["SUMMARY"]) == "Time for our talk"
    # The next check-in moves that entry (same UID, SEQUENCE one up); setting the same time again does not.
    moved = events(raw_export(candor, check_in(candor, "2027-02-07T20:00:00+00:00", "2027-03-07 19:00"),
                              "--format", "ics"))[0]
    assert moved["UID"] == event["UID"] and moved["SEQUENCE"] == 1
    assert moved.decoded("DTSTART").isoformat() == "2027-03-07T19:00:00"
    same = events(raw_export(candor, check_in(candor, "2027-02-08T20:00:00+00:00", "2027-03-07 19:00"),
                             "--format", "ics"))[0]
    assert same["UID"] == event["UID"] and same["SEQUENCE"] == 1
