"""Issue 8, on a real terminal (pexpect), with the built-in talk: what one person answered in private, and a
warning sign meant for one of them, never reaches the shared screen. A robot answers by what the screen
shows, so the test follows the talk's wording rather than a fixed count of answers."""
import os
import re

import pexpect

from conftest import CANDOR, PASSPHRASES, ROOT

PROMPT = r"›(?:\x1b\[[0-9;]*m)* "
CLEAR = "\x1b[3J"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
TOGETHER_AGREEMENTS = str(ROOT / "Tests" / "Transcripts" / "together-agreements.talk")


def spawn(home, *args):
    env = {k: v for k, v in os.environ.items() if not k.startswith("CANDOR")}
    env.update({"CANDOR_HOME": str(home), "TERM": "xterm", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"})
    env.pop("NO_COLOR", None)
    return pexpect.spawn(CANDOR, list(args), env=env, encoding="utf-8", timeout=20, dimensions=(50, 120))


class Screen:
    """Drives a together talk prompt by prompt, keeping everything drawn, and who holds the screen."""

    def __init__(self, child):
        self.child = child
        self.drawn = ""
        self.holder = "both"
        self.turns = []  # (holder, text drawn while they held the screen)

    def next_prompt(self):
        """Waits for the next input prompt; returns the text drawn since the last one, without colours.
        A passphrase asked on the way (choosing one, or opening a turn) is typed for whoever holds the screen."""
        text = ""
        while True:
            i = self.child.expect([PROMPT, pexpect.EOF, "Choose a passphrase[^\n]*: ", "Type it again[^\n]*: ",
                                   r"Passphrase for (\w+)[^\n]*: "])
            text += self.child.before + (self.child.after if i >= 2 else "")
            if i < 2:
                break
            who = self.child.match.group(1) if i == 4 else self.holder
            self.child.send(PASSPHRASES["p1" if who == "Sam" else "p2"] + "\r")
        self.drawn += text
        plain = ANSI.sub("", text)
        handed = re.findall(r"Pass to (\w+)\.|(you can both look at the screen now)", plain)
        if handed:
            name, both = handed[-1]
            self.holder = name or "both"
        self.turns.append((self.holder, plain))
        return None if i == 1 else plain

    def send(self, text):
        self.child.send(text + "\r")

    def after_last_clear(self):
        return ANSI.sub("", self.drawn.split(CLEAR)[-1])


def ratings_robot(choking_for):
    """A person who rates light choking yes (if named in `choking_for`) and everything else no."""
    def answer(screen, plain):
        last = plain.strip().splitlines()[-1] if plain.strip() else ""
        if "press Enter" in plain or "Press Enter" in plain:
            return ""
        if "(yes/no)" in last or re.search(r"\(yes/no\)\s*$", plain):
            return "yes"
        if "1 yes" in last:  # a rating: "Light choking (giving)  1 yes · 2 maybe ..."
            return "yes" if "Light choking" in last and screen.holder in choking_for else "no"
        if "…" in last:
            return ""
        if "How much experience" in plain:
            return "1"
        return ":skip"
    return answer


def test_light_choking_rated_by_one_person_shows_nothing_on_the_shared_screen(tmp_path):
    child = spawn(tmp_path, "together", "--names", "Sam,Alex")
    screen = Screen(child)
    robot = ratings_robot({"Sam"})
    reveal_seen = False
    while True:
        plain = screen.next_prompt()
        assert plain is not None, "the talk ended early: " + screen.drawn[-2000:]
        if "Comparing your answers" in plain:
            reveal_seen = True
            shared = screen.after_last_clear()
            screen.send("")
            continue
        if reveal_seen and screen.holder == "both" and "When would you like to talk again?" in plain:
            shared += screen.after_last_clear()
            break
        screen.send(robot(screen, plain))
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()

    sams = "".join(t for who, t in screen.turns if who == "Sam")
    alexs = "".join(t for who, t in screen.turns if who == "Alex")
    # Sam rated it, so Sam, in Sam's own turn, is told to read the caution again; Alex never is.
    assert "You marked light choking" in sams
    assert "You marked light choking" not in alexs
    # On the shared screen (the reveal and the next joint question) nothing of it: no follow-up, no item.
    assert "choking" not in shared.lower(), shared
    assert "No matches on this list" in shared


def test_a_refused_safe_word_is_shown_only_to_the_person_refused(tmp_path):
    child = spawn(tmp_path, "together", "--talk", TOGETHER_AGREEMENTS, "--names", "Sam,Alex")
    screen = Screen(child)
    warned_in = None
    for _ in range(80):  # the talk takes about 30 prompts; more means the robot is lost
        plain = screen.next_prompt()
        if plain is None:
            break
        assert "Please " not in plain.splitlines()[-1], "the robot gave an answer the talk refused: " + plain
        if "A warning sign" in plain:
            warned_in = screen.holder
            assert "didn't agree to a safe word" in plain
            screen.send("3")  # carry on
        elif "press Enter" in plain or "Press Enter" in plain:
            screen.send("")
        elif "(yes/no)" in plain and "Before we start" in plain:
            screen.send("yes")
        elif "suggest instead" in plain:
            screen.send("")  # ... and suggests nothing else: a refusal, for the other to hear of, alone
        elif "suggests: “pineapple”" in plain:
            screen.send("no")  # the one asked says no ...
        elif "suggests: " in plain:
            screen.send("yes")
        elif "A colour for the bedroom?" in plain:
            screen.send("1")
        elif "Your safe word?" in plain:
            screen.send("pineapple")
        elif "promise to stop" in plain:
            screen.send("yes")
        elif "Music or quiet?" in plain:
            screen.send("quiet")
        else:
            raise AssertionError("a prompt the robot does not know: " + plain)
    else:
        raise AssertionError("the talk did not end: " + screen.drawn[-2000:])
    child.close()
    assert child.exitstatus == 0, screen.drawn[-2000:]
    # The warning went to the person who suggested the safe word, after a hand-over to them alone ...
    assert warned_in in ("Sam", "Alex")
    # ... and nothing of it was ever drawn while the other person, or both, held the screen.
    for who, text in screen.turns:
        if who != warned_in:
            assert "warning sign" not in text and "didn't agree to a safe word" not in text, (who, text)
    # After the warning, the screen was cleared before it was shared again.
    warned_at = screen.drawn.index("didn't agree to a safe word")
    assert CLEAR in screen.drawn[warned_at:]
