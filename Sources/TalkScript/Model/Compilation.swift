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
