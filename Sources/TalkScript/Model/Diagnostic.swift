/// A problem found in a talk file, reported as `FILE:LINE:COL: error[E004]: message`.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable, Equatable {
        case error
        case warning
    }

    public var severity: Severity
    /// A stable code, documented in docs/talk-language.md ("E004", "W101").
    public var code: String
    public var message: String
    public var location: SourceLocation

    public init(_ severity: Severity, _ code: String, _ message: String, at location: SourceLocation) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
    }

    public var description: String { "\(location): \(severity.rawValue)[\(code)]: \(message)" }
}

/// A talk's text and the name its diagnostics use.
public struct SourceFile: Sendable, Equatable {
    public var name: String
    public var text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}

/// What compiling a talk gives: the script when there are no errors, and every diagnostic found.
public struct Compilation: Sendable {
    public var script: Script?
    public var diagnostics: [Diagnostic]

    public init(script: Script?, diagnostics: [Diagnostic]) {
        self.script = script
        self.diagnostics = diagnostics
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
