"""The command line itself: version, help, usage errors, built-in talks."""
import re


def test_version_prints_name_and_version(candor):
    out = candor.run("--version")
    assert out.returncode == 0
    assert re.fullmatch(r"candor \d+\.\d+\.\d+\n", out.stdout)


def test_help_lists_the_commands(candor):
    out = candor.run("--help")
    assert out.returncode == 0
    for command in ["practice", "resume", "list", "show", "check", "talks"]:
        assert f"candor {command}" in out.stdout


def test_unknown_command_is_a_usage_error(candor):
    out = candor.run("dance")
    assert out.returncode == 64
    assert "Unknown command" in out.stderr and "candor --help" in out.stderr


def test_unknown_option_is_a_usage_error(candor):
    out = candor.run("list", "--colour")
    assert out.returncode == 64
    assert "--colour" in out.stderr


def test_show_needs_an_id(candor):
    assert candor.run("show").returncode == 64


def test_show_unknown_id_is_no_input(candor):
    out = candor.run("show", "zzzz")
    assert out.returncode == 66
    assert "candor list" in out.stderr


def test_talks_lists_the_default_talk(candor):
    out = candor.run("talks")
    assert out.returncode == 0
    assert "how-to-talk" in out.stdout and "(default)" in out.stdout


def test_talks_source_prints_a_checkable_script(candor, tmp_path):
    out = candor.run("talks", "--source", "how-to-talk")
    assert out.returncode == 0
    assert out.stdout.startswith("talk how-to-talk ")
    copy = tmp_path / "copy.talk"
    copy.write_text(out.stdout)
    checked = candor.run("check", str(copy))
    assert checked.returncode == 0, checked.stderr


def test_practice_with_a_missing_talk_file(candor):
    out = candor.run("practice", "--talk", "/nonexistent/x.talk", input="")
    assert out.returncode == 66
    assert "No built-in talk or file" in out.stderr


def test_practice_with_a_folder_as_talk(candor, tmp_path):
    out = candor.run("practice", "--talk", str(tmp_path), input="")
    assert out.returncode == 66
    assert "is a folder" in out.stderr


def test_plain_candor_shows_a_short_menu_whose_default_practises(candor):
    out = candor.run(input="\nyes\nyes\nyes\nyes\nnone\nyes\nhello\n\n")
    assert out.returncode == 0, out.stderr
    assert "What would you like to do?" in out.stdout
    talks = candor.talks()
    assert len(talks) == 1 and talks[0]["mode"] == "practice"


def test_menu_refuses_what_it_does_not_offer_and_can_list(candor):
    out = candor.run(input="9\n3\n")
    assert out.returncode == 0
    assert "Please type a number from 1 to 4." in out.stdout
    assert "No talks yet" in out.stdout


def test_export_formats_and_a_private_output_file(candor, tmp_path):
    from conftest import practice_answers
    candor.run("practice", input=practice_answers())
    talk = candor.talks()[0]["id"]
    ics = candor.run("export", talk, "--format", "ics")
    assert ics.returncode == 0 and "BEGIN:VEVENT" in ics.stdout and "SUMMARY:Time for our talk" in ics.stdout
    md = candor.run("export", talk, "--format", "md")
    assert md.stdout.startswith("# Talking about sex") and "pineapple" in md.stdout and "## My script" in md.stdout
    target = tmp_path / "talk.html"
    written = candor.run("export", talk, "--format", "html", "-o", str(target), umask=0)
    assert written.returncode == 0
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert "<!doctype html>" in target.read_text()
    assert candor.run("export", talk).returncode == 64
    assert candor.run("export", talk, "--format", "pdf").returncode == 64
    assert candor.run("export", talk, "--format", "md", "-o", "/nonexistent/dir/x.md").returncode == 73


def test_diff_compares_with_the_last_talk_of_the_same_people(candor):
    from conftest import practice_answers
    answers = practice_answers()
    import time
    candor.run("practice", "--name", "Sam", input=answers)
    time.sleep(1.1)  # talks are ordered by when they started, to the second
    candor.run("practice", "--name", "Sam", input=answers.replace("pineapple\n", "mango\n"))
    newest = candor.talks()[0]["id"]
    out = candor.run("diff", newest)
    assert out.returncode == 0, out.stderr
    assert "pineapple → mango" in out.stdout
    assert candor.run("diff").returncode == 64
    alone = candor.run("practice", "--name", "Kim", input="yes\nyes\nyes\nyes\nnone\nyes\nhi\n\n")
    kim = [t for t in candor.talks() if t["people"] == ["Kim"]][0]["id"]
    assert "no earlier" in candor.run("diff", kim).stdout
