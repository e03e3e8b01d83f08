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
    var catalogs: [Catalog] = []
    var steps: [Step] = []
    var card: Card?
    /// Questions whose `ask` line did not parse fully (or has an unknown kind). They still count for
    /// ids and order, but references to them are not checked further, to avoid one mistake causing many.
    var uncheckedQuestions: Set<String> = []
    /// For each `rate` question (by its location): where its catalog name was written, for E008.
    var catalogNameLocations: [SourceLocation: SourceLocation] = [:]

    init(file: String) {
        self.file = file
    }
}
