import Glibc

extension TalkStore {
    /// Deletes a talk for good: every file in its folder (the lock last), then the folder. The caller
    /// holds the talk's lock (from `lock(_:)`), so no other Candor is writing to it meanwhile. Names are
    /// removed, never followed: a link in the folder goes, not what it points to.
    public func remove(_ id: String, holding lock: TalkLock) throws {
        guard let talks = try talksFolder(create: false), let folder = try talks.folder(id, writing: true) else {
            throw StoreError.notFound(id)
        }
        let names = try folder.names(writing: true).filter { $0 != TalkLock.fileName }
        for name in names + [TalkLock.fileName] where !folder.remove(name) {
            let reason = folder.kind(of: name) == .folder ? "it is a folder Candor did not make" : FileIO.errorText()
            throw StoreError.cannotWrite(
                path: folder.child(name), reason: reason + "; the talk is partly deleted, run candor forget \(id) again"
            )
        }
        if unlinkat(talks.fd, id, AT_REMOVEDIR) != 0 {
            throw StoreError.cannotWrite(
                path: folder.path,
                reason: FileIO.errorText() + " (its files are deleted; something else is in the folder)")
        }
        talks.sync()
        lock.release()
    }
}
