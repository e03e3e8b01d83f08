"""Issue 13, item 2: bring your own list. KinkList text and kinklist-v2 JSON imported and listed with their
item counts; a practice talk rates every item of an imported list; importing it again with an item added
keeps every earlier answer (by id) and asks only the new one; a together talk on a list with Giving and
Receiving columns matches one person's giving with the other's receiving."""
import json
import re

from conftest import FIXTURES, ROOT
from test_together import ALEX_PW, HANDOVER, READY, SAM_PW

KINKLIST = (FIXTURES / "kinklist-v1.0.2.txt").read_text()
# The default talk up to its list: the readiness check, an opener, what draws you, experience.
BEFORE_THE_LIST = (FIXTURES / "practice-answers.txt").read_text().splitlines()[:12]


def rating_keys(text):
    """Every item of a KinkList text, once per column when it has two: the ids Candor rates them by."""
    keys, columns, category = [], 1, ""
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("#"):
            category = line[1:].strip()
        elif line.startswith("("):
            columns = len(line.strip("()").split(","))
        elif line.startswith("* "):
            keys.append((category, line[2:].strip(), columns))
    return keys


def imported(candor, path, *extra):
    out = candor.run("lists", "import", str(path), *extra)
    assert out.returncode == 0, out.stdout + out.stderr
    return out.stdout


def test_kinklist_and_kinklist_v2_are_imported_and_listed_with_their_counts(candor):
    said = imported(candor, FIXTURES / "kinklist-v1.0.2.txt", "--name", "kinklist")
    assert "Imported kinklist: 115 items in 16 categories, from KinkList text." in said
    said = imported(candor, FIXTURES / "kinklist-v2-sample.json", "--name", "v2")
    assert "from kinklist-v2 JSON" in said
    rows = {r["name"]: r for r in json.loads(candor.run("lists", "--json").stdout)}
    assert rows["kinklist"]["items"] == 115 and rows["v2"]["items"] >= 2
    assert rows["acts"]["origin"] == "built into how-to-talk"
    shown = candor.run("lists").stdout
    assert re.search(r"kinklist\s+.* · 115 items", shown), shown


def test_a_practice_talk_rates_every_item_and_a_list_imported_again_keeps_every_answer(candor, tmp_path):
    imported(candor, FIXTURES / "kinklist-v1.0.2.txt", "--name", "kinklist")
    prompts = sum(columns for _, _, columns in rating_keys(KINKLIST))
    out = candor.run("practice", "--plain", "--list", "kinklist", input="\n".join(BEFORE_THE_LIST + ["yes"] * prompts) + "\n")
    assert out.returncode == 0, out.stderr
    talk = candor.talks()[0]["id"]
    ratings = candor.record(talk)["answers"]["acts"]["p1"]["value"]["ratings"]
    assert len(ratings) == prompts and set(ratings.values()) == {"yes"}
    assert "clothing-lingerie.self" in ratings and "clothing-lingerie.partner" in ratings

    # The same list again, with an item inserted in the middle: the talk asks only the new item.
    edited = KINKLIST.replace("* Stockings\n", "* Stockings\n* Fishnets\n")
    (tmp_path / "edited.txt").write_text(edited)
    imported(candor, tmp_path / "edited.txt", "--name", "kinklist")
    resumed = candor.run("resume", talk, input="maybe\nmaybe\n")
    assert "Fishnets" in resumed.stdout and "Lingerie" not in resumed.stdout, resumed.stdout[-1500:]
    after = candor.record(talk)["answers"]["acts"]["p1"]["value"]["ratings"]
    assert {k: v for k, v in after.items() if k in ratings} == ratings  # every earlier answer, by id
    assert after["clothing-fishnets.self"] == "maybe" and after["clothing-fishnets.partner"] == "maybe"


GIVING_RECEIVING = """#Touch
(Giving, Receiving)
* Spanking
* Biting
"""


def test_a_together_talk_on_a_list_matches_giving_with_receiving(candor, tmp_path):
    (tmp_path / "touch.txt").write_text(GIVING_RECEIVING)
    imported(candor, tmp_path / "touch.txt", "--name", "touch")
    talk = str(ROOT / "Tests" / "Transcripts" / "together.talk")
    sam = ["yes", "no", "no", "no"]  # spanking giving yes, receiving no; biting no, no
    alex = ["no", "yes", "no", "maybe"]  # spanking receiving yes; biting receiving maybe
    lines = [""] + READY + HANDOVER + READY + HANDOVER + SAM_PW + sam + ["firm", "S"] + HANDOVER + ALEX_PW
    lines += alex + ["firm", "A"] + ["", "", ""] + ["pineapple", "yes", "1", "yes"]
    out = candor.run("together", "--plain", "--talk", talk, "--list", "touch", "--names", "Sam,Alex",
                     input="\n".join(lines) + "\n")
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr
    reveal = " ".join(out.stdout[out.stdout.index("Comparing your answers"):].split())
    assert "You both want: spanking (Sam giving, Alex receiving)." in reveal
    assert "biting" not in reveal.lower()  # Sam's no to biting is never shown


def test_a_talk_catalog_from_a_list_file_is_rated_and_checked_at_the_list_s_lines(candor, tmp_path):
    (tmp_path / "touch.txt").write_text(GIVING_RECEIVING)
    talk = tmp_path / "lt.talk"
    talk.write_text('talk lt "List talk" version 1\ncatalog acts from "touch.txt"\nstep s "S"\n'
                    '  ask acts rate acts as yes maybe no "How do you feel?"\n')
    assert candor.run("check", str(talk)).returncode == 0
    out = candor.run("practice", "--plain", "--talk", str(talk), input="\n".join(
        ["yes", "yes", "yes", "yes", "1", "yes", "yes", "no", "maybe", "no"]) + "\n")
    assert out.returncode == 0, out.stderr
    ratings = candor.record(candor.talks()[0]["id"])["answers"]["acts"]["p1"]["value"]["ratings"]
    assert ratings == {"touch-spanking.giving": "yes", "touch-spanking.receiving": "no",
                       "touch-biting.giving": "maybe", "touch-biting.receiving": "no"}
    # A list with a mistake: check names the list's file, line and column.
    (tmp_path / "bad.list").write_text("title: Broken\ncategory c: C\nitem: \n")
    talk.write_text(talk.read_text().replace("touch.txt", "bad.list"))
    checked = candor.run("check", str(talk))
    assert checked.returncode == 65
    assert f"{tmp_path}/bad.list:3:" in checked.stderr and "E044" in checked.stderr, checked.stderr


def test_csv_export_has_a_row_per_rating_and_reads_with_python_csv(candor):
    import csv
    import io
    imported(candor, FIXTURES / "kinklist-v1.0.2.txt", "--name", "kinklist")
    prompts = sum(columns for _, _, columns in rating_keys(KINKLIST))
    ratings = (["yes", "no", "maybe", "fantasy", "unsure", ""] * prompts)[:prompts]
    candor.run("practice", "--plain", "--list", "kinklist", "--name", 'Sam "S", =1',
               input="\n".join(BEFORE_THE_LIST + ratings) + "\n")
    talk = candor.talks()[0]["id"]
    out = candor.run("export", talk, "--format", "csv")
    assert out.returncode == 0, out.stderr
    rows = list(csv.reader(io.StringIO(out.stdout, newline="")))
    assert rows[0] == ["person", "item_id", "category", "item", "role", "rating", "condition", "tried"]
    assert len(rows) == 1 + prompts
    first = rows[1]
    assert first[0] == 'Sam "S", =1' and first[1] == "bodies-skinny" and first[3] == "Skinny"  # quoted, read back
    assert {r[5] for r in rows[1:]} == {"yes", "no", "maybe", "fantasy", "unsure", ""}  # blank stays blank
    lingerie = [r for r in rows if r[1].startswith("clothing-lingerie.")]
    assert [r[4] for r in lingerie] == ["self", "partner"]


def test_a_condition_rides_with_its_rating_to_the_reveal_the_record_and_the_csv(candor, tmp_path):
    (tmp_path / "touch.txt").write_text(GIVING_RECEIVING)
    imported(candor, tmp_path / "touch.txt", "--name", "touch")
    talk = str(ROOT / "Tests" / "Transcripts" / "together.talk")
    sam = ["yes: only with a safe word", "no", "no: not tonight", "no"]
    alex = ["no", "yes", "no", "maybe"]
    lines = [""] + READY + HANDOVER + READY + HANDOVER + SAM_PW + sam + ["firm", "S"] + HANDOVER + ALEX_PW
    lines += alex + ["firm", "A"] + ["", "", ""] + ["pineapple", "yes", "1", "yes"]
    out = candor.run("together", "--plain", "--talk", talk, "--list", "touch", "--names", "Sam,Alex",
                     input="\n".join(lines) + "\n")
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr
    reveal = " ".join(out.stdout[out.stdout.index("Comparing your answers"):].split())
    assert "spanking (Sam giving, Alex receiving) (Sam: only with a safe word)" in reveal
    assert "not tonight" not in out.stdout[out.stdout.index("Comparing your answers"):]  # Sam's no stays Sam's
    full = candor.full_record(candor.talks()[0]["id"])
    assert full["answers"]["acts"]["p1"]["value"]["ratings"]["touch-spanking.giving"] == "yes"


def test_kinklist_v2_ratings_are_offered_in_practice_and_kept_only_when_confirmed(candor):
    """Issue 13, item 1: kinklist-v2's ratings and comments come in as answers. Each is offered as its item's
    default (Enter keeps it), so nothing is recorded that the person did not confirm item by item."""
    v2 = FIXTURES / "kinklist-v2-sample.json"
    said = imported(candor, v2, "--name", "v2")
    assert "also holds 5 ratings" in said and f"candor practice --list {v2}" in said, said
    # Nine prompts: Enter on each, except a rating typed for Heels (self) and one changed for Begging (dominant).
    enters = ["", "", "fantasy", "", "", "yes", "", "", ""]
    out = candor.run("practice", "--plain", "--list", str(v2), input="\n".join(BEFORE_THE_LIST + enters) + "\n")
    assert out.returncode == 0, out.stderr
    assert "ratings from your kinklist-v2 list are filled in" in out.stdout, out.stdout[-2000:]
    assert "[yes: Soft fabrics, please.]" in out.stdout
    sheet = candor.record(candor.talks()[0]["id"])["answers"]["acts"]["p1"]["value"]
    assert sheet["ratings"] == {
        "clothing-lingerie.self": "yes",  # Like
        "clothing-lingerie.partner": "yes",  # Favorite
        "clothing-heels.self": "fantasy",  # typed
        "clothing-heels.partner": None,  # Not Entered, left blank: never a no
        "groupings-you-and-1-female": "maybe",  # Maybe
        "domination-begging.dominant": "yes",  # No in the file, changed here
        "domination-begging.submissive": "maybe",  # Okay
        "domination-praise.dominant": None,
        "domination-praise.submissive": None,
    }
    assert sheet["conditions"] == {k: "Soft fabrics, please." for k in ("clothing-lingerie.self", "clothing-lingerie.partner")}


def test_ratings_go_back_out_as_kinklist_text_that_reads_back_as_the_same_list(candor, tmp_path):
    """Issue 13, item 4: export back to KinkList text, with the ratings as a column."""
    v2 = FIXTURES / "kinklist-v2-sample.json"
    enters = ["", "", "fantasy", "", "", "", "", "", ""]
    assert candor.run("practice", "--plain", "--list", str(v2), input="\n".join(BEFORE_THE_LIST + enters) + "\n").returncode == 0
    talk = candor.talks()[0]["id"]
    out = candor.run("export", talk, "--format", "kinklist")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("#Clothing\n(Self, Partner)\n* Lingerie\tyou: yes, yes\n* Heels\tyou: fantasy, -\n"), out.stdout
    assert "#Domination\n(Dominant, Submissive)\n* Begging\tyou: no, maybe\n" in out.stdout
    (tmp_path / "back.txt").write_text(out.stdout)
    imported(candor, tmp_path / "back.txt", "--name", "back")
    rows = {r["name"]: r for r in json.loads(candor.run("lists", "--json").stdout)}
    assert rows["back"]["items"] == 5
    back = candor.run("export", talk, "--format", "csv").stdout
    assert "clothing-lingerie.self,Clothing,Lingerie" in back  # the list's category, not the talk's catalog
