"""No string from a file reaches the terminal raw (issue 9, item 4). A talk file's title, step titles and
labels, and a record's talk id, title and names (read from its journal), can hold escape sequences (OSC 52
writes to the clipboard), C1 controls (U+009B is a one-character CSI) and bidi overrides. Every command
that prints them (list, show, diff, resume, forget, export, check, practice) must show them made visible,
and `candor check` must refuse them in a talk file with E016 at the exact place."""
import json
import re
import subprocess
import zlib

from conftest import CANDOR

READY = "yes\nyes\nyes\nyes\nnone\nyes\n"
# OSC 52 (clipboard), a screen clear, a C1 CSI, an OSC by C1, a bidi override and an isolate.
HOSTILE = "\x1b]52;c;ZXZpbA==\x07\x1b[2J\u009b31m\u009d0;pwned\u009c\u202egnp.exe\u2066"
# Bytes a terminal would act on: C0 but tab and newline (CR too), DEL, UTF-8 C1, bidi embeddings,
# overrides and isolates.
RAW = re.compile(rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]")


def run(candor, *args, input=b""):
    return subprocess.run([CANDOR, *args], input=input, capture_output=True, env=candor.env, timeout=60)


def assert_inert(out, what):
    for stream, data in (("stdout", out.stdout), ("stderr", out.stderr)):
        m = RAW.search(data)
        assert not m, f"raw {m.group()!r} in the {stream} of candor {what}: ...{data[max(0, m.start() - 60):m.end() + 20]!r}"


def hostile_talk(path):
    path.write_text(
        f'talk evil "Title {HOSTILE}" version 1\n'
        f'step s "Step {HOSTILE}"\n'
        '  ask a choice "Which?"\n'
        f'    option x "Label {HOSTILE}"\n'
        '    option y "Other"\n')
    return path


def test_check_and_practice_refuse_controls_in_a_talk_file_and_print_none(candor, tmp_path):
    # The file's name carries them too: diagnostics quote it.
    talk = hostile_talk(tmp_path / f"evil{HOSTILE[:12]}.talk")
    for args in (["check", str(talk)], ["practice", "--talk", str(talk)]):
        out = run(candor, *args, input=READY.encode())
        assert_inert(out, " ".join(args[:1]))
        assert out.returncode == 65, out.stderr
        text = out.stderr.decode()
        # Where each one is, what it is, and what to do.
        for line_col in ("1:18", "2:14", "4:21"):
            assert re.search(rf"evil\^\[\]52;c;ZXZpb\.talk:{line_col}: error\[E016\]: .*delete it", text), text
        assert "(U+001B)" in text
    assert candor.talks() == []


def test_check_names_a_c1_control_or_bidi_override_instead_of_printing_it(candor, tmp_path):
    talk = tmp_path / "bad.talk"
    talk.write_text('talk t "T" version 1\nstep s "S"\n  ask a text "Q"\n  \u009b \u202e\n')
    out = run(candor, "check", str(talk))
    assert_inert(out, "check")
    assert out.returncode == 65
    assert f"{talk}:4:3: error[E016]: a control character (U+009B) here" in out.stderr.decode()


def crc_line(seq, event):
    body = json.dumps({"seq": seq, "event": event}, separators=(",", ":"), ensure_ascii=False)
    body = body[:-1]  # the line's checksum is over everything before ,"crc":"
    return f'{body},"crc":"{zlib.crc32(body.encode()):08x}"}}\n'


def make_hostile(home, talk_id, suffix):
    """Rewrites a saved talk's journal so its talk id and title hold the hostile sequences, every line
    with a checksum that matches, as if another program (or a damaged disk) had written them."""
    folder = home / "talks" / talk_id
    lines = (folder / "journal.jsonl").read_text().splitlines()
    out = []
    for seq, line in enumerate(lines, 1):
        event = json.loads(line)["event"]
        if event["type"] == "started":
            event["talk"]["id"] = "how" + HOSTILE + suffix
            event["talk"]["title"] = "Title " + HOSTILE
        out.append(crc_line(seq, event))
    (folder / "journal.jsonl").write_text("".join(out))
    (folder / "snapshot.bin").unlink(missing_ok=True)


def test_a_record_with_controls_in_its_talk_id_title_and_names_prints_none(candor):
    ids = []
    for i in range(2):
        # Paused after a few answers: open, so resume lists it too.
        out = run(candor, "practice", "--name", "Sam" + HOSTILE, input=(READY + f"opening {i}\n\nwhy\n\n").encode())
        assert out.returncode == 0, out.stderr
        ids = [t["id"] for t in candor.talks()]
    for n, talk_id in enumerate(ids):
        make_hostile(candor.home, talk_id, str(n))
    old, new = sorted(ids, key=lambda t: next(x for x in candor.talks() if x["id"] == t)["created"])
    listed = candor.talks()
    assert {t["talk"] for t in listed} == {"how" + HOSTILE + "0", "how" + HOSTILE + "1"}, "the journal was not read"
    commands = [
        ["list"], ["list", "--json"],
        ["show", new], ["show", new, "--json"],
        ["diff", old, new],
        ["diff", new],  # different talk ids: "There's no earlier <talk id> talk ..."
        ["resume"],  # the picker, with nothing typed
        ["forget", new],  # what would go, then refused without a terminal
        ["export", new, "--format", "md"], ["export", new, "--format", "html"], ["export", new, "--format", "json"],
    ]
    for args in commands:
        out = run(candor, *args)
        assert_inert(out, " ".join(args))
        # 66: resume's picker, whose input ended before a talk was chosen (not a success, issue 10).
        assert out.returncode in (0, 64, 66), (args, out.returncode, out.stderr)
    # Shown, made visible, not dropped: the person can see something odd is there.
    shown = run(candor, "show", new).stdout.decode()
    assert "Title ^[]52;c;ZXZpbA==^G^[[2J<U+009B>31m<U+009D>0;pwned<U+009C><U+202E>gnp.exe<U+2066>" in shown
    assert "Sam^[]52" in shown
    listed = run(candor, "list").stdout.decode()
    assert "how^[]52;c;ZXZpbA==^G" in listed
    no_earlier = run(candor, "diff", new).stdout.decode()
    assert "There's no earlier how^[]52" in no_earlier
    # JSON keeps the values exactly (as \u escapes), so nothing is lost for a program reading it.
    record = json.loads(run(candor, "show", new, "--json").stdout)
    assert record["talk"]["title"] == "Title " + HOSTILE
    assert record["people"][0]["name"] == "Sam" + HOSTILE
