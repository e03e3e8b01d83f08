// libFuzzer harness for the talk language: TalkCompiler.compile on arbitrary bytes decoded as UTF-8,
// alone and after the readiness prelude. Built by Scripts/fuzz straight from Sources/TalkScript and
// Sources/BuiltinTalks (one module, the talks embedded as SwiftPM would), not by SwiftPM.
//
// What counts as a failure: a crash, a trap (overflow, index out of range), a hang (libFuzzer's
// -timeout), or a Compilation that breaks its own contract: a script together with an error, or no
// script and no error.

private let prelude = SourceFile(name: BuiltinTalks.readiness.fileName, text: BuiltinTalks.readiness.source)

@_cdecl("LLVMFuzzerTestOneInput")
public func talkFuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let text = String(decoding: bytes, as: UTF8.self)
    let file = SourceFile(name: "fuzz.talk", text: text)
    for compiled in [TalkCompiler.compile(file), TalkCompiler.compile(file, prelude: prelude)] {
        let hasErrors = compiled.diagnostics.contains { $0.severity == .error }
        if compiled.script != nil && hasErrors { fatalError("a script was returned along with errors") }
        if compiled.script == nil && !hasErrors { fatalError("no script and no error") }
        for d in compiled.diagnostics { _ = d.description }
    }
    return 0
}
