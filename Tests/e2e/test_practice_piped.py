"""Practising alone with answers piped in: the whole default talk, pausing, privacy of files."""
import os
import stat

from conftest import practice_answers


def test_whole_default_talk_completes_with_every_answer_keyed_by_id(candor):
    out = candor.run("practice", input=practice_answers())
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr
    talks = candor.talks()
    assert len(talks) == 1
    assert talks[0]["status"] == "complete"
    record = candor.record(talks[0]["id"])
    answers = record["answers"]
    for qid in ["ready-adult", "ready-partner-adult", "ready-sober", "ready-choice", "ready-power", "ready-place", "opener", "motivation", "experience",
                "acts", "when", "length", "invitation", "dos", "hard-limits", "safeword", "signal", "aftercare",
                "check-in", "revisit"]:
        assert qid in answers, f"{qid} missing from the record"
        assert "p1" in answers[qid]
    assert answers["safeword"]["p1"]["value"] == {"text": "pineapple"}
    assert answers["experience"]["p1"]["value"] == {"option": "new"}
    assert answers["signal"]["p1"]["value"] == {"text": "tapping three times"}
    acts = answers["acts"]["p1"]["value"]
    assert acts["ratings"]["hair-pulling.giving"] == "yes"
    assert acts["additions"] == ["blindfolds"]
    assert acts["ratings"]["own-1"] == "yes"
    assert answers["when"]["p1"]["value"]["date"].endswith("T19:00")
    assert record["talk"]["id"] == "how-to-talk" and record["talk"]["hash"].startswith("sha256:")
    # The rehearsal card was read through and the talk completed.
    assert all(line["rehearsed"] for line in record["card"].values())
    assert [e["type"] for e in record["events"]][-1] == "completed"


def test_closing_stdin_halfway_pauses_with_answers_kept(candor):
    half = "\n".join(practice_answers().splitlines()[:12]) + "\n"
    out = candor.run("practice", input=half)
    assert out.returncode == 0, out.stderr
    assert "candor resume" in out.stdout
    talks = candor.talks()
    assert talks[0]["status"] == "paused"
    record = candor.record(talks[0]["id"])
    assert record["answers"]["experience"]["p1"]["value"] == {"option": "new"}
    assert record["events"][-1]["type"] == "paused"
    assert record["events"][-1]["reason"] == "end-of-input"


def test_not_ready_ends_kindly_and_saves_nothing(candor):
    out = candor.run("practice", input="yes\nno\n")
    assert out.returncode == 0
    assert "Nothing from this talk was saved" in out.stdout
    assert candor.talks() == []
    # Not even the data folder's talks holds anything.
    assert not any((candor.home / "talks").glob("*")) if (candor.home / "talks").exists() else True


def test_red_or_eof_during_the_readiness_check_saves_nothing(candor):
    assert candor.run("practice", input="yes\nred\n").returncode == 0
    assert candor.run("practice", input="yes\n").returncode == 0
    assert candor.talks() == []


def test_red_stops_at_once_and_saves(candor):
    out = candor.run("practice", input="yes\nyes\nyes\nyes\nnone\nyes\nred\nmore\n")
    assert out.returncode == 0
    record = candor.record(candor.talks()[0]["id"])
    assert record["status"] == "stopped"
    stopped = [e for e in record["events"] if e["type"] == "stopped"]
    assert stopped and stopped[0]["reason"] == "red"
    assert "stop here" in out.stdout


def test_skip_is_recorded_as_skipped_never_no(candor):
    candor.run("practice", input="yes\nyes\nyes\nyes\nnone\nyes\n:skip\n")
    record = candor.record(candor.talks()[0]["id"])
    assert record["answers"]["opener"]["p1"]["value"] == {"skipped": True}


def _modes(home):
    found = {}
    for dirpath, dirnames, filenames in os.walk(home):
        found[dirpath] = stat.S_IMODE(os.stat(dirpath).st_mode)
        for f in filenames:
            p = os.path.join(dirpath, f)
            found[p] = stat.S_IMODE(os.stat(p).st_mode)
    return found


def test_files_0600_and_folders_0700_whatever_the_umask(candor):
    for umask in (0o000, 0o077, 0o022):
        candor.run("practice", input="yes\nyes\nyes\nyes\nnone\nyes\nhello\n\n", umask=umask)
    modes = _modes(candor.home)
    assert modes, "nothing was written"
    for path, mode in modes.items():
        expected = 0o700 if os.path.isdir(path) else 0o600
        assert mode == expected, f"{path} is {oct(mode)} (umask test)"


def test_plain_candor_offers_the_unfinished_talk_and_reads_on_from_the_same_input(candor):
    candor.run("practice", input="yes\nyes\nyes\nyes\nnone\nyes\nFirst line.\n\n")
    # Enter picks the unfinished talk; the next lines must reach the talk itself (one reader, nothing lost).
    out = candor.run(input="\nBecause it matters.\n\n")
    assert out.returncode == 0, out.stderr
    assert "isn't finished" in out.stdout
    record = candor.record(candor.talks()[0]["id"])
    assert record["answers"]["motivation"]["p1"]["value"] == {"lines": ["Because it matters."]}
