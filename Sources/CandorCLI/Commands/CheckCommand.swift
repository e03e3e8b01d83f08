import BuiltinTalks
import TalkScript
import Terminal

/// `candor check [FILE...]`: every problem in every file, at once; exit 65 on any error.
struct CheckCommand: Command, Equatable {
    static let spec = CommandSpec(
        name: "check", abstract: "check talk scripts (no FILE: the built-in talks)",
        discussion: "Reports every problem in every file at once, each with a stable code explained in "
            + "docs/talk-language.md. Exits 65 when any file has an error; warnings alone pass.",
        arguments: [ArgumentSpec("FILE", .repeating, help: "a .talk file", values: .files)],
        options: [.flag("--json", help: "each file's diagnostics as JSON (README: JSON output)")],
        examples: ["candor check my-talk.talk", "candor talks --source check-in > mine.talk && candor check mine.talk"])

    var files: [String]
    var json: Bool

    init(parsing arguments: ParsedArguments) {
        files = arguments.positionals
        json = arguments.flag("--json")
    }

    func run(_ context: Context) throws -> ExitCode {
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
        var checked: [CheckJSON.File] = []
        for source in sources {
            let compiled = TalkCompiler.compile(
                source, prelude: TalkLoader.prelude, lists: CatalogListFiles(talkPath: source.name).reader)
            // Never freed: the command ends soon after, and freeing a long talk's objects one by one was
            // a twelfth of checking it (the process's end gives the memory back at once).
            _ = Unmanaged.passRetained(Kept(compiled))
            let e = compiled.errors.count
            errors += e
            warnings += compiled.diagnostics.count - e
            if json {
                checked.append(CheckJSON.File(source.name, compiled.diagnostics))
                continue
            }
            // A diagnostic quotes the file (a name, a character it could not read): printed through the sanitizer.
            for d in compiled.diagnostics { context.output.error(TerminalText(d.description)) }
            if compiled.diagnostics.isEmpty { context.output.line("\(source.name): ok") }
        }
        if json {
            context.output.line(
                TerminalText(try JSONOutput.encode(CheckJSON(files: checked, errors: errors, warnings: warnings))))
            return errors > 0 ? ExitCode.dataError : status
        }
        if errors > 0 {
            context.output.error(
                "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"). See docs/talk-language.md for each code."
            )
            return ExitCode.dataError
        }
        return status
    }
}

/// A value kept alive to the end of the process (see `CheckCommand.run`).
private final class Kept<T>: Sendable where T: Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
