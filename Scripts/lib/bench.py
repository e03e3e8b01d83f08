"""Candor's benchmarks (run by Scripts/bench, which builds what this needs and passes the paths).

Every ratio comes from Candor and its baseline run in turn (A B A B ...), many pairs: the ratio of each
pair, then the median of those, printed with their min and max, so a machine that slows down halfway
(a shared disk's fsync, another job) moves both sides of a pair alike instead of one figure. The times
printed beside are the medians of each side. Goals from issues 5 and 14, and whether each is met.

    python3 Scripts/lib/bench.py CANDOR C_PROMPT C_FSYNC SWIFT_PROMPT SWIFT_FE_PROMPT WORKDIR [--quick]
"""
import json
import random
import zlib
import os
import platform
import resource
import select
import shutil
import statistics
import subprocess
import sys
import time

CANDOR, C_PROMPT, C_FSYNC, SWIFT_PROMPT, SWIFT_FE_PROMPT, WORK = sys.argv[1:7]
QUICK = "--quick" in sys.argv
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURE = os.path.join(ROOT, "Tests", "Fixtures", "practice-answers.txt")
PROMPT = "\u203a ".encode()  # every prompt ends with "› "
ROWS = []


def median(xs):
    return statistics.median(xs)


def env_for(home):
    env = {k: v for k, v in os.environ.items() if not k.startswith("CANDOR")}
    env.update({"CANDOR_HOME": home, "NO_COLOR": "1", "TERM": "dumb", "LANG": "C.UTF-8"})
    return env


def fresh(name):
    path = os.path.join(WORK, name)
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path, mode=0o700)  # a data folder others can open is refused
    return path


class InTurn:
    """Two measurements taken in turn, A B A B ...: the median of each, and of the per-pair ratios."""

    def __init__(self, a, b):
        self.a, self.b = a, b
        self.ratios = [x / y for x, y in zip(a, b)]
        self.value, self.baseline = median(a), median(b)
        self.ratio = median(self.ratios)
        self.low, self.high = min(self.ratios), max(self.ratios)


def in_turn(measure_a, measure_b, pairs):
    a, b = [], []
    for _ in range(pairs):
        a.append(measure_a())
        b.append(measure_b())
    return InTurn(a, b)


def row(figure, pair, unit, baseline_name, goal, met, note="", scale=1.0):
    """A figure and its baseline, measured in turn; `scale` turns seconds into the unit shown."""
    value, baseline = pair.value * scale, pair.baseline * scale
    ROWS.append((figure, value, unit, baseline_name, baseline, pair, goal, met, note))
    print(f"  {figure}: {value:.3f} {unit} vs {baseline_name} {baseline:.3f} {unit} = {pair.ratio:.2f}x "
          f"({pair.low:.2f}-{pair.high:.2f}, {len(pair.ratios)} pairs) "
          f"{'' if met is None else '(' + goal + ': ' + ('met' if met else 'MISSED') + ')'} {note}",
          file=sys.stderr, flush=True)


def note_row(figure, value, unit, note=""):
    ROWS.append((figure, value, unit, "", 0, None, "", None, note))


# --- 1. Time to first prompt ------------------------------------------------------------------------

def first_prompt_piped(argv, env):
    """Process start to the first prompt on stdout, stdin a pipe with nothing written yet."""
    r, w = os.pipe()
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=w, stderr=subprocess.DEVNULL, env=env)
    os.close(w)
    buf = b""
    while PROMPT not in buf:
        chunk = os.read(r, 65536)
        if not chunk:
            raise RuntimeError(f"{argv[0]} printed no prompt: {buf[-300:]!r}")
        buf += chunk
    elapsed = time.perf_counter() - t0
    p.stdin.close()
    os.close(r)
    p.wait()
    return elapsed


def first_prompt_pty(argv, env):
    """The same under a pseudo-terminal (Candor then uses libedit; prompt_toolkit needs one)."""
    master, slave = os.openpty()
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
    os.close(slave)
    buf = b""
    while "\u203a".encode() not in buf:
        ready, _, _ = select.select([master], [], [], 20)
        if not ready:
            raise RuntimeError(f"{argv[0]} printed no prompt in a pty: {buf[-300:]!r}")
        buf += os.read(master, 65536)
    elapsed = time.perf_counter() - t0
    p.kill()
    p.wait()
    os.close(master)
    return elapsed


def bench_first_prompt():
    print("1. time to first prompt", file=sys.stderr)
    home = fresh("ttfp")
    env = env_for(home)
    pairs = 15 if QUICK else 41
    practice = lambda: first_prompt_piped([CANDOR, "practice"], env)
    baselines = [("C prompt+read", C_PROMPT), ("Swift prompt+read, stdlib only", SWIFT_PROMPT),
                 ("Swift prompt+read, with FoundationEssentials", SWIFT_FE_PROMPT)]
    for name, program in baselines:
        pair = in_turn(practice, lambda: first_prompt_piped([program], env), pairs)
        goal, met = {
            C_PROMPT: ("<= 6 ms and <= 6x C", pair.value <= 0.006 and pair.ratio <= 6),
            SWIFT_PROMPT: ("", None),
            SWIFT_FE_PROMPT: ("<= 1.2x the Swift floor", pair.ratio <= 1.2),
        }[program]
        row("time to first prompt, piped (candor practice)", pair, "ms", name, goal, met, scale=1000)
    # The floors themselves, against C.
    for name, program in baselines[1:]:
        pair = in_turn(lambda: first_prompt_piped([program], env), lambda: first_prompt_piped([C_PROMPT], env), pairs)
        row(f"  floor: {name}, piped", pair, "ms", "C prompt+read", "", None, scale=1000)
    note_row("  of which process start (candor --version, to exit)",
             median([first_prompt_piped_version(env) for _ in range(pairs)]) * 1000, "ms")

    tty_env = dict(env, TERM="xterm")
    terminal = lambda: first_prompt_pty([CANDOR, "practice"], tty_env)
    tty_pairs = max(5, pairs // 3)
    for name, program in baselines:
        pair = in_turn(terminal, lambda: first_prompt_pty([program], tty_env), tty_pairs)
        goal, met = {
            C_PROMPT: ("<= 6 ms and <= 6x C", pair.value <= 0.006 and pair.ratio <= 6),
            SWIFT_PROMPT: ("", None),
            SWIFT_FE_PROMPT: ("<= 1.2x the Swift floor", pair.ratio <= 1.2),
        }[program]
        row("time to first prompt, terminal (libedit)", pair, "ms", name, goal, met, scale=1000)
    have_ptk = subprocess.run([sys.executable, "-c", "import prompt_toolkit"], capture_output=True).returncode == 0
    if have_ptk:
        ptk = [sys.executable, "-c", "from prompt_toolkit import prompt; prompt('\u203a ')"]
        pair = in_turn(terminal, lambda: first_prompt_pty(ptk, tty_env), tty_pairs)
        row("time to first prompt, terminal (libedit)", pair, "ms", "Python prompt_toolkit", "faster than prompt_toolkit",
            pair.ratio < 1, scale=1000)


def first_prompt_piped_version(env):
    t0 = time.perf_counter()
    subprocess.run([CANDOR, "--version"], stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - t0


# --- 2 and 4. Saving an answer durably; resuming a long talk ----------------------------------------

def generated_text_talk(path, questions):
    with open(path, "w") as f:
        f.write('talk many "Many questions" version 1\n')
        for s in range(0, questions, 100):
            f.write(f'step s{s} "Part {s // 100 + 1}"\n')
            for q in range(s, min(s + 100, questions)):
                f.write(f'  ask q{q} text "Question {q}?"\n')


class PipedCandor:
    """Candor with answers written one at a time; counts prompts on its stdout."""

    def __init__(self, argv, env):
        self.p = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                  env=env, bufsize=0)
        self.fd = self.p.stdout.fileno()
        self.prompts = 0
        self.tail = b""

    def wait_prompts(self, n):
        while self.prompts < n:
            chunk = os.read(self.fd, 1 << 20)
            if not chunk:
                raise RuntimeError(f"candor ended after {self.prompts} prompts: {self.tail[-300:]!r}")
            data = self.tail + chunk
            self.prompts += data.count(PROMPT) - self.tail.count(PROMPT)
            self.tail = data[-64:]

    def send(self, text):
        self.p.stdin.write(text.encode() + b"\n")

    def answer_timed(self, text):
        """Submit one answer; the time until the next prompt (the answer is fsync'd before it)."""
        target = self.prompts + 1
        t0 = time.perf_counter()
        self.send(text)
        self.wait_prompts(target)
        return time.perf_counter() - t0

    def batch_timed(self, texts):
        """Submit answers back to back (as fast as Candor takes them, so no waiting on this process
        shows in the figure); the time per answer until the prompt after the last one."""
        target = self.prompts + len(texts)
        t0 = time.perf_counter()
        self.p.stdin.write("".join(t + "\n" for t in texts).encode())
        self.wait_prompts(target)
        return (time.perf_counter() - t0) / len(texts)

    def close(self):
        self.p.stdin.close()
        self.p.stdout.read()
        return self.p.wait()


def c_fsync_per_line(folder, lines):
    out = subprocess.run([C_FSYNC, os.path.join(folder, "baseline.jsonl"), str(lines)], capture_output=True, text=True,
                         check=True)
    times = [float(x) for x in out.stdout.split()]
    return times


READY = ["yes", "yes", "yes", "yes", "1", "yes"]  # the practice readiness check


PASSPHRASE = "bench-passphrase"


def practising(talk, env, sealed=False):
    """Candor practising `talk`, past the readiness check, at its first question; `sealed`: the whole record
    sealed under a passphrase (practice --lock), chosen first."""
    c = PipedCandor([CANDOR, "practice", "--talk", talk] + (["--lock"] if sealed else []), env)
    if sealed:
        c.send(PASSPHRASE)
        c.send(PASSPHRASE)
    c.wait_prompts(1)
    for line in READY:
        c.send(line)
    c.wait_prompts(len(READY) + 1)
    return c


def only_talk(env):
    return json.loads(subprocess.run([CANDOR, "list", "--json"], capture_output=True, text=True, env=env,
                                     check=True).stdout)[0]["id"]


def bench_save_and_resume():
    print("2. saving an answer durably, 4. resuming a long talk", file=sys.stderr)
    total = 2_000 if QUICK else 10_000
    sample = 40 if QUICK else 100
    pairs = 5 if QUICK else 9
    answer = "an answer of ordinary length, a sentence or so, like most people type"
    home, early_home = fresh("save"), fresh("save-early")
    env, early_env = env_for(home), env_for(early_home)
    talk = os.path.join(WORK, "many.talk")
    generated_text_talk(talk, total + 2 * pairs * sample + 100)

    # A talk `total` answers in, and a new one beside it, to time saving late and early in turn.
    late = practising(talk, env)
    done = 0
    while done < total:
        n = min(500, total - done)
        late.batch_timed([f"{answer} {done + i}" for i in range(n)])
        done += n
    early = practising(talk, early_env)
    early.batch_timed([f"{answer} warm-up {i}" for i in range(10)])
    batch = lambda c: (lambda: c.batch_timed([f"{answer} {i}" for i in range(sample)]))
    fsync = lambda: median(c_fsync_per_line(early_home, sample))

    pair = in_turn(batch(early), fsync, pairs)
    row("saving an answer early in a talk (answers back to back, each fsync'd before the next prompt)", pair, "ms",
        "C append+fsync", "<= 1.5x", pair.ratio <= 1.5, scale=1000)
    pair = in_turn(batch(late), batch(early), pairs)
    row(f"saving an answer at answer {total:,}", pair, "ms", "the same early in a talk", "the same (<= 1.2x)",
        pair.ratio <= 1.2, scale=1000)
    # Sealed (issue 11): the same answers, each sealed with XChaCha20-Poly1305 before its write and fsync.
    sealed_home = fresh("save-sealed")
    sealed = practising(talk, env_for(sealed_home), sealed=True)
    sealed.batch_timed([f"{answer} warm-up {i}" for i in range(10)])
    pair = in_turn(batch(sealed), batch(early), pairs)
    row("saving a sealed answer early in a talk", pair, "ms", "saving an unsealed one", "<= 1.1x", pair.ratio <= 1.1,
        scale=1000)
    pair = in_turn(batch(sealed), fsync, pairs)
    row("saving a sealed answer early in a talk", pair, "ms", "C append+fsync", "", None, scale=1000)
    sealed.close()
    late.close()
    early.close()

    # Unlocking: the passphrase through Argon2id (libsodium's INTERACTIVE limits, slow on purpose), then
    # opening the talk's sealed lines; against showing the same answers unsealed.
    locked_home, open_home = fresh("unlock-sealed"), fresh("unlock-plain")
    for home, is_sealed in ((locked_home, True), (open_home, False)):
        c = practising(talk, env_for(home), sealed=is_sealed)
        c.batch_timed([f"{answer} {i}" for i in range(20)])
        c.close()
    locked_id, open_id = only_talk(env_for(locked_home)), only_talk(env_for(open_home))

    def show(talk_id, home, unlock):
        t0 = time.perf_counter()
        subprocess.run([CANDOR, "show", talk_id, "--json"], input=unlock, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, env=env_for(home), check=True, text=True)
        return time.perf_counter() - t0

    pair = in_turn(lambda: show(locked_id, locked_home, PASSPHRASE + "\n"), lambda: show(open_id, open_home, ""),
                   3 if QUICK else 7)
    row("unlocking: show a sealed talk, its passphrase given (Argon2id INTERACTIVE: 64 MiB, on purpose)", pair,
        "ms", "show the same unsealed", "printed", None, scale=1000)

    # 4. Resume: the long talk against the same talk with one answer, in turn.
    small_home = fresh("resume-small")
    small_env = env_for(small_home)
    small = practising(talk, small_env)
    small.batch_timed(["first"])
    small.close()
    long_id, small_id = only_talk(env), only_talk(small_env)
    pair = in_turn(lambda: first_prompt_piped([CANDOR, "resume", long_id], env),
                   lambda: first_prompt_piped([CANDOR, "resume", small_id], small_env), 5 if QUICK else 11)
    row(f"resume a talk with {total:,} answers to its next prompt", pair, "ms", "resume the same talk with 1 answer",
        "<= 20 ms", pair.value <= 0.020, scale=1000)


# --- 3. Compiling talks -----------------------------------------------------------------------------

def generated_talk(path, questions):
    """A talk of `questions` questions of every kind, with catalogs, conditions and interpolation."""
    out = ['talk gen "Generated" version 1', 'about "A generated talk for the benchmarks."']
    catalogs = max(1, questions // 200)
    for c in range(catalogs):
        out.append(f'catalog cat{c} "Things {c}"')
        for i in range(8):
            extra = " roles giving receiving" if i % 3 == 0 else ""
            out.append(f'  item i{i} "Item {i} of {c}"{extra}')
            out.append(f'    note "A note about item {i}, long enough to be a real sentence of advice."')
    q = 0
    step = 0
    while q < questions:
        out.append(f'step s{step} "Step {step}"')
        out.append(f'  say "Coaching before step {step}: a sentence or two of the kind a talk says between questions."')
        for k in range(min(20, questions - q)):
            qid = f"q{q}"
            kind = q % 10
            if kind == 0:
                out.append(f'  ask {qid} text "What would you say about {q}?"')
                out.append('    help "A sentence is plenty."')
                out.append(f'    reflect "So you said {{{qid}}}."')
            elif kind == 1:
                out.append(f'  ask {qid} choice "Which fits best, {{name}}?"')
                for o in range(4):
                    out.append(f'    option o{o} "Option {o}"')
            elif kind == 2:
                out.append(f'  ask {qid} yesno "Is {q} a yes?"')
                out.append(f'  say when {qid} == yes and q{q - 1} in [o1, o2] "Then note this: {{q{q - 2}}}."')
            elif kind == 3:
                out.append(f'  ask {qid} scale 1 5 "How much, from 1 to 5?"')
                out.append('    label 1 "a little"')
                out.append('    label 5 "a lot"')
            elif kind == 4:
                out.append(f'  ask {qid} rate cat{(q // 200) % catalogs} as yes maybe no')
            elif kind == 5:
                out.append(f'  ask {qid} choices "Pick any" when q{q - 2} >= 3 or not q{q - 2}')
                for o in range(3):
                    out.append(f'    option o{o} "Choice {o}"')
            elif kind == 6:
                out.append(f'  ask {qid} lines "Anything to add about {{q{q - 6}}}?"')
            elif kind == 7:
                out.append(f'  ask {qid} word "One word for it?"')
                out.append('    reject stop no "That word is taken."')
            elif kind == 8:
                out.append(f'  ask {qid} date "When?" optional')
            else:
                out.append(f'  ask {qid} list "List a few"')
                out.append(f'  flag f{q} when q{q - 7} == yes and q{q - 5}.yes "Worth talking about {{q{q - 9}}}."')
            q += 1
        step += 1
    out.append('script "My script"')
    for i in range(0, questions, max(1, questions // 50)):
        out.append(f'  line l{i} "I said {{q{i - i % 10}}}." when q{i - i % 10}')
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")
    return os.path.getsize(path)


def timed(argv, env):
    t0 = time.perf_counter()
    out = subprocess.run(argv, capture_output=True, env=env)
    elapsed = time.perf_counter() - t0
    if out.returncode != 0:
        raise RuntimeError(f"{argv} failed: {out.stdout[-500:]!r} {out.stderr[-500:]!r}")
    return elapsed


def bench_compile():
    print("3. compiling talks", file=sys.stderr)
    home = fresh("compile")
    env = env_for(home)
    tiny = os.path.join(home, "tiny.talk")
    generated_talk(tiny, 1)
    per_mb = {}
    for n in ([1_000, 10_000] if QUICK else [1_000, 10_000, 100_000]):
        path = os.path.join(home, f"gen-{n}.talk")
        mb = generated_talk(path, n) / 1e6
        pair = in_turn(lambda: timed([CANDOR, "check", path], env), lambda: timed([CANDOR, "check", tiny], env),
                       3 if n >= 100_000 else 9)
        # The compiling rate of each pair: the time beyond checking a 1-question talk, per MB.
        rates = sorted(mb / max(a - b, 1e-9) for a, b in zip(pair.a, pair.b))
        rate = median(rates)
        per_mb[n] = 1 / rate
        row(f"compile a talk of {n:,} questions ({mb:.1f} MB), candor check", pair, "ms",
            "candor check of a 1-question talk", ">= 20 MB/s", rate >= 20,
            f"{rate:.1f} MB/s compiling ({rates[0]:.1f}-{rates[-1]:.1f})", scale=1000)
    largest = max(per_mb)
    growth = per_mb[largest] / per_mb[1_000]
    ROWS.append((f"  time per MB at {largest:,} questions / at 1,000", growth, "x", "", 0, None,
                 "linear (<= 1.5x)", growth <= 1.5, ""))
    print(f"  linearity: {growth:.2f}x", file=sys.stderr)


# --- 5. Peak memory -----------------------------------------------------------------------------------

def peak_rss_kib(argv, env, data):
    """Maximum resident set of `argv`, by GNU time: rusage of a child forked from this Python would count
    the Python pages it started with."""
    report = os.path.join(WORK, "rss.txt")
    subprocess.run(["/usr/bin/time", "-f", "%M", "-o", report, *argv], input=data, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, env=env, check=True)
    with open(report) as f:
        return int(f.read().split()[-1])


def bench_memory():
    print("5. peak memory", file=sys.stderr)
    home = fresh("memory")
    env = env_for(home)
    with open(FIXTURE, "rb") as f:
        answers = f.read() + b"\n" * 40
    whole = max(peak_rss_kib([CANDOR, "practice"], env, answers) for _ in range(3)) / 1024
    talks = json.loads(subprocess.run([CANDOR, "list", "--json"], capture_output=True, text=True, env=env).stdout)
    assert talks and talks[0]["status"] == "complete", talks
    version = peak_rss_kib([CANDOR, "--version"], env, b"") / 1024
    c = peak_rss_kib([C_PROMPT], env, b"yes\n") / 1024
    note_row("peak memory, a whole default practice run", whole, "MiB",
             f"goal <= 16 MiB: {'met' if whole <= 16 else '**missed**'}; candor --version alone: {version:.1f} MiB; "
             f"C prompt+read: {c:.1f} MiB")


# --- 5. Many talks: the talk index keeps list and plain candor flat (issue 12) -------------------------

ID_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"


def journal_line(seq, event):
    body = '{"seq":%d,"event":%s' % (seq, json.dumps(event, sort_keys=True, separators=(",", ":")))
    return body + ',"crc":"%08x"}\n' % (zlib.crc32(body.encode()) & 0xFFFFFFFF)


def generated_home(name, talks):
    """A data folder holding `talks` finished practice talks of one person, a week apart, written as Candor
    writes journals (checksums and all), then listed once so its talk index is made."""
    home = fresh(name)
    os.makedirs(os.path.join(home, "talks"), mode=0o700)
    rng = random.Random(talks)
    ids = set()
    while len(ids) < talks:
        ids.add("".join(rng.choice(ID_ALPHABET) for _ in range(6)))
    for n, talk_id in enumerate(sorted(ids)):
        folder = os.path.join(home, "talks", talk_id)
        os.makedirs(folder, mode=0o700)
        day = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(1_700_000_000 + n * 7 * 86400))
        talk = {"hash": "sha256:" + "0" * 64, "id": "check-in", "source": "check-in", "title": "A quick check-in",
                "version": 1}
        events = [{"at": day, "mode": "practice", "people": [{"id": "p1"}], "talk": talk, "type": "started"}]
        for q in ["ready-adult", "ready-partner-adult", "ready-sober", "ready-willing"]:
            events.append({"at": day, "by": "p1", "kind": "yesno", "question": q, "type": "answered",
                           "value": {"yes": True}})
        events.append({"at": day, "by": "p1", "kind": "scale", "question": "lately", "type": "answered",
                       "value": {"number": 4}})
        events.append({"at": day, "type": "completed"})
        path = os.path.join(folder, "journal.jsonl")
        with open(path, "w") as f:
            f.write("".join(journal_line(i + 1, e) for i, e in enumerate(events)))
        os.chmod(path, 0o600)
    # As a folder is between talks: settled (its names last changed a minute ago), so the index keeps
    # the folder's stamp; a folder changed in the last two seconds is listed in full, by design.
    then = time.time() - 60
    os.utime(os.path.join(home, "talks"), (then, then))
    subprocess.run([CANDOR, "list"], stdout=subprocess.DEVNULL, env=env_for(home), check=True)
    return home, sorted(ids)[-1]


def timed_run(argv, env, data=""):
    t0 = time.perf_counter()
    subprocess.run(argv, input=data, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, text=True)
    return time.perf_counter() - t0


def bench_many_talks():
    print("5. many talks: list, plain candor, show, diff and a new talk at 10, 520 and 3,000 talks", file=sys.stderr)
    sizes = [10, 520] if QUICK and "--many" not in sys.argv else [10, 520, 3000]
    homes = {n: generated_home(f"many-{n}", n) for n in sizes}
    pairs = 5 if QUICK else 9
    small, small_id = homes[sizes[0]]
    for n in sizes[1:]:
        big, big_id = homes[n]
        for label, args, data in [("candor list", ["list"], ""), ("plain candor", [], ""),
                                  ("candor show ID", ["show", "{id}"], ""), ("candor diff ID", ["diff", "{id}"], "")]:
            argv = lambda home, talk_id: [CANDOR] + [a.replace("{id}", talk_id) for a in args]
            pair = in_turn(lambda: timed_run(argv(big, big_id), env_for(big), data),
                           lambda: timed_run(argv(small, small_id), env_for(small), data), pairs)
            goal = "<= 1.5x" if label in ("candor list", "plain candor") and n == 3000 else ""
            row(f"{label} with {n:,} talks", pair, "ms", f"the same with {sizes[0]} talks", goal,
                (pair.ratio <= 1.5) if goal else None, scale=1000)
        pair = in_turn(lambda: first_prompt_piped([CANDOR, "practice"], env_for(big)),
                       lambda: first_prompt_piped([CANDOR, "practice"], env_for(small)), pairs)
        row(f"a new talk's first prompt with {n:,} talks", pair, "ms", f"the same with {sizes[0]} talks", "", None,
            scale=1000)
        big_rss = peak_rss_kib([CANDOR, "list"], env_for(big), "")
        small_rss = peak_rss_kib([CANDOR, "list"], env_for(small), "")
        note_row(f"peak memory of candor list with {n:,} talks", big_rss / 1024, "MiB",
                 f"with {sizes[0]} talks: {small_rss / 1024:.1f} MiB; goal flat")


def machine():
    cpu = ""
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    fs = subprocess.run(["df", "-T", WORK], capture_output=True, text=True).stdout.splitlines()[-1].split()
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()
    return (f"{cpu or platform.processor()}, {os.cpu_count()} cores, {mem:.0f} GiB; {platform.system()} "
            f"{platform.release()}; data on {fs[1]} ({fs[0]}); {swift[0] if swift else 'swift ?'}")


def table():
    lines = ["| figure | candor | baseline | ratio (median of pairs) | min-max | goal | |",
             "|---|---:|---|---:|---|---|---|"]
    for figure, value, unit, bname, bval, pair, goal, met, note in ROWS:
        verdict = "" if met is None else ("met" if met else "**missed**")
        base = f"{bname}: {bval:.3f} {unit}" if bname else ""
        ratio = f"{pair.ratio:.2f}x" if isinstance(pair, InTurn) else ""
        spread = f"{pair.low:.2f}-{pair.high:.2f} ({len(pair.ratios)} pairs)" if isinstance(pair, InTurn) else ""
        lines.append(f"| {figure} | {value:.3f} {unit} | {base} | {ratio} | {spread} | {goal} | {verdict} {note} |".rstrip())
    return "\n".join(lines)


if __name__ == "__main__":
    os.makedirs(WORK, exist_ok=True)
    steps = (bench_first_prompt, bench_compile, bench_memory, bench_save_and_resume, bench_many_talks)
    # --many: only the many-talks table (its homes take a while to make).
    for step in (bench_many_talks,) if "--many" in sys.argv else steps:
        step()
    print(f"Machine: {machine()}")
    print(f"Run: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; each ratio the median of pairs run in turn; "
          f"{'--quick' if QUICK else 'full'} run")
    print()
    print(table())
