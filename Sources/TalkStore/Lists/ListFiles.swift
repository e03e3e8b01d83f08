import Glibc

/// Imported lists, kept in the data folder as Candor's list format: `lists/NAME.list` (the folder 0700,
/// each file 0600, written atomically), so a talk rated from one can be resumed, shown and compared later
/// whatever happened to the file it was imported from.
extension TalkStore {
    static let listsName = "lists"
    static let listExtension = ".list"

    func listsFolder(create: Bool) throws -> Folder? {
        guard let root = try openRoot(create: create) else { return nil }
        return create ? try root.makeFolder(TalkStore.listsName) : try root.folder(TalkStore.listsName)
    }

    /// Where an imported list is kept.
    public func listPath(_ name: String) -> String {
        root + "/" + TalkStore.listsName + "/" + name + TalkStore.listExtension
    }

    /// Keeps a list under a name (replacing one of that name: an edited list imported again).
    @discardableResult
    public func saveList(_ text: String, name: String) throws -> String {
        guard let folder = try listsFolder(create: true) else {
            throw StoreError.cannotWrite(path: root, reason: "the data folder could not be made")
        }
        try folder.writeAtomically(Array(text.utf8), to: name + TalkStore.listExtension)
        return listPath(name)
    }

    /// The names of the imported lists, sorted.
    public func listNames() throws -> [String] {
        guard let folder = try listsFolder(create: false) else { return [] }
        return try folder.names().filter { $0.hasSuffix(TalkStore.listExtension) && !$0.hasPrefix(".") }
            .map { String($0.dropLast(TalkStore.listExtension.count)) }.sorted()
    }

    /// An imported list's text; nil when there is none by that name.
    public func readList(_ name: String) throws -> String? {
        guard let folder = try listsFolder(create: false), let bytes = try folder.read(name + TalkStore.listExtension)
        else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
