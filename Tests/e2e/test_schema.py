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
