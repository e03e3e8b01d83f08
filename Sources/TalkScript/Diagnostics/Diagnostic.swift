/// A problem found in a talk file, reported as `FILE:LINE:COL: error[E004]: message`.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable, Equatable {
        case error
        case warning
    }

    public var kind: DiagnosticKind
    /// What is wrong in this case, and what to do.
    public var message: String
    /// From the first character the problem is about to just after its last (the token, string or
    /// reference at the start), on one line.
    public var range: SourceRange

    public init(_ kind: DiagnosticKind, _ message: String, range: SourceRange) {
        self.kind = kind
        self.message = message
        self.range = range
    }

    public var severity: Severity { kind.severity }
    /// A stable code, documented in docs/talk-language.md ("E004", "W101").
    public var code: String { kind.code }
    public var location: SourceLocation { range.start }

    public var description: String { "\(location): \(kind): \(message)" }
}
