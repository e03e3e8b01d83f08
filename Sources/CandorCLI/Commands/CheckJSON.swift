import TalkScript

/// `candor check --json`: each file checked, with its diagnostics, and the totals (README: JSON output).
struct CheckJSON: Encodable {
    var files: [File]
    var errors: Int
    var warnings: Int

    struct File: Encodable {
        var file: String
        var ok: Bool
        var diagnostics: [Item]

        init(_ file: String, _ diagnostics: [Diagnostic]) {
            self.file = file
            ok = !diagnostics.contains { $0.severity == .error }
            self.diagnostics = diagnostics.map(Item.init)
        }
    }

    struct Item: Encodable {
        var code: String
        var severity: String
        var message: String
        var line: Int
        var column: Int
        /// Just past the end of what the diagnostic is about, on the same line.
        var endColumn: Int

        init(_ d: Diagnostic) {
            code = d.code
            severity = d.severity.rawValue
            message = d.message
            line = d.location.line
            column = d.location.column
            endColumn = d.range.endColumn
        }
    }
}
