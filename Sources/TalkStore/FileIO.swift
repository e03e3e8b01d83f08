import Glibc

/// Thin, checked wrappers over POSIX file calls. Privacy rules live here: every folder Candor makes is
/// 0700 and every file 0600, whatever the umask, because permissions are set explicitly after creation.
public enum FileIO {
    static func errorText(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }

    /// Creates the folder (and missing parents) and makes sure the folder itself is 0700.
    static func makePrivateDirectory(_ path: String) throws {
        var st = stat()
        if stat(path, &st) != 0 {
            let parent = parentPath(path)
            if !parent.isEmpty, parent != path, stat(parent, &st) != 0 {
                try makeDirectory(parent, mode: 0o755)
            }
            if mkdir(path, 0o700) != 0 && errno != EEXIST {
                throw StoreError.cannotWrite(path: path, reason: errorText())
            }
        } else if (st.st_mode & S_IFMT) != S_IFDIR {
            throw StoreError.cannotWrite(path: path, reason: "it exists and is not a folder")
        }
        if chmod(path, 0o700) != 0 { throw StoreError.cannotWrite(path: path, reason: errorText()) }
    }

    /// Parents of the data folder get ordinary permissions: they are not Candor's.
    private static func makeDirectory(_ path: String, mode: mode_t) throws {
        var st = stat()
        if stat(path, &st) == 0 { return }
        let parent = parentPath(path)
        if !parent.isEmpty, parent != path { try makeDirectory(parent, mode: mode) }
        if mkdir(path, mode) != 0 && errno != EEXIST { throw StoreError.cannotWrite(path: path, reason: errorText()) }
    }

    static func parentPath(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    public static func exists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0
    }

    public static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// The whole file's bytes.
    public static func read(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw errno == ENOENT ? StoreError.notFound(path) : StoreError.io(path: path, reason: errorText())
        }
        defer { close(fd) }
        var out: [UInt8] = []
        var st = stat()
        if fstat(fd, &st) == 0, st.st_size > 0 { out.reserveCapacity(Int(st.st_size)) }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, 65_536) }
            if n < 0 {
                if errno == EINTR { continue }
                throw StoreError.io(path: path, reason: errorText())
            }
            if n == 0 { break }
            out.append(contentsOf: buffer[0..<n])
        }
        return out
    }

    /// Writes all bytes to an open descriptor, retrying short writes and EINTR.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw StoreError.cannotWrite(path: path, reason: errorText())
            }
            offset += n
        }
    }

    /// Writes a file the person asked for (an export) as 0600, whatever the umask: it holds their answers.
    public static func writePrivateFile(_ path: String, _ bytes: [UInt8]) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StoreError.cannotWrite(path: path, reason: errorText()) }
        defer { close(fd) }
        if fchmod(fd, 0o600) != 0 { throw StoreError.cannotWrite(path: path, reason: errorText()) }
        try writeAll(fd, bytes, path: path)
        if fsync(fd) != 0 { throw StoreError.cannotWrite(path: path, reason: errorText()) }
    }

    /// Makes a folder's entries (a new or renamed file) durable.
    static func syncDirectory(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// The names in a folder, without . and ..
    static func list(_ path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}

extension FileIO {
    /// Temporary files are named `NAME.tmp-PID` next to their target; any left by a crash are removed by
    /// the next writer of the folder (which holds the talk's lock).
    static let temporaryMarker = ".tmp-"

    /// Writes a whole file so that it is either the old one or the new one after a crash: a temporary
    /// file in the same folder (0600), fsync, rename over the target, fsync of the folder.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        let temporary = path + temporaryMarker + String(getpid())
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StoreError.cannotWrite(path: temporary, reason: errorText()) }
        do {
            defer { close(fd) }
            if fchmod(fd, 0o600) != 0 { throw StoreError.cannotWrite(path: temporary, reason: errorText()) }
            try writeAll(fd, bytes, path: temporary)
            if fsync(fd) != 0 { throw StoreError.cannotWrite(path: temporary, reason: errorText()) }
        } catch {
            unlink(temporary)
            throw error
        }
        if rename(temporary, path) != 0 {
            let reason = errorText()
            unlink(temporary)
            throw StoreError.cannotWrite(path: path, reason: reason)
        }
        syncDirectory(parentPath(path))
    }

    /// Removes temporary files a crash left in a folder.
    static func removeLeftovers(in folder: String) {
        for name in list(folder) where name.contains(temporaryMarker) || name.hasSuffix(".new") {
            unlink(folder + "/" + name)
        }
    }
}
