import Glibc

/// One Candor per talk. The lock is `flock` on the talk folder's `lock` file (0600), held for as long as
/// the talk is open; the holder writes its pid there so a second Candor can say who has it. The kernel
/// releases a flock when its process ends in any way, kill -9 included, so a lock left by a dead process
/// is simply taken over: there is no stale-lock guessing. The holder removes the file when it lets go (a
/// closed talk's folder holds only its journal); so a lock is only ours once the name still names the
/// file we locked, else another process removed it between our open and our flock, and we try again.
public final class TalkLock {
    public static let fileName = "lock"

    public let path: String
    private var fd: Int32
    /// The talk's folder, open, to remove the file by name when the lock goes.
    private let folder: Folder

    private init(path: String, fd: Int32, folder: Folder) {
        self.path = path
        self.fd = fd
        self.folder = folder
    }

    deinit { release() }

    /// Takes the lock of the talk in `folder` without waiting; `.locked` with the holder's pid if another
    /// process has it. The file is opened without following a link and must be a regular file with no
    /// other name (a hard link): taking the lock truncates it and writes our pid there.
    static func acquire(folder: Folder, id: String) throws -> TalkLock {
        let path = folder.child(fileName)
        var tries = 0
        while true {
            guard let fd = try folder.openFile(fileName, O_RDWR | O_CREAT, writing: true) else {
                throw StoreError.notFound(id)
            }
            var st = stat()
            guard fstat(fd, &st) == 0, st.st_nlink == 1 else {
                close(fd)
                throw StoreError.unsafe(path: path, problem: .hardLinked)
            }
            while flock(fd, LOCK_EX | LOCK_NB) != 0 {
                if errno == EINTR { continue }
                let code = errno
                defer { close(fd) }
                if code == EWOULDBLOCK { throw StoreError.locked(id: id, pid: holder(fd)) }
                throw StoreError.io(path: path, reason: FileIO.errorText(code))
            }
            // The holder before us may have removed the file after our open: then ours is a lock on
            // nothing anyone else will find, and the name is to be opened (or made) again.
            var named = stat()
            if fstatat(folder.fd, fileName, &named, AT_SYMLINK_NOFOLLOW) == 0, named.st_ino == st.st_ino,
                named.st_dev == st.st_dev
            {
                return try TalkLock.taken(fd: fd, path: path, folder: folder)
            }
            close(fd)
            tries += 1
            if tries >= 100 { throw StoreError.locked(id: id, pid: 0) }
        }
    }

    /// Ours now: 0600 whatever the umask, and our pid for anyone who finds it locked.
    private static func taken(fd: Int32, path: String, folder: Folder) throws -> TalkLock {
        fchmod(fd, 0o600)
        let pid = Array("\(getpid())\n".utf8)
        if ftruncate(fd, 0) == 0 {
            _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, pid.count, 0) }
        }
        return TalkLock(path: path, fd: fd, folder: folder)
    }

    /// The pid written by the lock's holder, read through our own descriptor of the same file. The holder
    /// writes it just after taking the lock, so an empty file is given a moment; 0 if it still can't be read.
    private static func holder(_ fd: Int32) -> Int32 {
        var buffer = [UInt8](repeating: 0, count: 32)
        for _ in 0..<50 {
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 32, 0) }
            if n > 0, let pid = Int32(String(decoding: buffer[0..<n], as: UTF8.self).filter(\.isNumber)), pid > 0 {
                return pid
            }
            usleep(10_000)
        }
        return 0
    }

    /// Lets the talk go, removing the lock's file while still holding it (a process ending any other way
    /// lets go too, and leaves the file for the next holder to remove).
    public func release() {
        if fd >= 0 {
            folder.remove(TalkLock.fileName)
            close(fd)
            fd = -1
        }
    }
}
