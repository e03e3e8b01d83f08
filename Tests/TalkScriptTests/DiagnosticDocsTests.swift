import Foundation
import Testing

@testable import TalkScript

/// The table of codes in docs/talk-language.md says what `DiagnosticKind.all` declares, both ways: every
/// declared code has its row with its summary word for word, and every row names a declared code.
struct DiagnosticDocsTests {
    static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/talk-language.md")

    /// `| E004 | summary |` rows, in order: code and summary.
    static func rows() throws -> [(code: String, summary: String)] {
        try String(contentsOf: docs, encoding: .utf8).split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 4, cells[0] == "", cells[3] == "", cells[1].wholeMatch(of: /[EW][0-9]{3}/) != nil
            else { return nil }
            return (cells[1], cells[2])
        }
    }

    @Test func everyDeclaredCodeHasItsRowWordForWord() throws {
        let rows = try Self.rows()
        for kind in DiagnosticKind.all {
            let row = rows.first { $0.code == kind.code }
            #expect(row?.summary == kind.summary, "\(kind.code): docs say \(row?.summary ?? "nothing")")
        }
    }

    @Test func everyRowIsADeclaredCode() throws {
        let declared = DiagnosticKind.all.map(\.code)
        let documented = try Self.rows().map(\.code)
        #expect(documented == declared, "the table's codes, in order, are the declared ones")
    }

    @Test func codesAreUniqueAndSeverityMatchesTheLetter() {
        let codes = DiagnosticKind.all.map(\.code)
        #expect(Set(codes).count == codes.count)
        for kind in DiagnosticKind.all {
            #expect(kind.code.hasPrefix("E") == (kind.severity == .error), "\(kind.code)")
        }
    }
}
