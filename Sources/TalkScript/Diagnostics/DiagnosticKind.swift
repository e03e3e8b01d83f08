/// One kind of problem in a talk file, declared once: its stable code, its severity, and what it means.
/// `summary` is the line docs/talk-language.md gives the code (a test holds the two to each other, both
/// ways); each report adds a message about the case at hand (`DiagnosticSink.report`).
public struct DiagnosticKind: Sendable, Hashable, CustomStringConvertible {
    public let code: String
    public let severity: Diagnostic.Severity
    public let summary: String

    init(_ code: String, _ severity: Diagnostic.Severity, _ summary: String) {
        self.code = code
        self.severity = severity
        self.summary = summary
    }

    public var description: String { "\(severity.rawValue)[\(code)]" }
}
