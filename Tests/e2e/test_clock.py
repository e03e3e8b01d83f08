"""CANDOR_NOW stands in for the clock, for tests only; a value that is not a time is refused up front."""

READY = "yes\nyes\nyes\nyes\n1\nyes\n"


def test_candor_now_sets_the_time_of_everything_saved(candor):
    out = candor.run("practice", input=READY, env={"CANDOR_NOW": "2027-01-03T10:00:00+01:00"})
    assert out.returncode == 0, out.stderr
    talk = candor.talks()[0]
    assert talk["created"] == "2027-01-03T10:00:00+01:00" and talk["updated"] == talk["created"]


def test_a_candor_now_that_is_not_a_time_is_a_usage_error(candor):
    out = candor.run("list", env={"CANDOR_NOW": "tomorrow"})
    assert out.returncode == 64
    assert "CANDOR_NOW" in out.stderr and "2027-01-03T10:00:00+01:00" in out.stderr
    assert out.stdout == ""
