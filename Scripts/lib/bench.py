"""Candor's benchmarks (run by Scripts/bench, which builds what this needs and passes the paths).

Every figure is a median over repeated runs, printed beside a baseline measured in the same run and
the ratio between them, with the goal from issue 5 and whether it is met. Wall-clock times, so run it on
a quiet machine; the ratios are what to compare across machines.

    python3 Scripts/lib/bench.py CANDOR C_PROMPT C_FSYNC WORKDIR [--quick]
"""
import json
import os
import platform
import resource
import select
import shutil
import statistics
import subprocess
import sys
import time

CANDOR, C_PROMPT, C_FSYNC, WORK = sys.argv[1:5]
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


def row(figure, value, unit, baseline_name, baseline, goal, met, note=""):
    ratio = value / baseline if baseline else float("nan")
    ROWS.append((figure, value, unit, baseline_name, baseline, ratio, goal, met, note))
    print(f"  {figure}: {value:.3f} {unit} vs {baseline_name} {baseline:.3f} {unit} = {ratio:.2f}x "
          f"({goal}: {'met' if met else 'MISSED'}) {note}", file=sys.stderr, flush=True)


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
    runs = 15 if QUICK else 41
    candor, c = [], []
    for _ in range(runs):  # interleaved, so drift hits both alike
        c.append(first_prompt_piped([C_PROMPT], env))
        candor.append(first_prompt_piped([CANDOR, "practice"], env))
    t, b = median(candor) * 1000, median(c) * 1000
    row("time to first prompt, piped (candor practice)", t, "ms", "C prompt+read", b, "<= 6 ms and <= 6x C",
        t <= 6 and t / b <= 6)
    version = median([first_prompt_piped_version(env) for _ in range(runs)]) * 1000
    ROWS.append(("  of which process start (candor --version, to exit)", version, "ms", "", 0, float("nan"), "", None, ""))
    tty_env = dict(env, TERM="xterm")
    have_ptk = subprocess.run([sys.executable, "-c", "import prompt_toolkit"], capture_output=True).returncode == 0
    candor_t, c_t, ptk = [], [], []
    for _ in range(max(5, runs // 3)):
        c_t.append(first_prompt_pty([C_PROMPT], tty_env))
        candor_t.append(first_prompt_pty([CANDOR, "practice"], tty_env))
        if have_ptk:
            ptk.append(first_prompt_pty([sys.executable, "-c", "from prompt_toolkit import prompt; prompt('\u203a ')"], tty_env))
    t, b = median(candor_t) * 1000, median(c_t) * 1000
    row("time to first prompt, terminal (libedit)", t, "ms", "C prompt+read", b, "<= 6 ms and <= 6x C",
        t <= 6 and t / b <= 6)
    if have_ptk:
        p = median(ptk) * 1000
        row("time to first prompt, terminal (libedit)", t, "ms", "Python prompt_toolkit", p, "faster than prompt_toolkit", t < p)


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


def bench_save_and_resume():
    print("2. saving an answer durably, 4. resuming a long talk", file=sys.stderr)
    total = 2_000 if QUICK else 10_000
    sample = 40 if QUICK else 100
    home = fresh("save")
    talk = os.path.join(home, "many.talk")
    generated_text_talk(talk, total + 5 * sample + 10)
    env = env_for(home)
    c = PipedCandor([CANDOR, "practice", "--talk", talk], env)
    c.wait_prompts(1)
    for _ in range(4):
        c.send("yes")
    c.wait_prompts(5)
    answer = "an answer of ordinary length, a sentence or so, like most people type"
    c.batch_timed([f"{answer} warm-up {i}" for i in range(10)])
    # Batches of `sample` answers each, timed one batch at a time; the median batch's time per answer.
    early = [c.batch_timed([f"{answer} {b}.{i}" for i in range(sample)]) for b in range(5)]
    done = 10 + 5 * sample
    batch = 500
    while done < total:
        n = min(batch, total - done)
        c.p.stdin.write(b"".join(f"{answer} {done + i}\n".encode() for i in range(n)))
        c.wait_prompts(5 + done + n)
        done += n
    late = [c.batch_timed([f"{answer} late {b}.{i}" for i in range(sample)]) for b in range(5)]
    c.close()
    baseline = c_fsync_per_line(home, sample * 5)
    e, l, b = median(early) * 1000, median(late) * 1000, median(baseline) * 1000
    row(f"saving an answer, answers 10-{10 + 5 * sample} (answers back to back, each fsync'd before the next prompt)", e, "ms",
        "C append+fsync", b, "<= 1.5x", e / b <= 1.5)
    row(f"saving an answer at answer {total:,}", l, "ms", "the same at answer 10", e, "the same (<= 1.2x)",
        l / e <= 1.2)

    # 4. Resume: the talk now has `total` + saved answers; time to its next prompt.
    talk_id = json.loads(subprocess.run([CANDOR, "list", "--json"], capture_output=True, text=True, env=env,
                                        check=True).stdout)[0]["id"]
    resume, start = [], []
    for _ in range(5 if QUICK else 11):
        resume.append(first_prompt_piped([CANDOR, "resume", talk_id], env))
    small_home = fresh("resume-small")
    small_env = env_for(small_home)
    s = PipedCandor([CANDOR, "practice", "--talk", talk], small_env)
    s.wait_prompts(1)
    s.send("yes\nyes\nyes\nyes\nfirst")
    s.wait_prompts(6)
    s.close()
    small_id = json.loads(subprocess.run([CANDOR, "list", "--json"], capture_output=True, text=True, env=small_env,
                                         check=True).stdout)[0]["id"]
    for _ in range(5 if QUICK else 11):
        start.append(first_prompt_piped([CANDOR, "resume", small_id], small_env))
    r, b = median(resume) * 1000, median(start) * 1000
    row(f"resume a talk with {total:,} answers to its next prompt", r, "ms", "resume the same talk with 1 answer", b,
        "<= 20 ms", r <= 20)


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


def timed(argv, env, runs):
    xs = []
    for _ in range(runs):
        t0 = time.perf_counter()
        out = subprocess.run(argv, capture_output=True, env=env)
        xs.append(time.perf_counter() - t0)
        if out.returncode != 0:
            raise RuntimeError(f"{argv} failed: {out.stdout[-500:]!r} {out.stderr[-500:]!r}")
    return median(xs)


def bench_compile():
    print("3. compiling talks", file=sys.stderr)
    home = fresh("compile")
    env = env_for(home)
    tiny = os.path.join(home, "tiny.talk")
    generated_talk(tiny, 1)
    start = timed([CANDOR, "check", tiny], env, 21)
    per_mb = {}
    for n in ([1_000, 10_000] if QUICK else [1_000, 10_000, 100_000]):
        path = os.path.join(home, f"gen-{n}.talk")
        size = generated_talk(path, n)
        t = timed([CANDOR, "check", path], env, 3 if n >= 100_000 else 9)
        mb = size / 1e6
        rate = mb / max(t - start, 1e-9)
        per_mb[n] = (t - start) / mb
        row(f"compile a talk of {n:,} questions ({mb:.1f} MB), candor check", t * 1000, "ms",
            "candor check of a 1-question talk", start * 1000, ">= 20 MB/s", rate >= 20,
            f"{rate:.1f} MB/s compiling")
    largest = max(per_mb)
    growth = per_mb[largest] / per_mb[1_000]
    ROWS.append((f"  time per MB at {largest:,} questions / at 1,000", growth, "x", "", 0, float("nan"),
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
    row("peak memory, a whole default practice run", whole, "MiB", "C prompt+read", c, "<= 16 MiB", whole <= 16,
        f"(candor --version alone: {version:.1f} MiB)")


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
    lines = ["| figure | candor | baseline | ratio | goal | |", "|---|---:|---|---:|---|---|"]
    for figure, value, unit, bname, bval, ratio, goal, met, note in ROWS:
        verdict = "" if met is None else ("met" if met else "**missed**")
        base = f"{bname}: {bval:.3f} {unit}" if bname else ""
        r = f"{ratio:.2f}x" if ratio == ratio else ""
        lines.append(f"| {figure} | {value:.3f} {unit} | {base} | {r} | {goal} | {verdict} {note} |".rstrip())
    return "\n".join(lines)


if __name__ == "__main__":
    os.makedirs(WORK, exist_ok=True)
    for step in (bench_first_prompt, bench_compile, bench_memory, bench_save_and_resume):
        step()
    print(f"Machine: {machine()}")
    print(f"Run: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; medians; {'--quick' if QUICK else 'full'} run")
    print()
    print(table())
