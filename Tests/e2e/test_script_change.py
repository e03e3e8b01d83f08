"""A talk begun with one version of a script file and resumed after the file changed: a question added,
one removed, one whose kind changed. The record keeps the file's path, so resume reads the new version."""
import json

V1 = """talk demo "Demo" version 1

step one "First"
  ask opener text "How would you open the talk?"
  ask old text "A question that will go away?"
  ask experience text "Your experience, in your own words?"
  ask motivation text "What draws you to this?"

step two "Second"
  ask safeword word "Your safe word?"
"""

V2 = """talk demo "Demo" version 2

step one "First"
  ask opener text "How would you open the talk?"
  ask added text "A brand new question?"
  ask experience choice "How much experience do you have?"
    option new "New to this"
    option experienced "Experienced"
  ask motivation text "What draws you to this?"

step two "Second"
  ask safeword word "Your safe word?"
"""


def test_resume_after_the_script_changed_asks_new_and_changed_questions_and_keeps_old_answers(candor, tmp_path):
    script = tmp_path / "demo.talk"
    script.write_text(V1)
    out = candor.run("practice", "--talk", str(script), input="yes\nyes\nyes\nyes\nnone\nyes\nhi there\ngoing away\nsome\ncloseness\n")
    assert out.returncode == 0, out.stderr
    talk = candor.talks()[0]["id"]
    before = candor.record(talk)
    assert before["talk"]["source"] == str(script)
    assert before["answers"]["experience"]["p1"]["kind"] == "text"

    script.write_text(V2)
    out = candor.run("resume", talk, input="fresh answer\nexperienced\npineapple\n")
    assert out.returncode == 0, out.stderr
    said = " ".join(out.stdout.split())
    assert ("This talk's script has changed since you began (version 1, now 2): 1 new question to answer; "
            "1 question now asked in a different way, so it is asked again; 1 answer to a question the talk no "
            "longer asks, kept and shown as from an earlier version.") in said, out.stdout
    # The new question first, then the one whose kind changed, then on where the talk had got to.
    assert out.stdout.index("A brand new question?") < out.stdout.index("How much experience") < out.stdout.index("Your safe word?")
    assert "What draws you to this?" not in out.stdout

    after = candor.record(talk)
    answers = after["answers"]
    assert answers["added"]["p1"]["value"] == {"text": "fresh answer"}
    assert answers["experience"]["p1"]["value"] == {"option": "experienced"}
    assert answers["experience"]["p1"]["kind"] == "choice"
    assert answers["motivation"]["p1"]["value"] == {"text": "closeness"}
    assert answers["old"]["p1"]["value"] == {"text": "going away"}  # kept
    assert answers["safeword"]["p1"]["value"] == {"text": "pineapple"}

    shown = candor.run("show", talk)
    assert shown.returncode == 0
    earlier = shown.stdout.index("From an earlier version of this talk")
    assert shown.stdout.index("going away") > earlier
