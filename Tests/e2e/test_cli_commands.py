"""Commands' own help, "did you mean", --json for data, completion scripts, the man page, exit codes."""
import json
import pathlib
import subprocess

from conftest import CANDOR, ROOT, practice_answers

READY = "yes\nyes\nyes\nyes\n1\nyes\n"


def test_a_command_has_its_own_help_naming_its_options(candor):
    overview = candor.run("--help")
    for args in (["export", "--help"], ["export", "-h"], ["help", "export"], ["--help", "export"]):
        out = candor.run(*args)
        assert out.returncode == 0, (args, out.stderr)
        assert out.stdout != overview.stdout, args
        for option in ("--format", "-o, --output FILE", "--all", "Examples:"):
            assert option in out.stdout, (args, option)


def test_help_alone_is_the_overview(candor):
    assert candor.run("help").stdout == candor.run("--help").stdout


def test_a_mistyped_command_gets_did_you_mean(candor):
    out = candor.run("lsit")
    assert out.returncode == 64
    assert "Did you mean candor list?" in out.stderr
    assert candor.run("help", "exprot").returncode == 64
    assert "Did you mean candor export?" in candor.run("exprot", "--help").stderr


def test_a_mistyped_option_gets_did_you_mean(candor):
    out = candor.run("show", "abcd", "--jsno")
    assert out.returncode == 64
    assert "Did you mean --json?" in out.stderr and "candor show --help" in out.stderr


def test_resume_with_the_input_ending_before_a_choice_fails(candor):
    candor.run("practice", input=READY + "hello\n")  # paused when the input ends
    out = candor.run("resume", input="")
    assert "Nothing chosen" in out.stderr
    assert out.returncode == 66, (out.returncode, out.stderr)


def test_talks_json(candor):
    out = candor.run("talks", "--json")
    assert out.returncode == 0, out.stderr
    talks = json.loads(out.stdout)
    assert {"name": "how-to-talk", "summary": talks[0]["summary"], "default": True} in talks


def test_check_json(candor, tmp_path):
    bad = tmp_path / "bad.talk"
    bad.write_text("talk x \"X\" version 1\n")
    out = candor.run("check", "--json", str(bad))
    assert out.returncode == 65
    result = json.loads(out.stdout)
    assert result["errors"] >= 1 and result["files"][0]["file"].endswith("bad.talk")
    assert result["files"][0]["ok"] is False
    item = result["files"][0]["diagnostics"][0]
    assert set(item) == {"code", "severity", "message", "line", "column", "endColumn"}
    # The range: 'talk', the header of a talk with no step.
    assert (item["code"], item["line"], item["column"], item["endColumn"]) == ("E024", 1, 1, 5)
    builtin = json.loads(candor.run("check", "--json").stdout)
    assert builtin["errors"] == 0 and all(f["ok"] for f in builtin["files"])


def test_diff_json(candor):
    import time
    answers = practice_answers()
    candor.run("practice", "--name", "Sam", input=answers)
    time.sleep(1.1)
    candor.run("practice", "--name", "Sam", input=answers.replace("pineapple\n", "mango\n"))
    talks = candor.talks()
    out = candor.run("diff", talks[0]["id"], "--json")
    assert out.returncode == 0, out.stderr
    diff = json.loads(out.stdout)
    assert diff["old"]["id"] == talks[1]["id"] and diff["new"]["id"] == talks[0]["id"]
    assert any(c["before"] == "pineapple" and c["after"] == "mango" for c in diff["changes"])
    alone = json.loads(candor.run("diff", talks[1]["id"], "--json").stdout)
    assert alone["old"] is None and alone["changes"] == []


def complete(words, cword, env=None):
    script = f'source <("{CANDOR}" completion bash); COMP_WORDS=({words}); COMP_CWORD={cword}; _candor; echo "${{COMPREPLY[@]}}"'
    out = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=60, env=env)
    assert out.returncode == 0, out.stderr
    return out.stdout.split()


def test_bash_completion_completes_commands_options_and_values():
    assert complete("candor ex", 1) == ["export"]
    assert complete("candor export abcd --for", 3) == ["--format"]
    assert sorted(complete("candor export abcd --format ''", 4)) == ["csv", "html", "ics", "json", "kinklist", "md"]
    assert "check-in" in complete("candor practice --talk ch", 3)
    assert complete("candor help exp", 2) == ["export"]


def test_bash_completion_completes_talk_ids(candor):
    candor.run("practice", input=READY + "hello\n")
    talk = candor.talks()[0]["id"]
    assert complete(f'"{CANDOR}" show {talk[:2]}', 2, env=candor.env) == [talk]
    assert talk in complete(f'"{CANDOR}" show ""', 2, env=candor.env)
    assert complete(f'"{CANDOR}" --home "{candor.home}" diff {talk[:2]}', 4) == [talk]
    assert complete(f'"{CANDOR}" diff --js', 2, env=candor.env) == ["--json"]


def test_zsh_and_fish_completion_scripts_are_made(candor):
    for shell, marker, option in (("zsh", "#compdef candor", "--format"), ("fish", "complete -c candor", "-l format")):
        out = candor.run("completion", shell)
        assert out.returncode == 0 and marker in out.stdout
        assert "export" in out.stdout and option in out.stdout
    assert candor.run("completion", "tcsh").returncode == 64


def test_the_man_page_is_made_from_the_definitions_and_docs_holds_it(candor):
    out = candor.run("man")
    assert out.returncode == 0
    assert out.stdout.startswith(".TH CANDOR 1")
    for name in ("practice", "export", "completion", "\\-\\-format"):
        assert name in out.stdout
    assert (ROOT / "docs" / "candor.1").read_text() == out.stdout, "regenerate: candor man > docs/candor.1"
