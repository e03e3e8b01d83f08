/// A problem in a list file, at a line and column (both counted from 1; columns in characters).
public struct ListDiagnostic: Equatable, Sendable, CustomStringConvertible {
    public let code: ListDiagnosticCode
    public let line: Int
    public let column: Int
    public let message: String

    public init(_ code: ListDiagnosticCode, line: Int, column: Int, _ message: String) {
        self.code = code
        self.line = line
        self.column = column
        self.message = message
    }

    /// "line:col: error L001: message"; a caller with a file name puts it in front.
    public var description: String { "\(line):\(column): error \(code.rawValue): \(message)" }

    public func located(in file: String) -> String { "\(file):\(description)" }
}

/// Every kind of list problem, declared once. docs/lists.md lists them.
public enum ListDiagnosticCode: String, CaseIterable, Sendable {
    /// A line that is none of the forms the format knows.
    case unknownLine = "L001"
    /// An item, roles, about or caution line before any category.
    case outsideCategory = "L002"
    /// An id that is not lowercase ASCII letters, digits and single hyphens.
    case badID = "L003"
    /// The same id twice in one file.
    case duplicateID = "L004"
    /// A roles value that is not general, a known pair or "named A, B".
    case badRoles = "L005"
    /// A header line (title, source) twice, or after the first category.
    case misplacedHeader = "L006"
    /// No title line.
    case missingTitle = "L007"
    /// An empty name, title or text.
    case emptyText = "L008"
    /// Imported JSON that is not kinklist-v2's shape.
    case badJSON = "L009"
    /// An about line for something that already has one.
    case duplicateAbout = "L010"
}
