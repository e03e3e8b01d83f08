import BuiltinTalks
import CompactCoding
import Foundation
import Testing

@testable import TalkScript

/// The compiled form of a talk (what is cached so a long talk is not parsed again): every talk reads back
/// equal to what was compiled, damaged bytes fail, and a field added to the model is noticed.
struct CompiledFormTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every talk at hand: the built-ins (with the readiness check before them, as Candor runs them), the
    /// test and fuzz talks that compile, and a generated one with every kind of question.
    static func talks() throws -> [(String, Script)] {
        let prelude = SourceFile(name: "readiness.talk", text: BuiltinTalks.readiness.source)
        var sources = BuiltinTalks.all.map { SourceFile(name: $0.fileName, text: $0.source) }
        for folder in ["Tests/Transcripts", "Tests/Fuzz/corpus-talk"] {
            let url = root.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() {
                let text = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
                sources.append(SourceFile(name: folder + "/" + name, text: text))
            }
        }
        sources.append(SourceFile(name: "generated.talk", text: generated(questions: 2_000)))
        return sources.compactMap { file in
            let compiled = TalkCompiler.compile(file, prelude: prelude)
            return compiled.hasErrors ? nil : compiled.script.map { (file.name, $0) }
        }
    }

    @Test func everyTalkReadsBackAsCompiled() throws {
        let talks = try Self.talks()
        #expect(talks.count >= 8, "too few talks found: \(talks.map(\.0))")
        #expect(talks.contains { $0.0 == "generated.talk" })
        for (name, script) in talks {
            let bytes = CompiledForm.encode(script)
            #expect(try CompiledForm.decode(bytes) == script, "\(name)")
            // `==` passes over a reference's location: the parts dumped catch a location dropped (not the
            // whole script, whose question index is a dictionary, in no fixed order).
            let decoded = try CompiledForm.decode(bytes)
            var before = ""
            var after = ""
            dump((script.steps, script.catalogs, script.card, script.location), to: &before)
            dump((decoded.steps, decoded.catalogs, decoded.card, decoded.location), to: &after)
            let difference = zip(before.split(separator: "\n"), after.split(separator: "\n")).first { $0 != $1 }
            #expect(before == after, "\(name): \(String(describing: difference))")
            // The questions' index (made by Script) is there too.
            #expect(decoded.questions.map(\.id) == script.questions.map(\.id), "\(name)")
            #expect(script.questions.allSatisfy { decoded.question($0.id) == $0 }, "\(name)")
        }
    }

    /// Cut anywhere, or with bytes after it: a failure, never a trap or another talk. A byte changed
    /// anywhere: a failure or a talk (the cache's checksum is what catches that), never a trap.
    @Test func damagedBytesFail() throws {
        let script = try #require(Self.talks().first { $0.0 == "check-in.talk" }?.1)
        let bytes = CompiledForm.encode(script)
        for cut in stride(from: 0, to: bytes.count, by: 7) {
            #expect(throws: CompactReader.Failure.self) { try CompiledForm.decode(Array(bytes.prefix(cut))) }
        }
        #expect(throws: CompactReader.Failure.self) { try CompiledForm.decode(bytes + [0]) }
        for at in stride(from: 0, to: bytes.count, by: 3) {
            var changed = bytes
            changed[at] ^= 0xA5
            _ = try? CompiledForm.decode(changed)
        }
    }

    /// Each model type's stored properties, counted: a new one must be written by CompiledForm (and its
    /// version raised), or a cached talk would come back without it.
    @Test func theCodecCoversEveryField() throws {
        let l = SourceLocation.unknown
        let t = Template(literal: "x")
        let ref = Reference(path: ["a"])
        let q = Question(id: "q", kind: .text, text: t)
        let counts: [(String, Any, Int)] = [
            ("Script", Script(id: "t", title: "T", version: 1), 11),
            ("Step", Step(id: "s", title: "S"), 6),
            ("Say", Say(text: t), 3),
            ("Flag", Flag(id: "f", condition: .answered(ref), message: t), 4),
            ("StopRule", StopRule(condition: .answered(ref), message: t), 3),
            ("Card", Card(title: "C"), 3),
            ("CardLine", CardLine(id: "l", template: t), 4),
            ("Catalog", Catalog(id: "c", title: "C"), 5),
            ("CatalogItem", CatalogItem(id: "i", label: "I"), 8),
            ("Question", fields(of: q), 10),
            ("Question's rare fields", Question.Rare(), 10),
            ("Option", Option(id: "o", label: "O"), 5),
            ("RatingValue", RatingValue(id: "yes", label: "Yes"), 2),
            ("ScaleLabel", ScaleLabel(value: 1, label: "x"), 2),
            ("WordRule", WordRule(words: [], message: t), 3),
            ("Literal", Literal(.number(1)), 2),
            ("Template", t, 2),
            ("Reference", ref, 2),
            ("SourceLocation", l, 3),
        ]
        for (name, value, count) in counts {
            #expect(
                Mirror(reflecting: value).children.count == count,
                "\(name) has another number of fields now: write it in CompiledForm and raise CompiledForm.version")
        }
        #expect(CompiledForm.version >= 1)
    }

    /// A question's fields, inside its copy-on-write box.
    func fields(of q: Question) -> Any {
        let box = Mirror(reflecting: q).children.first?.value ?? q
        return Mirror(reflecting: box).children.first?.value ?? box
    }

    /// A talk of `questions` questions of every kind, with catalogs, conditions, interpolation and a card
    /// (the shape Scripts/lib/bench.py compiles).
    static func generated(questions: Int) -> String {
        var out = ["talk gen \"Generated\" version 3", "about \"A generated talk.\""]
        let catalogs = max(1, questions / 200)
        for c in 0..<catalogs {
            out.append("catalog cat\(c) \"Things \(c)\"")
            for i in 0..<8 {
                out.append("  item i\(i) \"Item \(i) of \(c)\"" + (i % 3 == 0 ? " roles giving receiving" : ""))
                out.append("    note \"A note about item \(i).\"")
            }
        }
        var q = 0
        var step = 0
        while q < questions {
            out.append("step s\(step) \"Step \(step)\"")
            out.append("  say \"Coaching before step \(step).\"")
            for _ in 0..<min(20, questions - q) {
                let id = "q\(q)"
                switch q % 10 {
                case 0:
                    out.append("  ask \(id) text \"What would you say about \(q)?\"")
                    out.append("    help \"A sentence is plenty.\"")
                    out.append("    reflect \"So you said {\(id)}.\"")
                case 1:
                    out.append("  ask \(id) choice \"Which fits best, {name}?\"")
                    for o in 0..<4 { out.append("    option o\(o) \"Option \(o)\"") }
                case 2:
                    out.append("  ask \(id) yesno \"Is \(q) a yes?\"")
                    out.append("  say when \(id) == yes and q\(q - 1) in [o1, o2] \"Then note this: {q\(q - 2)}.\"")
                case 3:
                    out.append("  ask \(id) scale 1 5 \"How much, from 1 to 5?\"")
                    out.append("    label 1 \"a little\"")
                    out.append("    label 5 \"a lot\"")
                case 4:
                    out.append("  ask \(id) rate cat\((q / 200) % catalogs) as yes maybe no")
                case 5:
                    out.append("  ask \(id) choices \"Pick any\" when q\(q - 2) >= 3 or not q\(q - 2)")
                    for o in 0..<3 { out.append("    option o\(o) \"Choice \(o)\"") }
                case 6:
                    out.append("  ask \(id) lines \"Anything to add about {q\(q - 6)}?\"")
                case 7:
                    out.append("  ask \(id) word \"One word for it?\"")
                    out.append("    reject stop no \"That word is taken.\"")
                case 8:
                    out.append("  ask \(id) date \"When?\" optional")
                default:
                    out.append("  ask \(id) list \"List a few\"")
                    out.append(
                        "  flag f\(q) when q\(q - 7) == yes and q\(q - 5).yes \"Worth talking about {q\(q - 9)}.\"")
                }
                q += 1
            }
            step += 1
        }
        out.append("script \"My script\"")
        for i in stride(from: 0, to: questions, by: max(1, questions / 50)) {
            out.append("  line l\(i) \"I said {q\(i - i % 10)}.\" when q\(i - i % 10)")
        }
        return out.joined(separator: "\n") + "\n"
    }
}
