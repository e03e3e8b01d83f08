import Glibc

/// Thin, checked wrappers over POSIX file calls by path: for files outside the data folder (talk scripts,
/// exports). Inside the data folder everything goes through `Folder`, which never follows a link.
public enum FileIO {
    static func errorText(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }

    /// Makes the missing folders of a path with ordinary permissions (0755 less the umask): the
    /// parents of the data folder are not Candor's.
    static func makeParents(of path: String) throws {
        let parent = parentPath(path)
        guard !parent.isEmpty, parent != path else { return }
        var st = stat()
        if stat(parent, &st) == 0 { return }
        try makeParents(of: parent)
        if mkdir(parent, 0o755) != 0 && errno != EEXIST {
            throw StoreError.cannotWrite(path: parent, reason: errorText())
        }
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
        return try readAll(fd, path: path)
    }

    /// Everything left to read from an open descriptor.
    static func readAll(_ fd: Int32, path: String) throws -> [UInt8] {
        var st = stat()
        let size = fstat(fd, &st) == 0 ? max(Int(st.st_size), 0) : 0
        // Straight into a buffer of the file's size, and one byte more to see its end: no copies.
        var out = try [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            count = 0
            while count < buffer.count {
                let n = Glibc.read(fd, buffer.baseAddress! + count, buffer.count - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw StoreError.io(path: path, reason: errorText())
                }
                if n == 0 { break }
                count += n
            }
        }
        guard out.count > size else { return out }
        // It grew while being read: the rest in chunks.
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

    /// Where `writePrivateFile` wrote.
    public enum Written: Sendable {
        /// A regular file: made 0600 and synced to disk.
        case privateFile
        /// A pipe, a terminal or another device (`-o /dev/stdout`): written, nothing to protect or sync.
        case stream
    }

    /// Writes a file the person asked for (an export) as 0600, whatever the umask: it holds their answers.
    /// Only a regular file is chmodded and fsynced: fsync on a pipe (`-o /dev/stdout`) is EINVAL, and on a
    /// terminal it would chmod the terminal.
    @discardableResult
    public static func writePrivateFile(_ path: String, _ bytes: [UInt8]) throws -> Written {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StoreError.cannotWrite(path: path, reason: errorText()) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw StoreError.cannotWrite(path: path, reason: errorText()) }
        let regular = (st.st_mode & S_IFMT) == S_IFREG
        if regular, fchmod(fd, 0o600) != 0 { throw StoreError.cannotWrite(path: path, reason: errorText()) }
        try writeAll(fd, bytes, path: path)
        if regular, fsync(fd) != 0 { throw StoreError.cannotWrite(path: path, reason: errorText()) }
        return regular ? .privateFile : .stream
    }
}
