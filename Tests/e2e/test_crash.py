"""Crash test: a talk driven by piped answers is killed with SIGKILL at random moments. After each kill
the record loads, holds every answer whose following prompt had been printed, and `candor resume`
carries on from the first unanswered question to the same end as an uninterrupted talk.

The same runs on a talk sealed whole (`practice --lock`): its passphrase is typed (twice) before the
first prompt, and again to read the record or carry on.

CANDOR_SOAK=N runs N kills instead of 50 (half that sealed); CANDOR_CRASH_SEED=S repeats a run."""
import json
import os
import random
import re
import subprocess
import threading
import time

import pytest

from conftest import CANDOR, practice_answers

KILLS = int(os.environ.get("CANDOR_SOAK", "50"))
SEED = int(os.environ.get("CANDOR_CRASH_SEED", str(random.randrange(1 << 30))))
READINESS = 6  # practising alone, the talk reaches the disk once the sixth readiness answer is in
# A prompt, then (in piped mode) the answer Candor read, echoed on the same line.
PROMPT = re.compile(r"^(?:.*?› |  … )(.*)$")
LINES = practice_answers().split("\n")
PASSPHRASE = "crash-test-pass"
# How each kind of talk starts, and what reading it back needs first.
MODES = {"plain": ([], [], ""), "sealed": (["--lock"], [PASSPHRASE] * 2, PASSPHRASE + "\n")}


def env_for(home):
    env = {k: v for k, v in os.environ.items() if not k.startswith("CANDOR")}
    env.update({"CANDOR_HOME": str(home), "NO_COLOR": "1", "TERM": "dumb"})
    return env


def run(home, *args, input=None):
    return subprocess.run([CANDOR, *args], input=input, capture_output=True, text=True, env=env_for(home), timeout=60)


def talk_ids(home):
    out = run(home, "list", "--json")
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert all(r["status"] != "damaged" for r in rows), rows
    return [r["id"] for r in rows]


def state(record):
    """What the talk holds, without times: answers by question and person, and the rehearsal card."""
    answers = {q: {p: a["value"] for p, a in by.items()} for q, by in record["answers"].items()}
    return json.dumps({"answers": answers, "card": record.get("card", {})}, sort_keys=True)


def show_json(home, talk, unlock):
    return run(home, "show", talk, "--json", input=unlock)


class References:
    """The state after the first j answers of an uninterrupted talk (cached): what a kill is compared to."""

    def __init__(self, root, mode):
        self.root = root
        self.mode = mode
        self.cache = {}

    def __call__(self, j):
        if j not in self.cache:
            home = self.root / f"ref-{j}"
            args, first, unlock = MODES[self.mode]
            if j == len(LINES):
                run(home, "practice", *args, input="".join(line + "\n" for line in first + LINES))
            else:
                # Measured the way a kill sees it: feed j answers, wait for the next prompt (so the j-th is
                # handled), then SIGKILL. Closing the input instead would finish a several-line answer
                # still being typed (Candor keeps those lines on Ctrl-D), which a kill cannot.
                feed_then_kill(home, j, self.mode)
            ids = talk_ids(home)
            self.cache[j] = None if not ids else state(json.loads(show_json(home, ids[0], unlock).stdout))
        return self.cache[j]


def feed_then_kill(home, j, mode, timeout=10.0):
    args, first, _ = MODES[mode]
    proc = subprocess.Popen([CANDOR, "practice", *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=env_for(home), start_new_session=True)
    out = bytearray()

    def read():
        while chunk := proc.stdout.read1(65536):
            out.extend(chunk)

    reader = threading.Thread(target=read)
    reader.start()
    proc.stdin.write("".join(line + "\n" for line in first + LINES[:j]).encode())
    proc.stdin.flush()
    deadline = time.monotonic() + timeout
    while len(prompts_seen(out.decode("utf-8", errors="replace"))) <= j and proc.poll() is None:
        assert time.monotonic() < deadline, f"no prompt after answer {j}"
        time.sleep(0.002)
    proc.kill()
    proc.wait()
    reader.join()


def prompts_seen(stdout):
    """The answers echoed after each prompt, in order; the last prompt may have none yet (None)."""
    seen = []
    lines = stdout.split("\n")
    for i, line in enumerate(lines):
        m = PROMPT.match(line)
        if m:
            complete = i < len(lines) - 1  # a line ended by a newline: its answer was read and echoed
            seen.append(m.group(1) if complete else None)
    return seen


def run_and_kill(home, delay, pace, mode):
    """Starts a piped practice talk, feeds it answers `pace` seconds apart, SIGKILLs it after `delay`."""
    args, first, _ = MODES[mode]
    proc = subprocess.Popen([CANDOR, "practice", *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=env_for(home), start_new_session=True)
    out = bytearray()

    def read():
        while chunk := proc.stdout.read1(65536):
            out.extend(chunk)

    def write():
        try:
            for line in first + LINES:
                proc.stdin.write((line + "\n").encode())
                proc.stdin.flush()
                if pace:
                    time.sleep(pace)
            proc.stdin.close()
        except (BrokenPipeError, ValueError, OSError):
            pass

    reader = threading.Thread(target=read)
    writer = threading.Thread(target=write)
    reader.start()
    writer.start()
    time.sleep(delay)
    proc.kill()
    proc.wait()
    writer.join()
    reader.join()
    return out.decode("utf-8", errors="replace"), proc.returncode


@pytest.mark.parametrize("mode", ["plain", "sealed"])
def test_sigkill_at_random_moments_loses_no_answer_that_was_followed_by_a_prompt(tmp_path, mode):
    rng = random.Random(SEED)
    refs = References(tmp_path, mode)
    _, _, unlock = MODES[mode]
    kills = KILLS if mode == "plain" else max(1, KILLS // 2)
    final = refs(len(LINES))
    assert final is not None
    started = time.monotonic()
    # How long a paced, uninterrupted talk takes, to spread the kills over it.
    pace = 0.002
    duration = len(LINES) * pace + 0.3
    on_disk = 0
    for n in range(kills):
        home = tmp_path / f"kill-{n}"
        # Mostly paced (the kill lands between answers or while one is saved); sometimes all at once
        # (the kill lands while Candor is busy writing).
        this_pace = 0 if rng.random() < 0.25 else rng.uniform(0.0005, 0.004)
        delay = rng.uniform(0.0, duration if this_pace else 0.4)
        stdout, code = run_and_kill(home, delay, this_pace, mode)
        where = f"(kill {n}, seed {SEED}, delay {delay:.4f}s, pace {this_pace:.4f}s)"
        seen = prompts_seen(stdout)
        # Sanity of the parse: each echoed answer is the answer that was sent.
        for i, echoed in enumerate(seen):
            if echoed is not None:
                assert echoed == LINES[i], f"prompt {i + 1} echoed {echoed!r}, sent {LINES[i]!r} {where}"
        printed = len(seen)
        # Every answer followed by a later prompt was saved before that prompt was shown.
        guaranteed = max(0, printed - 1)
        ids = talk_ids(home)
        if guaranteed < READINESS:
            assert len(ids) <= 1, where  # before the readiness check is passed, nothing need be on disk
            if not ids:
                continue
        assert len(ids) == 1, f"the talk is not on disk after {guaranteed} answers {where}"
        talk = ids[0]
        show = show_json(home, talk, unlock)
        assert show.returncode == 0, f"{show.stderr} {where}"
        record = json.loads(show.stdout)
        now = state(record)
        on_disk += 1
        # The record is exactly the state after some number of answers j, with guaranteed <= j <= printed
        # (the answer to the last prompt may have been saved just before the kill).
        matches = [j for j in range(printed, guaranteed - 1, -1) if refs(j) == now]
        assert matches, f"the record after the kill is not the state after {guaranteed}..{printed} answers {where}"
        # Resume: carries on from the first unanswered question, so the remaining answers finish the talk
        # exactly as an uninterrupted talk would have. Those answers start after the last one that
        # changed anything (a line of a several-line answer still being typed is not kept).
        first_open = matches[-1]
        while first_open > 0 and refs(first_open - 1) == now:
            first_open -= 1
        if record["status"] == "complete":
            assert now == final, where
            continue
        rest = "".join(line + "\n" for line in LINES[first_open:])
        resumed = run(home, "resume", talk, input=unlock + rest)
        assert resumed.returncode == 0, f"{resumed.stderr} {where}"
        after = json.loads(show_json(home, talk, unlock).stdout)
        assert after["status"] == "complete", f"{after['status']} {where}\n{resumed.stdout[-1500:]}"
        assert state(after) == final, f"resumed talk differs from an uninterrupted one {where}"
        assert [e["type"] for e in after["events"]].count("resumed") == 1, where
    elapsed = time.monotonic() - started
    print(f"crash test ({mode}): {kills} kills, {on_disk} with the talk on disk, seed {SEED}, {elapsed:.1f}s")
    # The kills must really have landed mid-talk, not all before or after it.
    assert on_disk >= kills // 3, f"only {on_disk} of {kills} kills found the talk on disk (seed {SEED})"
