"""Issue 11: private answers sealed on disk with each person's own passphrase. Nothing private is in any
file or any view without the passphrases; resume asks the right person and changes nothing after three
wrong tries; --mine shows one's own; a sealed line changed, moved to another talk or reordered (its
checksum made to match) is damage naming its line, and repair keeps the good part; a practice talk can be
sealed whole, converted either way, and its passphrase changed."""
import json
import pathlib
import re
import zlib

from conftest import PASSPHRASES, practice_answers
from test_together import ALEX, ALEX_PW, HANDOVER, READY, SAM, SAM_PW, TALK

SAM_SECRET = 'SAM-UNIQUE "q" é 7f3a'
ALEX_SECRET = "ALEX-UNIQUE 9c1e"


def sealed_talk(candor):
    before = {t["id"] for t in candor.talks()}
    lines = [""] + READY + HANDOVER + READY + HANDOVER + SAM_PW
    lines += SAM + ["firm hands", SAM_SECRET] + HANDOVER + ALEX_PW
    lines += ALEX + ["firm", ALEX_SECRET] + [""] + [""] + [""] + ["pineapple", "yes", "1", "yes"]
    out = candor.run("together", "--plain", "--talk", TALK, "--names", "Sam,Alex", input="\n".join(lines) + "\n")
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr
    (new,) = {t["id"] for t in candor.talks()} - before
    return new


def forms(text):
    """A string as it could be stored: as typed, and JSON-escaped (both ways of writing é)."""
    return {text, json.dumps(text)[1:-1], json.dumps(text, ensure_ascii=False)[1:-1]}


def every_file(home):
    return {p: p.read_bytes().decode("utf-8", errors="replace") for p in pathlib.Path(home).rglob("*") if p.is_file()}


def test_private_answers_are_in_no_file_and_no_view_without_the_passphrases(candor):
    talk = sealed_talk(candor)
    full = candor.full_record(talk)  # opened with PyNaCl: the answers are there, sealed
    assert full["answers"]["secret"]["p1"]["value"] == {"text": SAM_SECRET}
    assert full["answers"]["acts"]["p1"]["value"]["ratings"]["hugs"] == "no"
    for path, text in every_file(candor.home).items():
        for secret in [SAM_SECRET, ALEX_SECRET]:
            for form in forms(secret):
                assert form not in text, (path, form)
        # No rating sheet of either person is anywhere in the open: only what the reveal showed.
        assert '"ratings"' not in text and '"rated"' not in text, path
    views = {"show": ["show", talk], "show --json": ["show", talk, "--json"], "diff": ["diff", talk, "--json"],
             "list": ["list", "--json"], "history": ["history"], "agreements": ["agreements", "--json"],
             "due": ["due"]}
    views.update({f"export {f}": ["export", talk, "--format", f] for f in ["md", "html", "json", "ics"]})
    for name, args in views.items():
        out = candor.run(*args)
        # This talk agreed no date: the calendar says so (65) and prints nothing; nothing is due (1).
        assert out.returncode == {"export ics": 65, "due": 1}.get(name, 0), (name, out.stderr)
        for secret in [SAM_SECRET, ALEX_SECRET, "SAM-UNIQUE", "ALEX-UNIQUE"]:
            assert secret not in out.stdout, (name, secret)
        assert "hugs" not in out.stdout.lower(), name  # Sam's no to what Alex wants
    assert "pineapple" in candor.run("show", talk).stdout  # what both saw is still there


def test_three_wrong_passphrases_on_resume_exit_77_and_change_nothing(candor):
    lines = [""] + READY + HANDOVER + READY + HANDOVER + SAM_PW + SAM + ["firm hands", SAM_SECRET] + HANDOVER
    lines += ALEX_PW + ALEX[:2]
    candor.run("together", "--plain", "--talk", TALK, "--names", "Sam,Alex", input="\n".join(lines) + "\n")
    talk = candor.talks()[0]["id"]
    before = {p: p.read_bytes() for p in pathlib.Path(candor.home).rglob("*") if p.is_file()}
    # Interrupted in Alex's turn: Alex is asked, and Sam's passphrase is not Alex's.
    out = candor.run("resume", talk, input=f"{PASSPHRASES['p1']}\nwrong\nalex\n")
    assert out.returncode == 77, out.stdout + out.stderr
    assert out.stdout.count("Passphrase for Alex") == 3 and "Passphrase for Sam" not in out.stdout
    assert "Nothing was changed" in out.stdout
    # The record is untouched (the talk file's compiled form may be kept in cache/: not the record).
    def record_files(files):
        return {p: b for p, b in files.items() if p.name != "lock" and p.parent.name != "cache"}
    after = {p: p.read_bytes() for p in pathlib.Path(candor.home).rglob("*") if p.is_file()}
    assert record_files(after) == record_files(before)
    # The right one carries on from where Alex was.
    out = candor.run("resume", talk, input=f"{PASSPHRASES['p2']}\n\n" + "\n".join(ALEX[2:]) + "\n")
    assert "item 3 of 4" in out.stdout and "SAM-UNIQUE" not in out.stdout


def test_show_mine_shows_ones_own_answers_and_none_of_the_partners(candor):
    talk = sealed_talk(candor)
    sam = candor.run("show", talk, "--mine", input=f"1\n{PASSPHRASES['p1']}\n")
    assert sam.returncode == 0, sam.stderr
    assert "SAM-UNIQUE" in sam.stdout and "ALEX-UNIQUE" not in sam.stdout and "pineapple" in sam.stdout
    alex = candor.run("show", talk, "--mine", input=f"alex\n{PASSPHRASES['p2']}\n")
    assert alex.returncode == 0, alex.stderr
    assert "ALEX-UNIQUE" in alex.stdout and "SAM-UNIQUE" not in alex.stdout
    wrong = candor.run("show", talk, "--mine", input=f"1\n{PASSPHRASES['p2']}\nx\ny\n")
    assert wrong.returncode == 77 and "UNIQUE" not in wrong.stdout
    assert candor.run("show", talk, "--mine", "--all").returncode == 64


def journal_lines(home, talk):
    return (pathlib.Path(home) / "talks" / talk / "journal.jsonl").read_text().splitlines()


def with_crc(body):
    """A journal line whose checksum matches whatever it now says (as someone changing it would do)."""
    return body + ',"crc":"%08x"}' % (zlib.crc32(body.encode()) & 0xFFFFFFFF)


def body_of(line):
    return line[:line.rindex(',"crc":"')]


def sealed_line_numbers(lines, by):
    return [i + 1 for i, line in enumerate(lines) if f'"sealed":' in line and f'"by":"{by}"' in line]


def write_lines(home, talk, lines):
    (pathlib.Path(home) / "talks" / talk / "journal.jsonl").write_text("\n".join(lines) + "\n")
    (pathlib.Path(home) / "talks" / talk / "snapshot.bin").unlink(missing_ok=True)


def opens_as_alex(candor, talk):
    return candor.run("show", talk, "--mine", input=f"2\n{PASSPHRASES['p2']}\n")


def test_a_sealed_line_changed_moved_or_reordered_is_damage_naming_its_line(candor):
    a, b, c = sealed_talk(candor), sealed_talk(candor), sealed_talk(candor)
    # Changed: one character of the sealed box, the checksum recomputed.
    lines = journal_lines(candor.home, a)
    n = sealed_line_numbers(lines, "p2")[3]
    body = body_of(lines[n - 1])
    box = re.search(r'"box":"([^"]+)"', body).group(1)
    flipped = box[:20] + ("A" if box[20] != "A" else "B") + box[21:]
    lines[n - 1] = with_crc(body.replace(box, flipped))
    write_lines(candor.home, a, lines)
    out = opens_as_alex(candor, a)
    assert out.returncode == 65 and f"journal.jsonl:{n}:" in out.stderr and "UNIQUE" not in out.stdout, out.stderr
    # Moved from another talk: b's line n, as it is, in c's place n.
    lines_b, lines_c = journal_lines(candor.home, b), journal_lines(candor.home, c)
    assert sealed_line_numbers(lines_c, "p2")[3] == n
    lines_c[n - 1] = lines_b[n - 1]
    write_lines(candor.home, c, lines_c)
    out = opens_as_alex(candor, c)
    assert out.returncode == 65 and f"journal.jsonl:{n}:" in out.stderr, out.stderr
    # Reordered: two of Alex's sealed lines swapped, their seq and checksums rewritten to fit.
    lines_b = journal_lines(candor.home, b)
    i, j = sealed_line_numbers(lines_b, "p2")[1:3]
    first, second = body_of(lines_b[i - 1]), body_of(lines_b[j - 1])
    lines_b[i - 1] = with_crc(second.replace(f'{{"seq":{j},', f'{{"seq":{i},', 1))
    lines_b[j - 1] = with_crc(first.replace(f'{{"seq":{i},', f'{{"seq":{j},', 1))
    write_lines(candor.home, b, lines_b)
    assert candor.run("list").returncode == 0  # every checksum and seq checks out without keys
    out = opens_as_alex(candor, b)
    assert out.returncode == 65 and f"journal.jsonl:{i}:" in out.stderr, out.stderr

    # Repair, given the passphrases, keeps everything before the changed line of talk a.
    repaired = candor.run("repair", a, input=f"{PASSPHRASES['p1']}\n{PASSPHRASES['p2']}\n")
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    assert f"from line {n} on" in repaired.stdout, repaired.stdout
    assert len(journal_lines(candor.home, a)) == n - 1
    assert opens_as_alex(candor, a).returncode == 0


def test_practice_sealed_whole_shows_in_the_list_and_converts_either_way(candor):
    answers = practice_answers()
    out = candor.run("practice", "--lock", input="pw-first\npw-first\n" + answers)
    assert out.returncode == 0, out.stderr
    talk = candor.talks()[0]
    assert talk["status"] == "complete" and talk["mode"] == "practice"
    for path, text in every_file(candor.home).items():
        assert "pineapple" not in text and "talk about our sex life" not in text, path
    locked = candor.run("show", talk["id"], "--json", input="pw-first\n")
    assert locked.returncode == 0, locked.stderr
    record = json.loads(locked.stdout)
    assert record["answers"]["safeword"]["p1"]["value"] == {"text": "pineapple"}
    # A new passphrase: the old one opens nothing any more.
    changed = candor.run("passphrase", talk["id"], input="pw-first\npw-second\npw-second\n")
    assert changed.returncode == 0, changed.stdout + changed.stderr
    assert candor.run("show", talk["id"], input="pw-first\npw-first\npw-first\n").returncode == 77
    # Unlocked: plain again, with the same answers.
    assert candor.run("unlock", talk["id"], input="pw-second\n").returncode == 0
    assert any("pineapple" in text for text in every_file(candor.home).values())
    plain = json.loads(candor.run("show", talk["id"], "--json").stdout)
    assert plain["answers"] == record["answers"] and "sealed" not in plain
    # And locked again with lock.
    assert candor.run("lock", talk["id"], input="pw-third\npw-third\n").returncode == 0
    assert not any("pineapple" in text for text in every_file(candor.home).values())
    again = json.loads(candor.run("show", talk["id"], "--json", input="pw-third\n").stdout)
    assert again["answers"] == record["answers"]


def test_a_together_passphrase_changes_for_its_person_alone(candor):
    talk = sealed_talk(candor)
    changed = candor.run("passphrase", talk, input=f"alex\n{PASSPHRASES['p2']}\nalex-new\nalex-new\n")
    assert changed.returncode == 0, changed.stdout + changed.stderr
    assert "Alex's answers" in changed.stdout
    mine = candor.run("show", talk, "--mine", input="2\nalex-new\n")
    assert mine.returncode == 0 and "ALEX-UNIQUE" in mine.stdout and "SAM-UNIQUE" not in mine.stdout
    old = candor.run("show", talk, "--mine", input=f"2\n{PASSPHRASES['p2']}\nx\ny\n")
    assert old.returncode == 77 and "UNIQUE" not in old.stdout
    sam = candor.run("show", talk, "--mine", input=f"1\n{PASSPHRASES['p1']}\n")
    assert sam.returncode == 0 and "SAM-UNIQUE" in sam.stdout  # Sam's key is as it was
    # Sam's passphrase is not Alex's, and opens nothing of Alex's to change.
    refused = candor.run("passphrase", talk, input=f"2\n{PASSPHRASES['p1']}\nx\ny\n")
    assert refused.returncode == 77 and "Nothing was changed" in refused.stdout
