import BuiltinTalks
import Testing

@testable import TalkScript

@Test func builtinTalksCompileWithReadiness() {
    for talk in BuiltinTalks.all {
        let c = TalkCompiler.compile(
            SourceFile(name: talk.fileName, text: talk.source),
            prelude: SourceFile(
                name: BuiltinTalks.readiness.fileName,
                text: BuiltinTalks.readiness.source))
        #expect(c.errors.isEmpty, "\(lines(c))")
        #expect(c.script != nil)
    }
}
