"""Issue 13, item 6: the published schema (docs/record.schema.json). conftest checks every JSON record,
shared view and talk list the suites have Candor print; this holds the schema itself to catching what is
wrong, so that check can fail."""
import copy
import json

import jsonschema
import pytest

from conftest import SCHEMA, practice_answers


def valid(value):
    return jsonschema.Draft202012Validator(SCHEMA).is_valid(value)


def test_the_schema_is_a_valid_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_a_record_and_a_talk_list_are_valid_and_broken_ones_are_not(candor):
    candor.run("practice", "--plain", input=practice_answers())
    talk = candor.talks()[0]["id"]
    record = json.loads(candor.run("show", talk, "--json").stdout)
    listed = json.loads(candor.run("list", "--json").stdout)
    assert valid(record) and valid(listed)
    broken = copy.deepcopy(record)
    broken["answers"]["safeword"]["p1"]["value"] = {"maybe": "pineapple"}  # not an answer's shape
    assert not valid(broken)
    for key in ["status", "people", "answers"]:
        missing = copy.deepcopy(record)
        del missing[key]
        assert not valid(missing), key
    wrong = copy.deepcopy(record)
    wrong["status"] = "finished"
    assert not valid(wrong)
    assert not valid([{"id": talk, "status": "gone"}])


@pytest.mark.parametrize("moment", ["2026-12-05", "2026-12-05T10:00:00", "yesterday"])
def test_times_need_their_offset(candor, moment):
    candor.run("practice", "--plain", input=practice_answers())
    record = json.loads(candor.run("show", candor.talks()[0]["id"], "--json").stdout)
    record["created"] = moment
    assert not valid(record)


def test_a_record_with_reviews_sealing_and_keys_is_valid(candor):
    from conftest import ROOT
    standing = str(ROOT / "Tests" / "Transcripts" / "standing.talk")
    ready = ["yes", "yes", "yes", "yes", "1", "yes"]
    candor.run("practice", "--plain", "--talk", standing, input="\n".join(ready + ["pineapple", "tap", "2"]) + "\n")
    first = {t["id"] for t in candor.talks()}
    out = candor.run("practice", "--plain", "--lock", "--talk", "check-in",
                     input="\n".join(["pw-schema"] * 2 + ready + ["1", "2", "three taps", "2", "1"]) + "\n")
    assert out.returncode == 0, out.stderr
    (check_in,) = {t["id"] for t in candor.talks()} - first
    record = json.loads(candor.run("show", check_in, "--json", input="pw-schema\n").stdout)
    assert record["sealing"] == "all" and record["keys"] and record["reviews"]
    assert valid(record)


def test_an_agreement_left_for_another_time_is_a_valid_review(candor):
    from conftest import ROOT
    standing = str(ROOT / "Tests" / "Transcripts" / "standing.talk")
    ready = ["yes", "yes", "yes", "yes", "1", "yes"]
    candor.run("practice", "--plain", "--talk", standing, input="\n".join(ready + ["pineapple", "tap", "2"]) + "\n")
    first = {t["id"] for t in candor.talks()}
    out = candor.run("practice", "--plain", "--talk", "check-in", input="\n".join(ready + [":skip", "1", "1"]) + "\n")
    assert out.returncode == 0, out.stderr
    (check_in,) = {t["id"] for t in candor.talks()} - first
    record = json.loads(candor.run("show", check_in, "--json").stdout)
    assert [r["outcome"] for r in record["reviews"]] == ["skipped", "kept", "kept"]
    assert valid(record)
