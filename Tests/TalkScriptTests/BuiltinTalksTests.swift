import BuiltinTalks
import Foundation
import TalkScript
import Testing

/// The built-in talks compile cleanly with the readiness prelude, and every id named in
/// docs/coverage.md really exists in the compiled talk.
@Suite struct BuiltinTalksTests {
    static func compile(_ talk: BuiltinTalk) -> Compilation {
        TalkCompiler.compile(
            SourceFile(name: talk.fileName, text: talk.source),
            prelude: SourceFile(name: BuiltinTalks.readiness.fileName, text: BuiltinTalks.readiness.source))
    }

    static func compiledDefault() throws -> Script {
        let talk = try #require(BuiltinTalks.named(BuiltinTalks.defaultName))
        let compilation = compile(talk)
        return try #require(
            compilation.script,
            "\(talk.name) did not compile:\n\(compilation.diagnostics.map(\.description).joined(separator: "\n"))")
    }

    /// What the binary carries is the .talk file in the repository, byte for byte: `candor check`, the
    /// fuzz seeds and these tests read the same text Candor runs.
    @Test(arguments: (BuiltinTalks.all + [BuiltinTalks.readiness]).map(\.name))
    func embeddedSourceIsTheFileInTheRepository(name: String) throws {
        let talk = try #require(name == "readiness" ? BuiltinTalks.readiness : BuiltinTalks.named(name))
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/BuiltinTalks/Talks/\(talk.fileName)").standardized
        #expect(try String(contentsOf: file, encoding: .utf8) == talk.source)
    }

    @Test(arguments: BuiltinTalks.all.map(\.name))
    func compilesWithoutAnyDiagnostic(name: String) throws {
        let talk = try #require(BuiltinTalks.named(name))
        let compilation = Self.compile(talk)
        #expect(
            compilation.diagnostics.isEmpty,
            "\(name):\n\(compilation.diagnostics.map(\.description).joined(separator: "\n"))")
        #expect(compilation.script != nil)
    }

    @Test func readinessCheckComesFirstAndOwnsTheReadyIds() throws {
        let script = try Self.compiledDefault()
        let ready = try #require(script.steps.first)
        #expect(ready.id == "ready")
        #expect(!ready.numbered)
        let ids = ready.nodes.compactMap { if case .ask(let q) = $0 { q.id } else { nil } }
        #expect(
            ids == ["ready-adult", "ready-partner-adult", "ready-sober", "ready-choice", "ready-power", "ready-place"])
        for node in ready.nodes {
            if case .ask(let q) = node {
                #expect(q.required, "\(q.id) must be required")
                #expect(q.kind.name == (q.id == "ready-power" ? .choice : .yesno))
            }
        }
        let stops = ready.nodes.filter { if case .stop = $0 { true } else { false } }
        #expect(stops.count == 6)
        // Both age questions read a typed age as their answer, with 18 as the line.
        let aged = ready.nodes.compactMap {
            if case .ask(let q) = $0, case .yesno(let age?) = q.kind { (q.id, age) } else { nil }
        }
        #expect(aged.map(\.0) == ["ready-adult", "ready-partner-adult"])
        #expect(aged.allSatisfy { $0.1 == 18 })
    }

    @Test func defaultTalkHasTheFourStepsInOrder() throws {
        let script = try Self.compiledDefault()
        let numbered = script.steps.filter(\.numbered)
        #expect(numbered.map(\.id) == ["write", "time", "clear", "keep"])
        #expect(numbered.map(\.title) == ["Write it down", "Pick the right time", "Be clear", "Keep talking"])
        #expect(script.card?.title == "My script")
    }

    @Test func everyQuestionSaysWhyItIsAsked() throws {
        let script = try Self.compiledDefault()
        for q in script.questions {
            #expect(q.why != nil, "\(q.id) has no why")
        }
    }

    // MARK: docs/coverage.md

    /// The package directory, from this file's place in it (Tests/TalkScriptTests/...).
    static var packageDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// Every `code span` in the doc. Forms checked: `step/question`, `flag:ID`, `card:ID`, `catalog.item`.
    static func codeSpans(_ text: String) -> [String] {
        text.split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }

    @Test func everyIdInTheCoverageDocExists() throws {
        let url = Self.packageDirectory.appendingPathComponent("docs/coverage.md")
        let doc = try String(contentsOf: url, encoding: .utf8)
        let script = try Self.compiledDefault()
        let isID = { (s: Substring) in
            !s.isEmpty && s.first!.isLetter && s.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        }
        var questions = 0
        for span in Self.codeSpans(doc) {
            if span.hasPrefix("flag:") {
                let id = span.dropFirst(5)
                let found = script.steps.contains {
                    $0.nodes.contains { if case .flag(let f) = $0 { f.id == id } else { false } }
                }
                #expect(found, "coverage.md names flag \(id), which the talk does not have")
            } else if span.hasPrefix("card:") {
                let id = span.dropFirst(5)
                #expect(
                    script.card?.lines.contains { $0.id == id } == true,
                    "coverage.md names card line \(id), which the talk does not have")
            } else if case let parts = span.split(separator: "/", omittingEmptySubsequences: false),
                parts.count == 2, parts.allSatisfy(isID)
            {
                questions += 1
                let step = script.steps.first { $0.id == parts[0] }
                #expect(step != nil, "coverage.md names step \(parts[0]), which the talk does not have")
                let asked =
                    step?.nodes.contains { if case .ask(let q) = $0 { q.id == parts[1] } else { false } } ?? false
                #expect(asked, "coverage.md names question \(span), which the talk does not ask in that step")
            } else if case let parts = span.split(separator: ".", omittingEmptySubsequences: false),
                parts.count == 2, parts.allSatisfy(isID)
            {
                let item = script.catalog(String(parts[0]))?.items.contains { $0.id == parts[1] } ?? false
                #expect(item, "coverage.md names catalog item \(span), which the talk does not have")
            }
        }
        #expect(questions >= 30, "coverage.md names only \(questions) questions; is the table there?")
        // And the other way round: every question of the talk appears in the doc.
        for step in script.steps {
            for node in step.nodes {
                if case .ask(let q) = node {
                    #expect(doc.contains("`\(step.id)/\(q.id)`"), "coverage.md does not mention \(step.id)/\(q.id)")
                }
            }
        }
    }
}
