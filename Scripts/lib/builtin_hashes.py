"""Writes Sources/BuiltinTalks/ContentHashes.swift: each built-in talk's content hash (SHA-256 of the
readiness check and the talk, each followed by a zero byte: what ContentHash.of gives), so Candor need
not hash them on every start. A test recomputes them. Scripts/lib/write_builtins runs this, and writes the
talks' compiled forms too: run that when a built-in .talk file changes.
"""
import hashlib
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
TALKS = ROOT / "Sources" / "BuiltinTalks" / "Talks"
readiness = (TALKS / "readiness.talk").read_bytes()
lines = []
for talk in sorted(TALKS.glob("*.talk")):
    if talk.name == "readiness.talk":
        continue
    digest = hashlib.sha256(readiness + b"\0" + talk.read_bytes() + b"\0").hexdigest()
    lines.append(f'        "{talk.stem}": "sha256:{digest}",')
(ROOT / "Sources" / "BuiltinTalks" / "ContentHashes.swift").write_text(
    "// Written by Scripts/lib/builtin_hashes.py: each built-in talk's content hash with the readiness check\n"
    "// (what ContentHash.of gives), so it is not computed on every start. A test checks them.\n"
    "extension BuiltinTalks {\n"
    "    public static let contentHashes: [String: String] = [\n" + "\n".join(lines) + "\n    ]\n}\n")
