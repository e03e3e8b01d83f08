import Glibc

/// A folder of the data folder, held open. Every name in it is opened relative to this descriptor and
/// never through a symbolic link (O_NOFOLLOW), and only regular files are read or written: whatever links,
/// pipes or devices someone put there, nothing Candor reads, writes, truncates or changes the mode of can
/// be outside the data folder. A link is refused with a message naming it (`StoreError.unsafe`).
final class Folder {
    /// For messages only: every call goes through `fd`.
    private(set) var path: String
    let fd: Int32

    private init(path: String, fd: Int32) {
        self.path = path
        self.fd = fd
    }

    deinit { close(fd) }

    func child(_ name: String) -> String { path == "/" ? "/" + name : path + "/" + name }

    /// The data folder itself, at the path the person chose (a link in that path is their choice, so it is
    /// followed there and nowhere below). nil when it does not exist.
    static func openRoot(_ path: String, writing: Bool) throws -> Folder? {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT { return nil }
            if code == ENOTDIR { throw StoreError.unsafe(path: path, problem: .notAFolder) }
            throw failure(path, code, writing: writing)
        }
        return Folder(path: path, fd: fd)
    }

    /// What a name in this folder is, without following a link; nil when there is no such name.
    func kind(of name: String) -> Kind? {
        var st = stat()
        guard fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        switch st.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file
        case S_IFLNK: return .link
        default: return .other
        }
    }

    enum Kind { case folder, file, link, other }

    /// The size of a regular file (which may be reached through a path below this folder); nil when there
    /// is none, or it is not a regular file.
    func fileSize(_ path: String) -> Int? { fileStamp(path)?.size }

    /// A regular file's size and when it was last written (nanoseconds): what says it changed, from one
    /// fstatat. nil when there is none, or it is not a regular file.
    func fileStamp(_ path: String) -> FileStamp? {
        var st = stat()
        guard fstatat(fd, path, &st, AT_SYMLINK_NOFOLLOW) == 0, st.st_mode & S_IFMT == S_IFREG else { return nil }
        return FileStamp(
            size: Int(st.st_size), modified: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec))
    }

    /// When this folder's list of names last changed (nanoseconds; a name made, removed or renamed in it
    /// changes it), and how long ago that was by the clock (seconds), from one fstat.
    func namesChanged() -> (stamp: Int64, secondsAgo: Int64)? {
        var st = stat()
        var now = timespec()
        guard fstat(fd, &st) == 0, clock_gettime(CLOCK_REALTIME, &now) == 0 else { return nil }
        return (
            Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec),
            Int64(now.tv_sec) - Int64(st.st_mtim.tv_sec)
        )
    }

    /// A folder in this one; nil when there is none.
    func folder(_ name: String, writing: Bool = false) throws -> Folder? {
        let fd = openat(self.fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT { return nil }
            throw refusal(name) ?? Folder.failure(child(name), code, writing: writing)
        }
        return Folder(path: child(name), fd: fd)
    }

    /// A folder in this one, made (0700 whatever the umask) if missing. An existing one is used as it is.
    func makeFolder(_ name: String) throws -> Folder {
        if mkdirat(fd, name, 0o700) == 0 {
            let made = try folder(name, writing: true)!
            // The umask may have taken bits away (or, with 077 and more, all of them): set exactly 0700.
            if fchmod(made.fd, 0o700) != 0 { throw StoreError.cannotWrite(path: made.path, reason: FileIO.errorText()) }
            sync()
            return made
        }
        let code = errno
        guard code == EEXIST, let existing = try folder(name, writing: true) else {
            throw refusal(name) ?? Folder.failure(child(name), code, writing: true)
        }
        return existing
    }

    /// A new folder (0700) at a hidden, unguessable name `.NAME.tmp-<random>`, for something that must
    /// appear under its real name only once it is whole (see `moveIntoPlace`).
    func makeTemporaryFolder(for name: String) throws -> (name: String, folder: Folder) {
        while true {
            let temporary = "." + name + Folder.temporaryMarker + String(UInt64.random(in: 0...UInt64.max), radix: 16)
            if mkdirat(fd, temporary, 0o700) != 0 {
                if errno == EEXIST { continue }
                throw Folder.failure(child(temporary), errno, writing: true)
            }
            let made = try folder(temporary, writing: true)!
            if fchmod(made.fd, 0o700) != 0 {
                let reason = FileIO.errorText()
                unlinkat(fd, temporary, AT_REMOVEDIR)
                throw StoreError.cannotWrite(path: made.path, reason: reason)
            }
            return (temporary, made)
        }
    }

    /// Gives a folder made by `makeTemporaryFolder` its real name, durably. False, changing nothing, when
    /// that name is taken (a folder there is never replaced: ours is only renamed onto nothing, or onto
    /// an empty folder nobody uses, which a talk folder never is).
    func moveIntoPlace(_ temporary: String, _ folder: Folder, as name: String) throws -> Bool {
        if let refusal = refusal(name) { throw refusal }
        if kind(of: name) != nil { return false }
        guard renameat(fd, temporary, fd, name) == 0 else {
            let code = errno
            if code == EEXIST || code == ENOTEMPTY { return false }
            throw Folder.failure(child(name), code, writing: true)
        }
        folder.path = child(name)
        sync()
        return true
    }

    /// Opens a regular file in this folder; nil when it does not exist (and `O_CREAT` was not asked).
    /// O_NONBLOCK: a pipe put in a file's place must not hang Candor before it is refused.
    func openFile(_ name: String, _ flags: Int32, writing: Bool) throws -> Int32? {
        let fd = openat(self.fd, name, flags | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT && flags & O_CREAT == 0 { return nil }
            throw refusal(name) ?? Folder.failure(child(name), code, writing: writing)
        }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw StoreError.unsafe(path: child(name), problem: .notAFile)
        }
        return fd
    }

    /// A regular file's whole content; nil when it does not exist.
    func read(_ name: String) throws -> [UInt8]? {
        guard let fd = try openFile(name, O_RDONLY, writing: false) else { return nil }
        defer { close(fd) }
        return try FileIO.readAll(fd, path: child(name))
    }

    /// The names in this folder and whether each is a folder (by readdir's type, with no stat; a link or
    /// an unknown type counts as not a folder), without . and ..
    func namesAndKinds() throws -> [(name: String, isFolder: Bool)] {
        let copy = dup(fd)
        guard copy >= 0, let dir = fdopendir(copy) else {
            let code = errno
            if copy >= 0 { close(copy) }
            throw Folder.failure(path, code, writing: false)
        }
        defer { closedir(dir) }
        rewinddir(dir)
        var found: [(name: String, isFolder: Bool)] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { found.append((name, entry.pointee.d_type == UInt8(DT_DIR))) }
        }
        return found
    }

    /// The names in this folder, without . and ..
    func names(writing: Bool = false) throws -> [String] {
        let copy = dup(fd)
        guard copy >= 0, let dir = fdopendir(copy) else {
            let code = errno
            if copy >= 0 { close(copy) }
            throw Folder.failure(path, code, writing: writing)
        }
        defer { closedir(dir) }
        rewinddir(dir)
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Removes a file (or a link: never what it points to). True when it is gone.
    @discardableResult
    func remove(_ name: String) -> Bool {
        unlinkat(fd, name, 0) == 0 || errno == ENOENT
    }

    /// Seconds since a name in this folder (or, with nil, the folder itself) last changed; nil when it
    /// can't be told.
    func age(of name: String? = nil) -> Int? {
        var st = stat()
        let found = name.map { fstatat(fd, $0, &st, AT_SYMLINK_NOFOLLOW) } ?? fstat(fd, &st)
        guard found == 0 else { return nil }
        return time(nil) - st.st_mtim.tv_sec
    }

    /// Makes this folder's entries (a new, renamed or removed file) durable.
    func sync() { fsync(fd) }

    /// Runs `body` holding an exclusive `flock` on this folder itself (no lock file to leave behind), so a
    /// read, change and write of a file in it is not interleaved with another Candor's. Released when
    /// `body` returns, or by the kernel when the process ends in any way. Where the file system has no
    /// flock (it fails), `body` runs anyway: the file it guards is a cache.
    func whileLocked<T>(_ body: () throws -> T) rethrows -> T {
        var result: Int32
        repeat { result = flock(fd, LOCK_EX) } while result != 0 && errno == EINTR
        defer { if result == 0 { flock(fd, LOCK_UN) } }
        return try body()
    }

    /// A new, empty temporary file `NAME.tmp-<random>` (0600), created with O_EXCL so it is never an
    /// existing file or a link someone placed, at a name nobody can guess ahead. `flags`: O_APPEND, say.
    func makeTemporary(for name: String, flags: Int32 = 0) throws -> (name: String, fd: Int32) {
        while true {
            let temporary = name + Folder.temporaryMarker + String(UInt64.random(in: 0...UInt64.max), radix: 16)
            let fd = openat(self.fd, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC | flags, 0o600)
            if fd < 0 {
                if errno == EEXIST { continue }
                throw StoreError.cannotWrite(path: child(temporary), reason: FileIO.errorText())
            }
            // The umask may have taken bits away or (with 000) left none: set exactly 0600.
            if fchmod(fd, 0o600) != 0 {
                let reason = FileIO.errorText()
                close(fd)
                remove(temporary)
                throw StoreError.cannotWrite(path: child(temporary), reason: reason)
            }
            return (temporary, fd)
        }
    }

    /// The one way Candor writes a private file's bytes: a new temporary file for `name` (0600, O_EXCL,
    /// `makeTemporary`), every byte written, fsync'd, closed. Its name, for the caller to give it its real
    /// one; nothing is left behind when it fails.
    func writeTemporary(_ bytes: [UInt8], for name: String) throws -> String {
        let (temporary, fd) = try makeTemporary(for: name)
        do {
            defer { close(fd) }
            try FileIO.writeAll(fd, bytes, path: child(temporary))
            if fsync(fd) != 0 { throw StoreError.cannotWrite(path: child(temporary), reason: FileIO.errorText()) }
        } catch {
            remove(temporary)
            throw error
        }
        return temporary
    }

    /// Writes a whole file so that it is either the old one or the new one after a crash: a temporary
    /// file in this folder, fsync, rename over the target (a link there is replaced, never followed),
    /// fsync of the folder.
    func writeAtomically(_ bytes: [UInt8], to name: String) throws {
        let temporary = try writeTemporary(bytes, for: name)
        if renameat(self.fd, temporary, self.fd, name) != 0 {
            let reason = FileIO.errorText()
            remove(temporary)
            throw StoreError.cannotWrite(path: child(name), reason: reason)
        }
        sync()
    }

    /// Gives a finished temporary file its name, never replacing anything (a file, a link) already there:
    /// false then, and the temporary file is left for the caller. The folder is not synced.
    func publish(_ temporary: String, as name: String) throws -> Bool {
        if linkat(fd, temporary, fd, name, 0) == 0 {
            remove(temporary)
            return true
        }
        let code = errno
        if code == EEXIST { return false }
        // A file system without hard links: rename, having checked there is nothing to replace (the
        // talk's lock keeps any other Candor out meanwhile).
        guard code == EPERM || code == ENOTSUP || code == EOPNOTSUPP else {
            throw StoreError.cannotWrite(path: child(name), reason: FileIO.errorText(code))
        }
        guard kind(of: name) == nil else { return false }
        guard renameat(fd, temporary, fd, name) == 0 else {
            throw StoreError.cannotWrite(path: child(name), reason: FileIO.errorText())
        }
        return true
    }

    /// Temporary files are named `NAME.tmp-<random>` next to their target. Any left by a crash (a killed
    /// save, creation or repair) are removed by the next holder of the talk's lock; `.new` is what older
    /// versions named a new journal.
    static let temporaryMarker = ".tmp-"

    static func isLeftover(_ name: String) -> Bool {
        name.contains(temporaryMarker) || name.hasSuffix(".new")
    }

    /// Removes what a crash left: temporary files, a new journal never given its name, a partial backup.
    func removeLeftovers() throws {
        var removed = false
        for name in try names(writing: true) where Folder.isLeftover(name) && kind(of: name) != .folder {
            removed = remove(name) || removed
        }
        if removed { sync() }
    }

    /// The refusal for a name that is a link or not what was expected; nil when it is neither (the
    /// error was something else).
    private func refusal(_ name: String) -> StoreError? {
        switch kind(of: name) {
        case .link: .unsafe(path: child(name), problem: .link)
        case .other: .unsafe(path: child(name), problem: .notAFile)
        default: nil
        }
    }

    static func failure(_ path: String, _ code: Int32, writing: Bool) -> StoreError {
        if code == ELOOP { return .unsafe(path: path, problem: .link) }
        if code == ENOTDIR { return .unsafe(path: path, problem: .notAFolder) }
        return writing
            ? .cannotWrite(path: path, reason: FileIO.errorText(code)) : .io(path: path, reason: FileIO.errorText(code))
    }
}

/// A file's size and last write time, to tell it changed without reading it.
struct FileStamp: Equatable {
    var size: Int
    var modified: Int64
}
