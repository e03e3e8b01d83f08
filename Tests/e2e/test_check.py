"""candor check: every problem at once, FILE:LINE:COL, exit 65."""
import re


def test_builtin_talks_check_clean(candor):
    out = candor.run("check")
    assert out.returncode == 0, out.stderr
    assert "how-to-talk.talk: ok" in out.stdout


def test_three_mistakes_give_three_located_errors(candor, tmp_path):
    talk = tmp_path / "broken.talk"
    talk.write_text(
        'talk broken "Broken" version 1\n'
        'step one "One"\n'
        '  ask feel txt "How do you feel?"\n'            # unknown kind
        '  ask ok yesno "Is this OK?"\n'
        '  say "Good." when ok == maybe\n'               # a value yesno never gives
        '  ask ok text "Again?"\n'                       # duplicate id
    )
    out = candor.run("check", str(talk))
    assert out.returncode == 65
    errors = [l for l in out.stderr.splitlines() if re.match(rf"{re.escape(str(talk))}:\d+:\d+: error\[E\d{{3}}\]: ", l)]
    assert len(errors) == 3, out.stderr
    codes = sorted(re.search(r"error\[(E\d+)\]", l).group(1) for l in errors)
    assert codes == ["E003", "E004", "E006"]
    lines = sorted(int(l.split(":")[1]) for l in errors)
    assert lines == [3, 5, 6]


def test_check_reports_invalid_utf8_with_position(candor, tmp_path):
    talk = tmp_path / "bad.talk"
    talk.write_bytes(b'talk bad "Bad" version 1\nstep s "S"\n  ask q text "caf\xe9?"\n')
    out = candor.run("check", str(talk))
    assert out.returncode == 65
    assert f"{talk}:3:" in out.stderr and "UTF-8" in out.stderr


def test_a_broken_talk_cannot_be_practised(candor, tmp_path):
    talk = tmp_path / "broken.talk"
    talk.write_text('talk broken "Broken" version 1\nstep one "One"\n  ask x nope "?"\n')
    out = candor.run("practice", "--talk", str(talk), input="yes\n")
    assert out.returncode == 65
    assert "error[E003]" in out.stderr
    assert candor.run("list", "--json").stdout.strip() in ("[]", "[\n\n]")
