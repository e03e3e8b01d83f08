"""Issue 13, item 4: the HTML export prints well (a question never parted from its answers, the script
card in one piece) and holds a yes / maybe / no grid of a rating list, where a view may show every
rating; warning signs as show has them."""
from html.parser import HTMLParser

from conftest import practice_answers


class Grid(HTMLParser):
    """The cells of the export's grid tables, and the classes they carry."""

    def __init__(self):
        super().__init__()
        self.rows, self.in_grid, self.cell = [], False, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table" and attrs.get("class") == "grid":
            self.in_grid = True
        elif self.in_grid and tag == "tr":
            self.rows.append([])
        elif self.in_grid and tag in ("td", "th"):
            self.cell = [attrs.get("class"), ""]

    def handle_endtag(self, tag):
        if tag == "table":
            self.in_grid = False
        elif self.in_grid and tag in ("td", "th") and self.cell is not None:
            self.rows[-1].append(tuple(self.cell))
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell[1] += data


def test_the_html_export_has_a_grid_and_print_rules(candor):
    candor.run("practice", "--plain", input=practice_answers())
    talk = candor.talks()[0]["id"]
    out = candor.run("export", talk, "--format", "html")
    assert out.returncode == 0, out.stderr
    page = out.stdout
    assert "@media print" in page and ".qa,.card,tr{break-inside:avoid}" in page
    assert '<section class="card">' in page and page.count('<div class="qa">') >= 10
    grid = Grid()
    grid.feed(page)
    rows = [r for r in grid.rows if r]
    assert rows[0][1][1] == "You"
    cells = {r[0][1]: r[1] for r in rows[1:]}
    assert cells["Hair pulling (giving)"] == ("yes", "yes")
    assert cells["Hair pulling (receiving)"] == ("maybe", "maybe")
    assert cells["Light choking (giving)"][0] == "no"
    # Warning signs, as show has them.
    shown = candor.run("show", talk).stdout
    if "Warning signs" in shown:
        assert "Warning signs noted" in page


def test_a_together_talk_s_html_has_no_grid_without_all(candor):
    from test_together import together_input, SAM, ALEX, run_together
    assert run_together(candor, together_input(SAM, ALEX)).returncode == 0
    page = candor.run("export", candor.talks()[0]["id"], "--format", "html").stdout
    assert 'class="grid"' not in page and "hugs" not in page.lower()


def test_printed_by_headless_chromium_the_script_card_stays_on_one_page(candor, tmp_path):
    """Issue 13, item 4: the HTML printed to PDF keeps the script card on one page. Needs chromium and
    pdftotext (poppler-utils), which CI does not install: skipped there; docs/lists.md has the command."""
    import shutil
    import subprocess

    import pytest

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium or not shutil.which("pdftotext"):
        pytest.skip("chromium and pdftotext are not installed")
    # Long answers put the card across a page boundary (checked: without the print rule it splits here).
    answers = practice_answers().replace("firm hands, fast pace", "firm hands, fast pace, " + "and slowly " * 100)
    assert candor.run("practice", "--plain", input=answers).returncode == 0
    talk = candor.talks()[0]["id"]
    page = tmp_path / "talk.html"
    assert candor.run("export", talk, "--format", "html", "-o", str(page)).returncode == 0
    pdf = tmp_path / "talk.pdf"
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={pdf}", str(page)],
                   capture_output=True, timeout=120, check=True)
    pages = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split("\f")
    start = [i for i, text in enumerate(pages) if "My script" in text]
    end = [i for i, text in enumerate(pages) if "What about you? What would you like" in text]
    assert start and end and start == end, (start, end)
