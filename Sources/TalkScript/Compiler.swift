/// The talk language's front door: text in, a checked `Script` (or every problem found) out.
public enum TalkCompiler {
    /// Parses and checks `talk`. `prelude` (the readiness check: a file of `step`s only, with no `talk`
    /// header) is parsed too and its steps are placed before the talk's steps; the checker runs over the merged script,
    /// so references from the talk to prelude question ids work, and diagnostics name the right file.
    /// `checked: false` parses only, for text known to check clean: the built-in talks, which their tests
    /// compile with every check (the checker was a fifth of compiling at each start).
    public static func compile(
        _ talk: SourceFile, prelude: SourceFile? = nil, lists: ListReader? = nil, checked: Bool = true
    ) -> Compilation {
        var sink = DiagnosticSink()
        let before = prelude.map { Parser.parse($0, role: .prelude, into: &sink) }
        var main = Parser.parse(talk, role: .talk, into: &sink)
        for i in main.catalogs.indices {
            guard let path = main.catalogs[i].list else { continue }
            switch lists?(path)
                ?? .failed([ListProblem(file: path, line: 1, column: 1, message: "lists are not read here")])
            {
            case .items(let title, let items):
                if main.catalogs[i].title.isEmpty { main.catalogs[i].title = title }
                main.catalogs[i].items += items
            case .failed(let problems):
                for p in problems {
                    sink.report(
                        .listFile(path, p.message), at: SourceLocation(file: p.file, line: p.line, column: p.column))
                }
            }
        }
        if checked { Checker.check(prelude: before, talk: main, into: &sink) }
        var script: Script?
        if !sink.hasErrors, let header = main.header {
            script = Script(
                id: header.id, title: header.title, version: header.version, about: main.about,
                reviewsAgreements: main.reviewsAgreements,
                catalogs: main.catalogs, steps: (before?.steps ?? []) + main.steps, card: main.card,
                location: header.location)
        }
        return Compilation(script: script, diagnostics: sink.sorted(in: [talk] + (prelude.map { [$0] } ?? [])))
    }
}

/// Reading a catalog's list file (`catalog ID from "FILE"`): the compiler is text in, values out, so whoever
/// compiles reads the file (relative to the talk) and hands back its items, or what is wrong with it.
public typealias ListReader = (_ path: String) -> ListReading

public enum ListReading: Sendable {
    case items(title: String, [CatalogItem])
    /// Each problem at its place in the list file (or the file itself when it can't be read).
    case failed([ListProblem])
}

public struct ListProblem: Sendable, Equatable {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }
}
