"""Shared helpers for the command-line and terminal tests: run candor with its own data folder."""
import json
import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "Tests" / "Fixtures"
CANDOR = os.environ.get("CANDOR_BIN", str(ROOT / ".build" / "debug" / "candor"))


class Candor:
    """Runs the binary against one private data folder."""

    def __init__(self, home: pathlib.Path):
        self.home = home
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("CANDOR")}
        self.env.update({"CANDOR_HOME": str(home), "NO_COLOR": "1", "TERM": "dumb"})

    def run(self, *args, input=None, umask=None, env=None, timeout=60):
        preexec = (lambda: os.umask(umask)) if umask is not None else None
        e = dict(self.env)
        e.update(env or {})
        out = subprocess.run([CANDOR, *args], input=input, capture_output=True, text=True, env=e,
                             timeout=timeout, preexec_fn=preexec)
        check_against_schema(args, out)
        return out

    def talks(self):
        out = self.run("list", "--json")
        assert out.returncode == 0, out.stderr
        return json.loads(out.stdout)

    def record(self, talk_id):
        """The full record of a practice talk (`show --json`; a together talk shows only its shared view)."""
        out = self.run("show", talk_id, "--json")
        assert out.returncode == 0, out.stderr
        return json.loads(out.stdout)

    def full_record(self, talk_id):
        """Every answer of a talk, private ones included, read from its journal (see full_record below)."""
        return full_record(self.home, talk_id)


# The passphrases the tests' people choose, by person id (the first person, then the second).
PASSPHRASES = {"p1": "sam-pass", "p2": "alex-pass"}


def sealing_context(*fields):
    """SealingContext's associated data: each field as a 4-byte big-endian length and its UTF-8 bytes."""
    out = b""
    for f in fields:
        data = f.encode()
        out += len(data).to_bytes(4, "big") + data
    return out


def open_sealed(talk_id, entry, keys, passphrases):
    """Opens one sealed line with PyNaCl (libsodium), independently of Candor's own code: Argon2id
    unwraps the author's data key, XChaCha20-Poly1305 opens the line with talk, seq and author bound in."""
    import base64
    import nacl.bindings as sodium
    import nacl.pwhash.argon2id as argon2id
    by = entry["sealed"]["by"]
    if by not in keys["data"]:
        k = keys["wrapped"][by]
        kek = argon2id.kdf(32, passphrases[by].encode(), base64.b64decode(k["salt"]),
                           opslimit=k["ops"], memlimit=k["mem"])
        wrapped = base64.b64decode(k["wrapped"])
        keys["data"][by] = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
            wrapped[24:], sealing_context("candor key v1", talk_id, by), wrapped[:24], kek)
    box = base64.b64decode(entry["sealed"]["box"])
    plain = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
        box[24:], sealing_context("candor line v1", talk_id, str(entry["seq"]), by), box[:24], keys["data"][by])
    return json.loads(plain)


def journal_events(home, talk_id, passphrases=PASSPHRASES):
    """Every event of a talk's journal in order, sealed lines opened with the people's passphrases."""
    journal = pathlib.Path(home) / "talks" / talk_id / "journal.jsonl"
    keys = {"wrapped": {}, "data": {}}
    events = []
    for line in journal.read_text().splitlines():
        entry = json.loads(line)
        if "sealed" in entry:
            events.append(open_sealed(talk_id, entry, keys, passphrases))
            continue
        e = entry["event"]
        if e["type"] == "keyed":
            keys["wrapped"][e["by"]] = e["key"]
        events.append(e)
    return events


def full_record(home, talk_id, passphrases=PASSPHRASES):
    """Folds a talk's journal the way Record.apply does, for the fields tests look at: answers, ratings,
    agreements, flags, reveals and status. Candor itself shows a together talk's private answers only to
    both people together (show --all on a terminal), so tests read the file they are kept in, opening
    its sealed lines with the passphrases the tests typed."""
    rec = {"id": talk_id, "answers": {}, "agreements": {}, "flags": [], "revealed": [], "status": "inProgress"}
    statuses = {"paused": "paused", "resumed": "inProgress", "stopped": "stopped", "ended": "ended", "completed": "complete"}
    for e in journal_events(home, talk_id, passphrases):
        kind, q, by = e["type"], e.get("question"), e.get("by")
        if kind == "started":
            rec.update({"mode": e["mode"], "people": e["people"], "talk": e["talk"]})
        elif kind == "answered":
            rec["answers"].setdefault(q, {})[by] = {"value": e["value"], "kind": e.get("kind", "")}
        elif kind in ("rated", "added"):
            old = rec["answers"].setdefault(q, {}).get(by, {}).get("value", {})
            sheet = dict(old) if "ratings" in old else {"ratings": {}}
            sheet["ratings"] = dict(sheet["ratings"])
            if kind == "rated":
                sheet["ratings"][e["item"]] = e.get("value", {}).get("option")
            else:
                sheet["additions"] = e.get("value", {}).get("lines", [])
            rec["answers"][q][by] = {"value": sheet, "kind": "rate"}
        elif kind == "flagged":
            rec["flags"].append({"id": e["flag"], "by": by, "message": e.get("text", "")})
        elif kind == "proposed":
            rec["agreements"][q] = {"value": e["value"], "proposedBy": by, "consents": [{"by": by}], "agreed": False}
        elif kind == "declined":
            rec["agreements"][q].update({"declinedBy": by, "consents": []})
        elif kind == "agreed":
            a = rec["agreements"][q]
            if by not in [c["by"] for c in a["consents"]]:
                a["consents"].append({"by": by})
            a["agreed"] = {p["id"] for p in rec["people"]} <= {c["by"] for c in a["consents"]}
            if a["agreed"]:
                for p in rec["people"]:
                    rec["answers"].setdefault(q, {})[p["id"]] = {"value": a["value"], "kind": e.get("kind", "")}
        elif kind == "revealed":
            rec["revealed"].append(q)
        if kind in statuses:
            rec["status"] = statuses[kind]
        elif kind in ("answered", "rated", "added", "proposed") and rec["status"] == "paused":
            rec["status"] = "inProgress"
    return rec


SCHEMA = json.loads((ROOT / "docs" / "record.schema.json").read_text())


def check_against_schema(args, out):
    """Every record, shared view and list of talks a test has Candor print as JSON is checked against the
    published schema (docs/record.schema.json), whatever the test itself looks at."""
    prints_json = ("--json" in args and args[:1] in (("show",), ("list",))) or (
        args[:1] == ("export",) and "--format" in args and args[list(args).index("--format") + 1] == "json"
        and "-o" not in args and "--output" not in args)
    if out.returncode != 0 or not prints_json or not out.stdout.strip():
        return
    import jsonschema
    jsonschema.validate(json.loads(out.stdout), SCHEMA, cls=jsonschema.Draft202012Validator)


@pytest.fixture
def candor(tmp_path):
    return Candor(tmp_path / "home")


def practice_answers():
    """The answers file that walks the whole default talk, plus Enter for every rehearsal line."""
    return (FIXTURES / "practice-answers.txt").read_text() + "\n" * 40
