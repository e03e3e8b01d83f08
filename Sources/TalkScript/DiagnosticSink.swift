/// Collects diagnostics while parsing and checking, then hands them back in reading order.
struct DiagnosticSink: Sendable {
    private(set) var items: [Diagnostic] = []

    var hasErrors: Bool { items.contains { $0.severity == .error } }

    mutating func error(_ code: String, _ message: String, at location: SourceLocation) {
        items.append(Diagnostic(.error, code, message, at: location))
    }

    mutating func warning(_ code: String, _ message: String, at location: SourceLocation) {
        items.append(Diagnostic(.warning, code, message, at: location))
    }

    /// Sorted by file name, line, column; ties keep the order they were found in.
    func sorted() -> [Diagnostic] {
        items.enumerated().sorted { a, b in
            let x = a.element.location, y = b.element.location
            if x.file != y.file { return x.file < y.file }
            if x.line != y.line { return x.line < y.line }
            if x.column != y.column { return x.column < y.column }
            return a.offset < b.offset
        }.map(\.element)
    }
}
