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
    /// Something in the data folder that Candor will not open: a link, or not the file or folder it should be.
    case unsafe(path: String, problem: Unsafe)
    /// The data folder (or its `talks` folder) can be opened by other users: `mode` is its permission bits.
    case exposed(path: String, mode: UInt32)
    /// CANDOR_HOME names a relative path, which would mean another data folder in every working folder.
    case relativeHome(String)
    /// An event is to be sealed under a key that is not unlocked in this sitting (a bug in the caller).
    case keyMissing(person: String)
    /// Sealing could not be done (libsodium could not get the memory a passphrase needs).
    case sealing(reason: String)

    public enum Unsafe: Sendable, Equatable {
        case link, notAFile, notAFolder, hardLinked
    }

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
        case .unsafe(let path, .link):
            "\(path) is a symbolic link. Candor does not follow links inside its data folder, so that nothing outside it "
                + "is read or changed by mistake. Nothing was changed. Remove the link, and put the real file or folder "
                + "in its place if it belongs to a talk (or choose another data folder with --home)."
        case .unsafe(let path, .notAFile):
            "\(path) is not a regular file. Nothing was changed. Move it out of the data folder and try again."
        case .unsafe(let path, .hardLinked):
            "\(path) has another name elsewhere (a hard link), so writing to it would change that file too. Nothing was "
                + "changed. Give it a file of its own (cp \(path) \(path).copy && mv \(path).copy \(path)) and try again."
        case .unsafe(let path, .notAFolder):
            "\(path) is not a folder. Nothing was changed. Move it away (or choose another data folder with --home) and try again."
        case .exposed(let path, let mode):
            "\(path) can be opened by other users (its mode is \(Self.octal(mode))). Candor keeps private answers there, "
                + "so it won't use the folder as it is, and won't change it for you. To make it private: chmod 700 \(path) "
                + "(or choose another data folder with --home)."
        case .keyMissing(let person):
            "An answer of \(person) was to be sealed, but their passphrase was not given in this sitting. Nothing was saved."
        case .sealing(let reason):
            "Can't seal the private answers: \(reason). Nothing was saved in the open. Close other programs and try again."
        case .relativeHome(let path):
            "CANDOR_HOME is a relative path (\(path)), so the talks would go to a different folder wherever Candor is run. "
                + "Set it to a full path, such as CANDOR_HOME=\"$PWD/\(path)\"."
        }
    }

    /// 0755, as chmod writes it.
    static func octal(_ mode: UInt32) -> String {
        let digits = String(mode & 0o7777, radix: 8)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
