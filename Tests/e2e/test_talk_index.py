"""Issue 12, item 5: the talk index. `list` reads one file; a missing, garbled or stale index (a talk that
went on behind its back, a talk forgotten) is made again from the journals, and list says the same."""
import json
import pathlib

from conftest import practice_answers


def listed(candor):
    out = candor.run("list", "--json")
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def indexed(candor):
    """The index's lines by talk id: the header first, the due groups, then a line per talk, tab-separated."""
    lines = (pathlib.Path(candor.home) / "index.tsv").read_text().splitlines()
    assert lines[0].startswith("candor-index\t6\t")  # then the talks folder's stamp and the lines' checksum
    return {line.split("\t")[0]: line.split("\t") for line in lines[1:] if not line.startswith("=due\t")}


def test_the_index_is_made_checked_and_made_again(candor):
    answers = practice_answers().splitlines()
    candor.run("practice", "--plain", input="\n".join(answers[:20]) + "\n")
    candor.run("practice", "--plain", input="\n".join(answers[:12]) + "\n")
    index = pathlib.Path(candor.home) / "index.tsv"
    first = listed(candor)
    assert index.exists() and oct(index.stat().st_mode & 0o777) == "0o600"
    assert sorted(indexed(candor)) == sorted(t["id"] for t in first)
    # Missing: made again, the same.
    index.unlink()
    assert listed(candor) == first and index.exists()
    # Garbled: made again, the same.
    index.write_text("not an index\n")
    assert listed(candor) == first
    # Stale: a talk carried on without the index knowing (its line says the old length and status).
    saved = index.read_text()
    talk = next(t for t in first if t["answers"] < 15)
    resumed = candor.run("resume", talk["id"], input="\n".join(answers[12:]) + "\n" + "\n" * 40)
    assert resumed.returncode == 0, resumed.stderr
    index.write_text(saved)
    after = {t["id"]: t for t in listed(candor)}
    assert after[talk["id"]]["answers"] > talk["answers"] and after[talk["id"]] != talk
    # A talk forgotten leaves the index too.
    assert candor.run("forget", talk["id"], "--yes").returncode == 0
    assert [t["id"] for t in listed(candor)] == [t["id"] for t in first if t["id"] != talk["id"]]
    assert talk["id"] not in index.read_text()


def test_a_finished_talk_rewritten_or_repaired_is_indexed_again(candor):
    """A finished talk's line is trusted without a look at its journal (that keeps list flat at thousands of
    talks), so whatever rewrites a finished journal takes the line out, and the next list makes it again."""
    assert candor.run("practice", "--plain", input=practice_answers()).returncode == 0
    talk = listed(candor)[0]
    journal = pathlib.Path(candor.home) / "talks" / talk["id"] / "journal.jsonl"
    assert talk["status"] == "complete" and int(indexed(candor)[talk["id"]][1]) == journal.stat().st_size
    assert candor.run("lock", talk["id"], input="pw-one\npw-one\n").returncode == 0
    assert talk["id"] not in indexed(candor)
    listed(candor)
    assert int(indexed(candor)[talk["id"]][1]) == journal.stat().st_size
    assert candor.run("repair", talk["id"], input="pw-one\n").returncode == 0
    assert talk["id"] not in indexed(candor)


def test_a_settled_talks_folder_is_trusted_by_its_stamp_and_every_change_is_still_seen(candor):
    """The talks folder's stamp (kept once it is two seconds old) says no talk came or went since the index
    was written: then only open talks are looked at. A new talk, a forgotten one and an open talk that went
    on are each still seen."""
    import os
    import time

    answers = practice_answers().splitlines()
    assert candor.run("practice", "--plain", input="\n".join(answers[:12]) + "\n").returncode == 0  # paused
    assert candor.run("practice", "--plain", input=practice_answers()).returncode == 0
    talks = pathlib.Path(candor.home) / "talks"
    index = pathlib.Path(candor.home) / "index.tsv"

    def settle():
        then = time.time() - 60
        os.utime(talks, (then, then))
        listed(candor)
        stamp = int(index.read_text().splitlines()[0].split("\t")[2])
        assert stamp == os.stat(talks).st_mtime_ns != 0
        return listed(candor)

    first = settle()
    done = next(t for t in first if t["status"] != "paused")
    # A new talk changes the folder's stamp: listed.
    assert candor.run("practice", "--plain", input="\n".join(answers[:12]) + "\n").returncode == 0
    second = listed(candor)
    assert len(second) == 3
    settle()
    # An open talk that went on behind the index's back: its journal is looked at.
    saved = index.read_text()
    paused = next(t for t in second if t["status"] == "paused" and t["answers"] < 15)
    assert candor.run("resume", paused["id"], input="\n".join(answers[12:]) + "\n" + "\n" * 40).returncode == 0
    index.write_text(saved)
    after = {t["id"]: t for t in listed(candor)}
    assert after[paused["id"]]["answers"] > paused["answers"]
    settle()
    # A talk forgotten: gone.
    assert candor.run("forget", done["id"], "--yes").returncode == 0
    assert done["id"] not in [t["id"] for t in listed(candor)]


def test_a_damaged_talk_and_a_cut_index_are_seen_every_time_in_a_settled_folder(candor):
    """Review findings: a talk whose journal can't be read stayed listed as damaged only once, and an index
    cut short hid talks while the folder's stamp held."""
    import os
    import time

    for _ in range(3):
        assert candor.run("practice", "--plain", input=practice_answers()).returncode == 0
    talks = pathlib.Path(candor.home) / "talks"
    index = pathlib.Path(candor.home) / "index.tsv"
    then = time.time() - 60
    os.utime(talks, (then, then))
    ids = [t["id"] for t in listed(candor)]
    assert len(ids) == 3 and int(index.read_text().splitlines()[0].split("\t")[2]) != 0
    # Cut short: the last line gone. Every talk is still listed.
    index.write_text("\n".join(index.read_text().splitlines()[:-1]) + "\n")
    assert sorted(t["id"] for t in listed(candor)) == sorted(ids)
    # A journal damaged, the index made again: shown as damaged on every list, not only the first. (A
    # finished talk's line is trusted, by design: here there is none.)
    (talks / ids[0] / "journal.jsonl").write_text("garbage\n")
    index.unlink()
    os.utime(talks, (then, then))
    for _ in range(2):
        rows = {t["id"]: t for t in listed(candor)}
        assert rows[ids[0]]["status"] == "damaged", rows


def test_an_index_changed_anywhere_is_made_again_and_due_still_says_so(candor):
    """Review findings: only a line's first fields were checked, so a line damaged past them showed its talk
    as damaged and was never made again (and the talk dropped out of `due`), and a lost `=due` line hid a due
    check-in. The header's checksum now covers every line: an index changed anywhere is made again."""
    from test_keep_talking import agreed_then_checked_in

    agreed_then_checked_in(candor)
    late = {"CANDOR_NOW": "2027-02-12T09:00:00+00:00"}
    due = candor.run("due", env=late)
    assert due.returncode == 0 and "monthly check-in was due" in due.stdout, due.stdout + due.stderr
    first = listed(candor)
    index = pathlib.Path(candor.home) / "index.tsv"
    lines = index.read_text().splitlines()
    # Every =due line gone.
    index.write_text("\n".join(line for line in lines if not line.startswith("=due\t")) + "\n")
    again = candor.run("due", env=late)
    assert again.returncode == 0 and again.stdout == due.stdout, again.stdout
    # Each talk line damaged past its first fields: its people count is no number.
    for talk in first:
        lines = index.read_text().splitlines()
        at = next(i for i, line in enumerate(lines) if line.startswith(talk["id"] + "\t"))
        fields = lines[at].split("\t")
        fields[16] = "x"
        lines[at] = "\t".join(fields)
        index.write_text("\n".join(lines) + "\n")
        assert listed(candor) == first
        again = candor.run("due", env=late)
        assert again.returncode == 0 and again.stdout == due.stdout, again.stdout


def test_the_index_is_read_changed_and_written_under_a_lock(candor):
    """Review finding: index.tsv was read, changed and written back without a lock, so a `list` racing a
    `lock` or `repair` could write back a line they had just taken out. Every change of the index now holds
    an exclusive flock on the data folder: a list waits while another holds it."""
    import fcntl
    import os
    import subprocess
    import time

    from conftest import CANDOR

    assert candor.run("practice", "--plain", input=practice_answers()).returncode == 0
    (pathlib.Path(candor.home) / "index.tsv").unlink()  # so list has an index to write
    folder = os.open(candor.home, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(folder, fcntl.LOCK_EX)
        waiting = subprocess.Popen([CANDOR, "list"], env=candor.env, stdout=subprocess.PIPE, text=True)
        time.sleep(1.0)
        assert waiting.poll() is None, "list went on while the index was locked"
        fcntl.flock(folder, fcntl.LOCK_UN)
        out, _ = waiting.communicate(timeout=30)
        assert waiting.returncode == 0 and out.strip(), out
    finally:
        os.close(folder)
    assert (pathlib.Path(candor.home) / "index.tsv").exists()
