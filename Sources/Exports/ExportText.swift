import ControlCharacters
import TalkEngine

/// Text from a record made safe for a file someone will open elsewhere (or `cat` in a terminal): every
/// `ControlCharacter` (which a terminal or viewer might act on, or which reorders text) is dropped, line
/// breaks and tabs kept.
enum ExportText {
    static func clean(_ s: String) -> String {
        String(
            String.UnicodeScalarView(
                s.unicodeScalars.filter { c in
                    c == "\n" || c == "\t" || ControlCharacter(c) == nil
                }))
    }

    /// "Together: Sam, Alex · complete · started 2026-11-21 18:05", before any escaping for a format.
    static func summary(_ record: Record) -> String {
        let people = record.people.compactMap(\.name).joined(separator: ", ")
        return "\(record.mode == .practice ? "Practised alone" : "Together")\(people.isEmpty ? "" : ": " + people)"
            + " · \(record.status.rawValue) · started \(record.created.shortText)"
    }
}
