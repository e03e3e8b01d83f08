import Testing

@testable import TalkScript

/// Compiles `text` as `test.talk` (with an optional prelude as `ready.talk`).
func compile(_ text: String, prelude: String? = nil) -> Compilation {
    TalkCompiler.compile(
        SourceFile(name: "test.talk", text: text),
        prelude: prelude.map { SourceFile(name: "ready.talk", text: $0) })
}

/// The diagnostics as printed by `candor check`.
func lines(_ c: Compilation) -> [String] { c.diagnostics.map(\.description) }

/// A minimal valid talk header and step, to which a test adds what it is about.
let header = "talk t \"T\" version 1\n"

func location(_ line: Int, _ column: Int, file: String = "test.talk") -> TalkScript.SourceLocation {
    TalkScript.SourceLocation(file: file, line: line, column: column)
}

/// A condition written back out with full parentheses, so tests can check its tree without locations.
func render(_ c: Condition?) -> String {
    guard let c else { return "nil" }
    func lit(_ l: Literal) -> String {
        switch l.value {
        case .word(let w): w
        case .number(let n): "#\(n)"
        case .string(let s): "\"\(s)\""
        }
    }
    switch c {
    case .answered(let r): return r.dotted
    case .compare(let r, let op, let l): return "\(r.dotted) \(op.rawValue) \(lit(l))"
    case .oneOf(let r, let ls): return "\(r.dotted) in [\(ls.map(lit).joined(separator: ", "))]"
    case .contains(let r, let l): return "\(r.dotted) contains \(lit(l))"
    case .refused(let r): return "\(r.dotted) refused"
    case .not(let inner): return "not (\(render(inner)))"
    case .and(let a, let b): return "(\(render(a)) and \(render(b)))"
    case .or(let a, let b): return "(\(render(a)) or \(render(b)))"
    }
}
