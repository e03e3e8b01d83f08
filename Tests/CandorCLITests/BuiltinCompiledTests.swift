import BuiltinTalks
import Foundation
import TalkScript
import Testing

@testable import CandorCLI

/// The built-in talks are kept compiled in the binary (Sources/BuiltinTalks/Compiled/), so a start does not
/// parse them: each must be what compiling its talk gives now. To write them again after a built-in talk
/// or the compiled form changed: Scripts/lib/write_builtins.
struct BuiltinCompiledTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/BuiltinTalks/Compiled")

    @Test func eachBuiltinTalkIsKeptAsItCompilesNow() throws {
        let write = ProcessInfo.processInfo.environment["CANDOR_WRITE_BUILTINS"] == "1"
        for talk in BuiltinTalks.all {
            let form = try #require(TalkLoader.precompiledForm(talk))
            if write { try Data(form).write(to: Self.folder.appendingPathComponent(talk.name + ".talkc")) }
            let compiled = TalkCompiler.compile(
                SourceFile(name: talk.fileName, text: talk.source), prelude: TalkLoader.prelude)
            let kept = TalkLoader.precompiled(talk)
            #expect(
                kept?.0 == compiled.script && kept?.hash == BuiltinTalks.contentHashes[talk.name],
                "\(talk.fileName): its compiled form is out of date; run Scripts/lib/write_builtins")
        }
    }

    /// What a start loads for a built-in talk is its kept form, and a form that is not for this talk (or
    /// not this version's) is not used.
    @Test func theKeptFormIsWhatLoadsAndAStaleOneIsNot() throws {
        let talk = try #require(BuiltinTalks.named("check-in"))
        #expect(TalkLoader.precompiled(talk) != nil)
        let loaded = try TalkLoader.load("check-in")
        #expect(loaded.info.hash == BuiltinTalks.contentHashes["check-in"] && loaded.warnings.isEmpty)
        let stale = BuiltinTalk(
            name: "check-in", summary: "", source: talk.source, compiled: Array(talk.compiled.dropLast()))
        #expect(TalkLoader.precompiled(stale) == nil)
        let other = BuiltinTalk(name: "debrief", summary: "", source: talk.source, compiled: talk.compiled)
        #expect(TalkLoader.precompiled(other) == nil)  // another talk's content hash
    }
}
