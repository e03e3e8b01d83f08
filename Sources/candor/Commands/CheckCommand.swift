import BuiltinTalks
import TalkScript
import Terminal

/// `candor check [FILE...]`: every problem in every file, at once; exit 65 on any error.
enum CheckCommand {
    static func run(_ context: Context, files: [String]) -> Int32 {
        var sources: [SourceFile] = []
        var status = ExitCode.ok
        if files.isEmpty {
            sources = BuiltinTalks.all.map { SourceFile(name: $0.fileName, text: $0.source) }
        } else {
            for path in files {
                do {
                    sources.append(try TalkLoader.readFile(path))
                } catch let failure as CommandFailure {
                    context.output.error(TerminalText(failure.message))
                    status = failure.code == ExitCode.dataError ? ExitCode.dataError : max(status, failure.code)
                } catch {
                    status = ExitCode.noInput
                }
            }
        }
        var errors = 0
        var warnings = 0
        for source in sources {
            let compiled = TalkCompiler.compile(source, prelude: TalkLoader.prelude)
            // A diagnostic quotes the file (a name, a character it could not read): printed through the sanitizer.
            for d in compiled.diagnostics { context.output.error(TerminalText(d.description)) }
            let e = compiled.errors.count
            errors += e
            warnings += compiled.diagnostics.count - e
            if compiled.diagnostics.isEmpty { context.output.line("\(source.name): ok") }
        }
        if errors > 0 {
            context.output.error("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"). See docs/talk-language.md for each code.")
            return ExitCode.dataError
        }
        return status
    }
}
