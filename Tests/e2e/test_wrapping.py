"""Coaching text wraps by the columns it takes on screen: a CJK character or an emoji takes two."""
import unicodedata

READY = "yes\nyes\nyes\nyes\n1\nyes\n"
WORD = "日本語の文章をここに書きます" * 2  # 28 characters, 56 columns

TALK = f"""talk wide "Wide" version 1
step one "One"
  say "{WORD} {WORD} {WORD}"
  say "🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂 🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂 🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂"
  ask nick text "What should I call you?"
"""


def columns(line):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def test_wide_text_never_runs_past_the_screen(candor, tmp_path):
    talk = tmp_path / "wide.talk"
    talk.write_text(TALK)
    out = candor.run("practice", "--talk", str(talk), input=READY + "Al\n", env={"COLUMNS": "80"})
    assert out.returncode == 0, out.stderr
    wide = [line for line in out.stdout.splitlines() if "日本" in line or "🙂" in line]
    assert len(wide) >= 6, out.stdout  # each say took more than one line
    assert all(columns(line) <= 80 for line in wide), "\n".join(f"{columns(l)}: {l}" for l in wide)
