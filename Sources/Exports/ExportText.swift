import TalkEngine

/// Text from a record made safe for a file someone will open elsewhere: control characters (which a
/// terminal or viewer might act on) are dropped, line breaks and tabs kept.
enum ExportText {
    static func clean(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter { c in
            c == "\n" || c == "\t" || !(c.value < 0x20 || (0x7F...0x9F).contains(c.value) || (0x202A...0x202E).contains(c.value)
                                        || (0x2066...0x2069).contains(c.value))
        }))
    }

    /// "Together: Sam, Alex · complete · started 2026-11-21 18:05", before any escaping for a format.
    static func summary(_ record: Record) -> String {
        let people = record.people.compactMap(\.name).joined(separator: ", ")
        return "\(record.mode == .practice ? "Practised alone" : "Together")\(people.isEmpty ? "" : ": " + people)"
            + " · \(record.status.rawValue) · started \(record.created.shortText)"
    }
}

