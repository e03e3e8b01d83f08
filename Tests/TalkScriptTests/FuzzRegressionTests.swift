import BuiltinTalks
import Foundation
import Testing

@testable import TalkScript

/// Inputs that once crashed the talk compiler, kept for ever (Tests/Fuzz/regressions/talk/, found by
/// Scripts/fuzz or by hand). Each is compiled the way `candor check` and `candor practice` do, alone and
/// after the readiness prelude. Getting here at all means no crash; beyond that, every one of these is a
/// broken talk, so the compiler must answer with error diagnostics and no script.
struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fuzz/regressions/talk").standardizedFileURL

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test func theRegressionFolderIsThere() {
        #expect(Self.inputs.count >= 5, "no regression inputs found in \(Self.folder.path)")
    }

    @Test(arguments: inputs)
    func compilesToDiagnosticsWithoutCrashing(_ name: String) throws {
        let bytes = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        let file = SourceFile(name: name, text: String(decoding: bytes, as: UTF8.self))
        let prelude = SourceFile(name: "readiness.talk", text: BuiltinTalks.readiness.source)
        for compiled in [TalkCompiler.compile(file), TalkCompiler.compile(file, prelude: prelude)] {
            #expect(compiled.script == nil, "\(name) compiled to a script")
            #expect(compiled.hasErrors, "\(name) gave no error")
            for d in compiled.diagnostics { #expect(!d.description.isEmpty) }
        }
    }

    /// The limit that fixed the deep-condition crashes, from both sides: the deepest condition allowed
    /// compiles, one level more is an E001 naming the limit.
    @Test func conditionLimitsAreExactlyWhereTheDocsSay() {
        let head = "talk t \"T\" version 1\nstep s \"S\"\n  ask a yesno \"A?\"\n"
        let depth = ConditionLimits.depth
        let tests = ConditionLimits.tests
        func say(_ condition: String) -> Compilation { compile(head + "  say when \(condition) \"hi\"\n") }
        #expect(
            !say(String(repeating: "(", count: depth - 1) + "a" + String(repeating: ")", count: depth - 1)).hasErrors)
        #expect(!say(String(repeating: "not ", count: depth - 1) + "a").hasErrors)
        #expect(!say(Array(repeating: "a == yes", count: tests).joined(separator: " or ")).hasErrors)
        let tooDeep = say(String(repeating: "(", count: depth) + "a" + String(repeating: ")", count: depth))
        let tooLong = say(Array(repeating: "a", count: tests + 1).joined(separator: " and "))
        for c in [tooDeep, tooLong] {
            #expect(c.errors.map(\.code) == ["E001"])
            #expect(c.errors.first?.message.contains("too complicated") == true)
        }
    }
}
