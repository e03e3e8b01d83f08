/// Collects diagnostics while parsing and checking, then hands them back in reading order.
struct DiagnosticSink: Sendable {
    private(set) var items: [Diagnostic] = []

    var hasErrors: Bool { items.contains { $0.severity == .error } }

    /// Reports a problem at a point; `sorted(in:)` widens it to what starts there.
    mutating func report(_ message: DiagnosticMessage, at location: SourceLocation) {
        items.append(Diagnostic(message.kind, message.text, range: SourceRange(location)))
    }

    /// Sorted by file name, line, column (ties keep the order they were found in), each point widened to
    /// the range of what starts there in `files`.
    func sorted(in files: [SourceFile]) -> [Diagnostic] {
        guard !items.isEmpty else { return [] }
        var lines: [String: [Substring]] = [:]
        for f in files { lines[f.name] = f.text.split(separator: "\n", omittingEmptySubsequences: false) }
        return items.enumerated().sorted { a, b in
            let x = a.element.location
            let y = b.element.location
            if x.file != y.file { return x.file < y.file }
            if x.line != y.line { return x.line < y.line }
            if x.column != y.column { return x.column < y.column }
            return a.offset < b.offset
        }.map { entry in
            var d = entry.element
            if let text = lines[d.location.file], d.location.line >= 1, d.location.line <= text.count {
                d.range = SourceRange.extent(at: d.location, line: text[d.location.line - 1])
            }
            return d
        }
    }
}
