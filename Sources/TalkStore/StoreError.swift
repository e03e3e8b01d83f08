/// What can go wrong with the data on disk, each with what to do about it.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// No talk has this id (or prefix).
    case notFound(String)
    /// The prefix matches several talks.
    case ambiguous(String, [String])
    /// A journal line is damaged (not a torn last line): file and 1-based line.
    case damaged(file: String, line: Int, detail: String)
    /// The data directory or a file cannot be created or written.
    case cannotWrite(path: String, reason: String)
    /// Reading failed.
    case io(path: String, reason: String)
    /// Another Candor has the talk open.
    case locked(id: String, pid: Int32)
    /// A journal so damaged that `repair` can keep nothing of it.
    case unrecoverable(id: String, file: String, detail: String)

    public var description: String {
        switch self {
        case .notFound(let id):
            "No talk matches \u{201C}\(id)\u{201D}. See your talks with: candor list"
        case .ambiguous(let prefix, let ids):
            "\u{201C}\(prefix)\u{201D} matches more than one talk (\(ids.joined(separator: ", "))). Type more of the id."
        case .damaged(let file, let line, let detail):
            "\(file):\(line): this line of the talk's journal is damaged (\(detail)). Nothing was changed. "
                + "candor repair can rebuild the talk from the lines before it, keeping a backup."
        case .cannotWrite(let path, let reason):
            "Can't write \(path): \(reason). Check the folder's permissions and free space, or choose another with --home."
        case .io(let path, let reason):
            "Can't read \(path): \(reason)."
        case .locked(let id, let pid):
            // Exactly this: scripts and tests match it.
            "talk \(id) is open in another Candor (pid \(pid))"
        case .unrecoverable(let id, let file, let detail):
            "\(file): \(detail). Nothing was changed. To remove the talk: candor forget \(id)"
        }
    }

    /// The exit status the command line uses for this error (sysexits).
    public var exitCode: Int32 {
        switch self {
        case .notFound, .ambiguous: 66
        case .damaged, .unrecoverable: 65
        case .cannotWrite: 73
        case .io: 74
        case .locked: 75
        }
    }
}
