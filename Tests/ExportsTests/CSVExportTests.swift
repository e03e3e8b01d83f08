import Testing

@testable import Exports

/// CSV fields: quoted only when they must be, quotes doubled, and never read as a formula.
struct CSVExportTests {
    @Test func fieldsAreQuotedWhenTheyHoldCommasQuotesOrLineBreaks() {
        #expect(CSVExport.field("plain") == "plain")
        #expect(CSVExport.field("a, b") == "\"a, b\"")
        #expect(CSVExport.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVExport.field("two\nlines") == "\"two\nlines\"")
    }

    @Test func aFieldASpreadsheetWouldRunIsKeptAsText() {
        for formula in ["=HYPERLINK(\"x\")", "+1", "-1", "@SUM(A1)"] {
            #expect(CSVExport.field(formula).hasPrefix("'") || CSVExport.field(formula).hasPrefix("\"'"))
        }
        #expect(CSVExport.field("\u{1B}[2Jhi") == "[2Jhi")  // control characters dropped
    }
}
