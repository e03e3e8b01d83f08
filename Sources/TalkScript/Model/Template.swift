/// Text with `{name}` interpolations, split into parts when parsed so that checking and rendering
/// never re-scan the string.
public struct Template: Sendable, Equatable {
    public var parts: [Part]
    public var location: SourceLocation

    public enum Part: Sendable, Equatable {
        case text(String)
        /// `{name}`, `{partner}`, `{question}`, `{question.value}` (rate: items rated that value).
        case reference(Reference)
    }

    public init(parts: [Part], location: SourceLocation = .unknown) {
        self.parts = parts
        self.location = location
    }

    /// A template with no interpolation.
    public init(literal: String, location: SourceLocation = .unknown) {
        self.parts = literal.isEmpty ? [] : [.text(literal)]
        self.location = location
    }

    public var references: [Reference] {
        parts.compactMap { if case .reference(let r) = $0 { r } else { nil } }
    }

    /// Renders the template; `resolve` returns nil for a reference with no value yet.
    public func render(_ resolve: (Reference) -> String?) -> String {
        var out = ""
        for part in parts {
            switch part {
            case .text(let s): out += s
            case .reference(let r): out += resolve(r) ?? ""
            }
        }
        return out
    }
}

/// A dotted name: `safeword`, `acts.spanking`, `acts.spanking.giving`, `mode`, `name`.
public struct Reference: Sendable, Hashable {
    public var path: [String]
    public var location: SourceLocation

    public init(path: [String], location: SourceLocation = .unknown) {
        self.path = path
        self.location = location
    }

    public var head: String { path.first ?? "" }
    public var dotted: String { path.joined(separator: ".") }

    public static func == (a: Reference, b: Reference) -> Bool { a.path == b.path }
    public func hash(into h: inout Hasher) { h.combine(path) }
}
