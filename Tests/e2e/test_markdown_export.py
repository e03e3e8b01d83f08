"""What people type stays text in the Markdown export: no list, quote, heading, rule, code or entity
appears that Candor did not write, in a CommonMark renderer (markdown-it-py)."""
import html
import re

from markdown_it import MarkdownIt

READY = ["yes", "yes", "yes", "yes", "1", "yes"]
HOSTILE = [
    "- not a list", "+ not a list either", "1. not numbered", "2) nor this", "# not a heading",
    "> not a quote", "&amp; stays &amp;", "&copy; too", "`not code`", "***", "---", "===", "<b>not bold</b>",
    "[not a link](http://example.com)", "*not emphasis*", "_nor this_", "~~not struck~~", "    four spaces",
    "| not | a table |", "\\ a backslash", "!", "=== under a line",
]

TALK = """talk hostile "Hostile" version 1
step one "One"
""" + "".join(f'  ask q{i} text "Question {i}?"\n' for i in range(len(HOSTILE))) + """  ask blank lines ""
    optional
"""


def text_of(rendered):
    return html.unescape(re.sub(r"<[^>]+>", "", rendered))


def test_typed_text_never_becomes_markdown_structure(candor, tmp_path):
    talk = tmp_path / "hostile.talk"
    talk.write_text(TALK)
    run = candor.run("practice", "--talk", str(talk), input="\n".join(READY + HOSTILE + ["- a line", "# another", ""]) + "\n")
    assert run.returncode == 0, run.stderr
    talk_id = candor.talks()[0]["id"]
    md = candor.run("export", talk_id, "--format", "md")
    assert md.returncode == 0, md.stderr
    rendered = MarkdownIt("commonmark").render(md.stdout)
    assert rendered.count("<h1>") == 1, rendered
    # The section of the hostile answers: its structure is Candor's own, one list a question, one item a line.
    section = rendered.split("<h2>One</h2>", 1)[1]
    assert "<h1" not in section and "<h2" not in section and "<h3" not in section, section
    for tag in ["<ol", "<blockquote", "<hr", "<code", "<pre", "<a ", "<b>", "<em>", "<del", "<table"]:
        assert tag not in section, (tag, section)
    # One list a question, none nested (the last question has no words, so its answer joins the list before).
    assert section.count("<ul>") == len(HOSTILE), section
    assert section.count("<li>") == len(HOSTILE) + 1, section
    text = text_of(section)
    for answer in HOSTILE + ["- a line", "# another"]:
        assert answer.strip() in text, (answer, text)


def test_a_question_with_no_words_is_not_a_rule(candor, tmp_path):
    talk = tmp_path / "blank.talk"
    talk.write_text('talk blank "Blank" version 1\nstep one "One"\n  ask q text ""\n')
    assert candor.run("practice", "--talk", str(talk), input="\n".join(READY + ["an answer"]) + "\n").returncode == 0
    md = candor.run("export", candor.talks()[0]["id"], "--format", "md")
    rendered = MarkdownIt("commonmark").render(md.stdout)
    assert "<hr" not in rendered and "an answer" in rendered, rendered
