"""The record on disk cannot be fooled (issue 9, items 1, 2 and 5): a damaged snapshot is never believed;
links inside the data folder are refused, never followed; what a killed creation or repair leaves is
cleaned; a data folder that others can open, or Candor cannot read, is refused and never changed."""
import json
import os
import shutil
import stat
import subprocess
import tempfile

import pytest

from conftest import CANDOR, Candor, practice_answers

READY = "yes\nyes\nyes\nyes\nnone\nyes\n"  # practising alone: six readiness questions
OPENER = "I'd love for us to talk about our sex life, when you have time."


def half_talk(candor):
    half = "\n".join(practice_answers().splitlines()[:20]) + "\n"
    out = candor.run("practice", input=half)
    assert out.returncode == 0, out.stderr
    return candor.talks()[0]["id"]


def mode(path):
    return stat.S_IMODE(os.lstat(path).st_mode)


# --- 1. The snapshot is a cache with its own checksum ------------------------------------------------

def test_a_changed_snapshot_is_not_believed_by_show_resume_or_repair(candor):
    talk = half_talk(candor)
    snapshot = candor.home / "talks" / talk / "snapshot.bin"
    truth = candor.record(talk)
    assert truth["status"] == "paused" and truth["answers"]["opener"]["p1"]["value"]["lines"][0] == OPENER
    original = snapshot.read_bytes()
    assert b"sex life" in original and b'"status":"paused"' in original

    # One letter of an answer changed.
    snapshot.write_bytes(original.replace(b"sex life", b"sex lifa"))
    show = candor.run("show", talk, "--json")
    assert show.returncode == 0, show.stderr
    assert json.loads(show.stdout) == truth
    assert "snapshot.bin is damaged" in show.stderr and "read from its journal" in show.stderr
    # Repair does not call it healthy without a word: it says so and removes it.
    repair = candor.run("repair", talk)
    assert repair.returncode == 0, repair.stderr
    assert "snapshot was damaged" in repair.stdout and "removed" in repair.stdout, repair.stdout
    assert "Nothing to repair" not in repair.stdout
    assert not snapshot.exists()
    assert not [n for n in os.listdir(snapshot.parent) if ".bak-" in n]  # the journal was not touched

    # A paused talk whose snapshot says "complete" still resumes where it stopped.
    snapshot.write_bytes(original.replace(b'"status":"paused"', b'"status":"complete"'))
    resumed = candor.run("resume", talk, input="")
    assert resumed.returncode == 0, resumed.stderr
    assert "is finished" not in resumed.stdout
    assert "snapshot.bin is damaged" in resumed.stderr
    # The snapshot the resume wrote is the journal's truth again, and is used without a notice.
    show = candor.run("show", talk, "--json")
    assert show.returncode == 0 and show.stderr == "", show.stderr
    assert json.loads(show.stdout)["answers"] == truth["answers"]
    assert b"sex life" in snapshot.read_bytes()


def test_a_bit_flipped_anywhere_in_the_snapshot_gives_the_journals_record_or_65(candor):
    talk = half_talk(candor)
    snapshot = candor.home / "talks" / talk / "snapshot.bin"
    truth = candor.record(talk)
    original = snapshot.read_bytes()
    # A fixed sample (every byte and bit is run by the Swift test SnapshotTests): every 11th byte, a
    # different bit each time, and every byte of the checksum at the end.
    positions = sorted(set(range(0, len(original), 11)) | set(range(len(original) - 24, len(original))))
    believed = []
    for i in positions:
        flipped = bytearray(original)
        flipped[i] ^= 1 << (i % 8)
        snapshot.write_bytes(bytes(flipped))
        out = candor.run("show", talk, "--json")
        if out.returncode == 65:
            continue
        assert out.returncode == 0, (i, out.stderr)
        if json.loads(out.stdout) != truth:
            believed.append(i)
    assert believed == [], f"a flipped snapshot changed the record at bytes {believed[:10]}"


# --- 2. Links are refused, never followed ------------------------------------------------------------

def outside_file(tmp_path, content=b"precious\n"):
    victim = tmp_path / "victim.txt"
    victim.write_bytes(content)
    os.chmod(victim, 0o644)
    return victim


def expect_link_refused(out, path):
    assert out.returncode == 74, (out.returncode, out.stdout, out.stderr)
    assert f"{path} is a symbolic link" in out.stderr, out.stderr
    assert "Remove the link" in out.stderr


def test_a_symlinked_lock_is_refused_and_its_target_left_alone(candor, tmp_path):
    talk = half_talk(candor)
    lock = candor.home / "talks" / talk / "lock"
    victim = outside_file(tmp_path)
    assert not lock.exists()  # a closed talk keeps no lock file (issue 14); one planted is refused
    lock.symlink_to(victim)
    for args in (["resume", talk], ["repair", talk], ["forget", talk, "--yes"]):
        out = candor.run(*args, input="")
        expect_link_refused(out, lock)
        assert victim.read_bytes() == b"precious\n", args
        assert mode(victim) == 0o644, args
    assert (candor.home / "talks" / talk / "journal.jsonl").exists()


def test_a_symlinked_journal_is_refused_and_nothing_is_appended_outside(candor, tmp_path):
    talk = half_talk(candor)
    journal = candor.home / "talks" / talk / "journal.jsonl"
    elsewhere = tmp_path / "elsewhere.jsonl"
    shutil.move(journal, elsewhere)
    os.chmod(elsewhere, 0o644)
    journal.symlink_to(elsewhere)
    before = elsewhere.read_bytes()
    for args in (["show", talk], ["resume", talk], ["export", talk, "--format", "md"], ["repair", talk]):
        out = candor.run(*args, input="more\n\n")
        expect_link_refused(out, journal)
    assert elsewhere.read_bytes() == before and mode(elsewhere) == 0o644
    # list names it as a problem rather than hiding it.
    listed = candor.run("list")
    assert listed.returncode == 0 and talk in listed.stdout and "symbolic link" in listed.stderr


def test_a_symlinked_talks_folder_is_refused_and_receives_nothing(candor, tmp_path):
    half_talk(candor)
    talks = candor.home / "talks"
    target = tmp_path / "somewhere"
    shutil.move(talks, target)
    os.chmod(target, 0o755)
    talks.symlink_to(target)
    before = sorted(os.listdir(target))
    for args in (["practice"], ["list"], ["resume"]):
        out = candor.run(*args, input=READY + "hello there\n\n")
        expect_link_refused(out, talks)
    assert sorted(os.listdir(target)) == before
    assert mode(target) == 0o755


def test_a_symlinked_snapshot_is_refused_and_its_target_left_alone(candor, tmp_path):
    talk = half_talk(candor)
    snapshot = candor.home / "talks" / talk / "snapshot.bin"
    elsewhere = tmp_path / "snapshot-elsewhere.bin"
    shutil.move(snapshot, elsewhere)
    snapshot.symlink_to(elsewhere)
    before = elsewhere.read_bytes()
    for args in (["show", talk], ["resume", talk]):
        out = candor.run(*args, input="")
        expect_link_refused(out, snapshot)
    assert elsewhere.read_bytes() == before


def test_a_hard_linked_lock_is_refused(candor, tmp_path):
    talk = half_talk(candor)
    lock = candor.home / "talks" / talk / "lock"
    victim = outside_file(tmp_path)
    assert not lock.exists()
    os.link(victim, lock)
    out = candor.run("resume", talk, input="")
    assert out.returncode == 74 and "hard link" in out.stderr, out.stderr
    assert victim.read_bytes() == b"precious\n"


# --- 2. Leftovers of a killed creation or repair -----------------------------------------------------

def test_a_creation_killed_before_its_journal_was_named_leaves_nothing_behind(candor):
    talk = half_talk(candor)
    folder = candor.home / "talks" / talk
    # What a kill between writing the new journal and naming it leaves: the answers under a temporary
    # name, the lock, no journal. Nothing in it was acknowledged; no command could see it.
    cut = candor.home / "talks" / "zzzz"
    cut.mkdir(mode=0o700)
    shutil.copy(folder / "journal.jsonl", cut / "journal.jsonl.new")
    shutil.copy(folder / "journal.jsonl", cut / "journal.jsonl.tmp-0123456789abcdef")
    (cut / "lock").write_text("4242\n")
    out = candor.run("list", "--json")
    assert out.returncode == 0, out.stderr
    assert [t["id"] for t in json.loads(out.stdout)] == [talk]
    assert not cut.exists()


def test_leftovers_of_a_killed_repair_are_removed_and_never_taken_for_a_backup(candor):
    talk = half_talk(candor)
    folder = candor.home / "talks" / talk
    # A repair killed mid-way: a partial backup and a partial journal under temporary names.
    (folder / "journal.jsonl.bak-20261121T170509Z.tmp-00aa11bb22cc33dd").write_bytes(b'{"seq":1,"ev')
    (folder / "journal.jsonl.tmp-44ee55ff66aa77bb").write_bytes(b'{"seq":1')
    out = candor.run("repair", talk)
    assert out.returncode == 0, out.stderr
    assert "Nothing to repair" in out.stdout
    assert sorted(os.listdir(folder)) == ["journal.jsonl", "snapshot.bin"]  # a paused talk keeps its snapshot


# --- 5. Hostile folders ------------------------------------------------------------------------------

@pytest.mark.parametrize("folder_mode", [0o755, 0o1777, 0o750])
def test_an_existing_data_folder_others_can_open_is_refused_and_not_changed(tmp_path, folder_mode):
    home = tmp_path / "shared"
    home.mkdir()
    os.chmod(home, folder_mode)
    candor = Candor(home)
    for args in (["practice"], ["list"]):
        out = candor.run(*args, input=READY + "hello there\n\n")
        assert out.returncode == 74, (args, out.stderr)
        assert f"{home} can be opened by other users" in out.stderr
        assert f"chmod 700 {home}" in out.stderr
        assert "Are you 18 or older?" not in out.stdout  # refused before anyone answers anything
    assert stat.S_IMODE(home.stat().st_mode) == folder_mode
    assert os.listdir(home) == []
    # Fixed as the message says, it is used.
    os.chmod(home, 0o700)
    assert candor.run("practice", input=READY + "hello there\n\n").returncode == 0
    assert len(candor.talks()) == 1


def test_a_new_data_folder_is_made_private_whatever_the_umask(tmp_path):
    candor = Candor(tmp_path / "new" / "data")
    out = candor.run("practice", input=READY + "hello there\n\n", umask=0)
    assert out.returncode == 0, out.stderr
    assert mode(tmp_path / "new" / "data") == 0o700
    assert mode(tmp_path / "new" / "data" / "talks") == 0o700


def test_a_relative_candor_home_is_refused_and_nothing_is_made(tmp_path):
    candor = Candor(tmp_path / "unused")
    for value in (".", "data"):
        out = subprocess.run([CANDOR, "practice"], input=READY + "hello there\n\n", capture_output=True, text=True,
                             env=dict(candor.env, CANDOR_HOME=value), cwd=tmp_path, timeout=60)
        assert out.returncode == 64, out.stderr
        assert f"CANDOR_HOME is a relative path ({value})" in out.stderr
        assert "full path" in out.stderr
    assert sorted(os.listdir(tmp_path)) == []


def test_a_relative_home_option_is_the_folder_it_names_from_here(tmp_path):
    candor = Candor(tmp_path / "unused")
    out = subprocess.run([CANDOR, "practice", "--home", "data"], input=READY + "hello there\n\n", capture_output=True,
                         text=True, env=candor.env, cwd=tmp_path, timeout=60)
    assert out.returncode == 0, out.stderr
    assert len(os.listdir(tmp_path / "data" / "talks")) == 1
    os.chmod(tmp_path / "data", 0o755)
    out = subprocess.run([CANDOR, "list", "--home", "data"], capture_output=True, text=True, env=candor.env,
                         cwd=tmp_path, timeout=60)
    assert out.returncode == 74 and f"{tmp_path}/data can be opened" in out.stderr, out.stderr


def as_nobody():
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: no way to run Candor as an unprivileged user")
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


@pytest.mark.parametrize("which", ["data folder", "talks folder"])
def test_a_folder_candor_cannot_read_is_an_error_not_no_talks(which):
    prefix = as_nobody()
    top = tempfile.mkdtemp(prefix="candor-unreadable-")
    os.chmod(top, 0o755)
    home = os.path.join(top, "home")
    os.mkdir(home, 0o700)
    talks = os.path.join(home, "talks")
    os.mkdir(talks, 0o700)
    if prefix:
        os.chown(home, 65534, 65534)  # ours (as nobody); talks/ stays root's
    unreadable = home if which == "data folder" else talks
    os.chmod(unreadable, 0o000)
    candor = Candor(home)
    try:
        out = subprocess.run([*prefix, CANDOR, "list"], capture_output=True, text=True, env=candor.env, timeout=60)
        assert out.returncode == 74, (out.returncode, out.stdout, out.stderr)
        assert "No talks yet" not in out.stdout
        assert f"Can't read {unreadable}: Permission denied" in out.stderr, out.stderr
    finally:
        os.chmod(unreadable, 0o700)
        shutil.rmtree(top)
