import Glibc

extension TalkStore {
    /// Deletes a talk for good: every file in its folder (the lock last), then the folder. The caller
    /// holds the talk's lock (from `lock(_:)`), so no other Candor is writing to it meanwhile.
    public func remove(_ id: String, holding lock: TalkLock) throws {
        let dir = folder(id)
        let names = FileIO.list(dir).filter { $0 != TalkLock.fileName }
        for name in names + [TalkLock.fileName] {
            let path = dir + "/" + name
            if unlink(path) != 0 && errno != ENOENT {
                throw StoreError.cannotWrite(path: path, reason: FileIO.errorText() + "; the talk is partly deleted, run candor forget \(id) again")
            }
        }
        if rmdir(dir) != 0 {
            throw StoreError.cannotWrite(path: dir, reason: FileIO.errorText() + " (its files are deleted; something else is in the folder)")
        }
        FileIO.syncDirectory(talksDir)
        lock.release()
    }
}
