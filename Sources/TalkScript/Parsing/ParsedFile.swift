/// What the parser makes of one file, before checking: the model values plus what the checker needs
/// to know about them that the model does not keep.
struct ParsedFile: Sendable {
    struct Header: Sendable {
        var id: String
        var title: String
        var version: Int
        var location: SourceLocation
    }

    var file: String
    var header: Header?
    var about: String?
    /// `reviews agreements`.
    var reviewsAgreements = false
    var catalogs: [Catalog] = []
    var steps: [Step] = []
    var card: Card?
    /// Every question in file order, in brief, so the checker need not walk the steps to index them.
    var questions: [QuestionSummary] = []
    /// Every flag's id and location, in file order.
    var flags: [(id: String, location: SourceLocation)] = []

    init(file: String) {
        self.file = file
    }
}

/// What the checker needs to know about a question to index it and resolve references to it.
struct QuestionSummary: Sendable {
    var id: String
    var kind: QuestionKind
    var who: Who
    var location: SourceLocation
    /// The `ask` line did not parse fully (or has an unknown kind). The question still counts for ids
    /// and order, but references to it are not checked further, so one mistake is reported once.
    var unchecked: Bool
    /// For a `rate` question: where its catalog name was written, for E008.
    var catalogLocation: SourceLocation?
}
