"""Bad input at every entrance: each must end with a clear message and the right exit status, and lose
nothing that was already saved. Answers piped in (invalid UTF-8, NUL, a 1 MB line, control characters
and escape sequences), talk files (invalid UTF-8, NUL, a folder, empty, enormous, a device), a data
folder that can't be written (unreadable, read-only, full), the terminal's environment (TERM=dumb,
TERM unset, NO_COLOR) and standard streams closed or piped.

Some need root (a tmpfs, a read-only bind mount, running Candor as another user); without it they are
skipped, saying why."""
import json
import os
import re
import shutil
import subprocess
import tempfile

import pexpect
import pytest

from conftest import CANDOR, FIXTURES, practice_answers

READY = "yes\nyes\nyes\nyes\nnone\nyes\n"
ESC_OR_BEL = re.compile(rb"[\x1b\x07]")
# Raw control bytes that could act on a terminal: C0 but tab, newline, CR; DEL; UTF-8 C1 (U+0080-U+009F).
CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\xc2[\x80-\x9f]")
IS_ROOT = os.geteuid() == 0


def run_bytes(candor, args, data, env=None, timeout=120):
    """Like candor.run, with bytes in and out (the answers may not be UTF-8)."""
    e = dict(candor.env)
    e.update(env or {})
    return subprocess.run([CANDOR, *args], input=data, capture_output=True, env=e, timeout=timeout)


def only_talk(candor):
    talks = candor.talks()
    assert len(talks) == 1, talks
    return candor.record(talks[0]["id"])


def answer(record, qid):
    return record["answers"][qid]["p1"]["value"]


# --- Answers -----------------------------------------------------------------------------------------

def test_invalid_utf8_and_nul_in_answers_are_kept_readably(candor):
    data = READY.encode() + b"ab\xff\xfecd\x00ef\n\xc3\x28 tail\n\n" + b"why\x00not\n\n"
    out = run_bytes(candor, ["practice"], data)
    assert out.returncode == 0, out.stderr
    record = only_talk(candor)
    # Undecodable bytes become U+FFFD, NUL bytes are dropped; the rest of each line is intact.
    assert answer(record, "opener") == {"lines": ["ab\ufffd\ufffdcdef", "\ufffd( tail"]}
    assert answer(record, "motivation") == {"lines": ["whynot"]}
    journal = next((candor.home / "talks").glob("*/journal.jsonl")).read_bytes()
    assert b"\x00" not in journal and b"\xff" not in journal
    assert b"\x00" not in out.stdout


def test_a_one_megabyte_answer_line_is_refused_whole_and_the_question_asked_again(candor):
    """Over the 64 KiB cap (issue 9): nothing of it is kept, the same question comes again."""
    big = "x" * (1 << 20)
    out = candor.run("practice", input=READY + big + "\nkept\n\nshort\n\n")
    assert out.returncode == 0, out.stderr[-2000:]
    assert "That answer is too long" in out.stdout
    record = only_talk(candor)
    assert answer(record, "opener") == {"lines": ["kept"]}
    assert answer(record, "motivation") == {"lines": ["short"]}


EVIL = "\x1b]0;pwned\x07\x1b[2J\x1b[31mred\x1b[0m\x08\x7f\x9b31m\x0e\x1bc tail"
EVIL_WORD = EVIL.replace(" ", "")  # a safe word is one word


def test_escape_sequences_in_answers_never_reach_the_terminal_raw(candor):
    lines = (FIXTURES / "practice-answers.txt").read_text().splitlines()
    # Every free-text answer carries the sequences; the safe word (said back in a reflection) too.
    lines = [("pine" + EVIL_WORD + "apple") if l == "pineapple" else (l + EVIL if len(l) > 12 and not l.startswith(":") else l)
             for l in lines]
    out = run_bytes(candor, ["practice", "--name", "Sam" + EVIL], ("\n".join(lines) + "\n" + "\n" * 40).encode())
    assert out.returncode == 0, out.stderr
    assert not ESC_OR_BEL.search(out.stdout) and not ESC_OR_BEL.search(out.stderr)
    assert not CONTROL.search(out.stdout)
    # Shown, made visible: the sanitizer writes ESC as ^[ and BEL as ^G.
    assert b"pine^[]0;pwned^G^[[2J" in out.stdout and b"So your safe word is" in out.stdout
    record = only_talk(candor)
    # Kept exactly as typed: making it visible is for the screen, not the record.
    assert answer(record, "safeword") == {"text": "pine" + EVIL_WORD + "apple"}
    talk_id = candor.talks()[0]["id"]
    for args in (["show", talk_id], ["show", talk_id, "--json"], ["list"], ["list", "--json"]):
        shown = run_bytes(candor, args, b"")
        assert shown.returncode == 0, (args, shown.stderr)
        assert not CONTROL.search(shown.stdout), f"raw control characters in candor {' '.join(args)}"
    # The JSON still holds the answer exactly.
    shown = json.loads(run_bytes(candor, ["show", talk_id, "--json"], b"").stdout)
    assert shown["answers"]["safeword"]["p1"]["value"]["text"] == "pine" + EVIL_WORD + "apple"


# --- Talk files --------------------------------------------------------------------------------------

@pytest.mark.parametrize("content, line_col", [
    (b'talk t "T\xff" version 1\nstep s "S"\n  ask a text "A?"\n', "1:10"),
    (b'talk t "T" version 1\nstep s "S"\n  ask a text "A\x00?"\n', "3:16"),
])
def test_a_talk_file_with_invalid_utf8_or_nul_is_refused_where_it_breaks(candor, tmp_path, content, line_col):
    talk = tmp_path / "bad.talk"
    talk.write_bytes(content)
    for args in (["check", str(talk)], ["practice", "--talk", str(talk)]):
        out = candor.run(*args, input=READY)
        assert out.returncode == 65, out.stderr
        assert f"{talk}:{line_col}: error[E001]" in out.stdout + out.stderr
        assert "UTF-8" in out.stdout + out.stderr
    assert candor.talks() == []


def test_a_talk_file_that_is_a_folder_empty_enormous_or_endless(candor, tmp_path):
    folder = tmp_path / "folder.talk"
    folder.mkdir()
    empty = tmp_path / "empty.talk"
    empty.write_bytes(b"")
    huge = tmp_path / "huge.talk"
    with open(huge, "wb") as f:
        f.truncate(65 << 20)  # sparse: 65 MB that take no space
    cases = [(folder, 66, "is a folder"), (empty, 65, "error[E010]"), (huge, 65, "too large"),
             # A device never ends: it is refused before anything is read (issue 9), as a named pipe is.
             ("/dev/zero", 66, "is not a regular file (it is a device)")]
    for path, status, words in cases:
        for args in (["check", str(path)], ["practice", "--talk", str(path)]):
            out = candor.run(*args, input=READY, timeout=120)
            assert out.returncode == status, (path, args, out.stdout[-500:], out.stderr[-500:])
            assert words in out.stdout + out.stderr, (path, args, out.stderr)
    assert candor.talks() == []


# --- The data folder ---------------------------------------------------------------------------------

def first_answers(candor, **kw):
    """The readiness check and the first answer: enough to make Candor write."""
    return candor.run("practice", input=READY + "hello there\n\n", **kw)


def expect_cannot_write(out, path):
    assert out.returncode == 73, (out.returncode, out.stderr)
    assert "Can't write" in out.stderr and str(path) in out.stderr, out.stderr
    assert "Traceback" not in out.stderr and "crashed" not in out.stderr


def as_nobody():
    """Runs the child as an unprivileged user, where root ignores permission bits."""
    if not IS_ROOT:
        return None
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: no way to run Candor as an unprivileged user")
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


def run_maybe_as(prefix, candor, args, input):
    e = dict(candor.env)
    return subprocess.run([*(prefix or []), CANDOR, *args], input=input, capture_output=True, text=True, env=e,
                          timeout=60)


def test_an_unreadable_data_folder_is_named_with_exit_73():
    from conftest import Candor
    prefix = as_nobody()
    # Outside pytest's own temporary folder, which another user can't enter.
    top = tempfile.mkdtemp(prefix="candor-unreadable-")
    os.chmod(top, 0o755)
    home = os.path.join(top, "home")
    os.mkdir(home, 0o000)
    os.chmod(home, 0o000)
    candor = Candor(home)
    try:
        out = run_maybe_as(prefix, candor, ["practice"], READY + "hello there\n\n")
        expect_cannot_write(out, home)
    finally:
        os.chmod(home, 0o700)
        shutil.rmtree(top)


def read_only_mount(path):
    """A read-only bind mount of `path` onto itself; None when it can't be made (not root, no mount)."""
    if not IS_ROOT:
        return None
    ok = subprocess.run(["mount", "--bind", str(path), str(path)], capture_output=True).returncode == 0
    if ok and subprocess.run(["mount", "-o", "remount,ro,bind", str(path)], capture_output=True).returncode == 0:
        return True
    if ok:
        subprocess.run(["umount", str(path)], capture_output=True)
    return None


def test_a_read_only_data_folder_is_named_with_exit_73_and_keeps_what_it_has(candor):
    candor.home.mkdir(parents=True, mode=0o700)  # a folder others can open is refused
    # One talk saved while the folder could still be written.
    first = first_answers(candor)
    assert first.returncode == 0, first.stderr
    before = only_talk(candor)
    if not read_only_mount(candor.home):
        pytest.skip("a read-only bind mount needs root and mount(8); as another user, chmod would do")
    try:
        refused = first_answers(candor)
        expect_cannot_write(refused, candor.home)
        # Found before anyone answers anything, so no answer is typed in vain.
        assert "Are you 18 or older?" not in refused.stdout
        resumed = candor.run("resume", before["id"], input="more\n\n")
        assert resumed.returncode == 73, resumed.stderr
        assert str(candor.home) in resumed.stderr
        # Reading still works, and what was saved is all there.
        assert only_talk(candor)["answers"] == before["answers"]
    finally:
        subprocess.run(["umount", str(candor.home)], capture_output=True)


def test_a_full_disk_stops_with_exit_73_and_keeps_the_answers_before(candor):
    if not IS_ROOT:
        pytest.skip("mounting a small tmpfs to fill needs root")
    candor.home.mkdir(parents=True, mode=0o700)  # a folder others can open is refused
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k,mode=0700", "tmpfs", str(candor.home)],
                      capture_output=True).returncode != 0:
        pytest.skip("mount -t tmpfs failed (no permission in this container?)")
    try:
        lines = (FIXTURES / "practice-answers.txt").read_text().splitlines()
        lines[6] = "a" * 20_000          # the opener: fits
        lines[9] = "b" * 60_000          # the motivation: does not fit in what is left
        out = candor.run("practice", input="\n".join(lines) + "\n")
        journal = next((candor.home / "talks").glob("*/journal.jsonl"))
        expect_cannot_write(out, journal)
        record = only_talk(candor)
        assert answer(record, "opener")["lines"][0] == "a" * 20_000
        assert answer(record, "ready-place") == {"yes": True}
        assert "motivation" not in record["answers"]
        # Every line of the journal is whole: nothing half-written is left to trip the next reader.
        assert journal.read_bytes().endswith(b"\n")
    finally:
        subprocess.run(["umount", str(candor.home)], capture_output=True)


# --- The terminal's environment ----------------------------------------------------------------------

def spawn_in_pty(home, env_changes):
    env = {k: v for k, v in os.environ.items() if not k.startswith("CANDOR") and k not in ("NO_COLOR", "TERM")}
    env.update({"CANDOR_HOME": str(home), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"})
    env.update({k: v for k, v in env_changes.items() if v is not None})
    child = pexpect.spawn(CANDOR, ["practice"], env=env, encoding="utf-8", timeout=20, dimensions=(40, 120))
    child.delaybeforesend = None
    return child


@pytest.mark.parametrize("env_changes", [{"TERM": "dumb"}, {"TERM": None}, {"TERM": "xterm", "NO_COLOR": "1"}],
                         ids=["TERM=dumb", "TERM-unset", "NO_COLOR"])
def test_no_escape_sequences_at_all_when_the_terminal_or_the_person_says_so(tmp_path, env_changes):
    child = spawn_in_pty(tmp_path / "home", env_changes)
    seen = ""
    for text in ["yes", "yes", "yes", "yes", "hello there", "", ":why", ":help", "red"]:
        child.expect(r"(?:›|…) ")
        seen += child.before + child.after
        child.send(text + "\r")
    child.expect(pexpect.EOF)
    seen += child.before
    child.close()
    assert child.exitstatus == 0
    assert "hello there" in seen and "stop" in seen.lower()
    assert "\x1b" not in seen, repr(seen[max(0, seen.find("\x1b") - 60):seen.find("\x1b") + 20])


def test_colour_is_there_otherwise(tmp_path):
    """The other side of the test above, so it can't pass by never colouring anything."""
    child = spawn_in_pty(tmp_path / "home", {"TERM": "xterm"})
    child.expect(r"›(?:\x1b\[[0-9;]*m)* ")
    seen = child.before
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    assert "\x1b[" in seen


# --- Standard streams --------------------------------------------------------------------------------

@pytest.mark.parametrize("closed", ["stdout", "stderr", "both"])
def test_closed_standard_streams_lose_no_answers_and_write_nowhere_else(candor, closed):
    redirect = {"stdout": ">&-", "stderr": "2>&-", "both": ">&- 2>&-"}[closed]
    answers = tempfile.NamedTemporaryFile("w", delete=False, suffix=".txt")
    answers.write(practice_answers())
    answers.close()
    try:
        # The exit status comes back on a pipe of its own, as both standard streams may be closed.
        r, w = os.pipe()
        proc = subprocess.Popen(["/bin/bash", "-c", f'"$0" practice < "$1" {redirect}; echo "exit=$?" >&{w}',
                                 CANDOR, answers.name], env=candor.env, pass_fds=(w,),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(w)
        proc.wait(timeout=60)
        status = os.read(r, 100).decode()
        os.close(r)
    finally:
        os.unlink(answers.name)
    assert status.strip() == "exit=0", status
    record = only_talk(candor)
    assert record["status"] == "complete"
    assert answer(record, "safeword") == {"text": "pineapple"}
    # Nothing meant for the screen went into a file in the data folder (the lock file holds a pid).
    for path in (candor.home / "talks").rglob("*"):
        if path.is_file():
            assert b"Step 1 of 4" not in path.read_bytes(), f"the transcript was written into {path}"


def test_stdout_a_pipe_closed_early_loses_no_answers(candor):
    proc = subprocess.Popen([CANDOR, "practice"], env=candor.env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    proc.stdout.read(100)
    proc.stdout.close()  # the reader goes away: later writes get EPIPE
    _, err = proc.communicate(practice_answers().encode(), timeout=60)
    assert proc.returncode == 0, err
    record = only_talk(candor)
    assert record["status"] == "complete"
    assert answer(record, "signal") == {"text": "tapping three times"}


def test_stdin_closed_pauses_before_anything_is_saved(candor):
    out = subprocess.run(["/bin/bash", "-c", '"$0" practice <&-', CANDOR], env=candor.env, capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "Nothing was saved" in out.stdout
    assert candor.talks() == []
