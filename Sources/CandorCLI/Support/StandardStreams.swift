import Glibc

/// Makes sure descriptors 0, 1 and 2 are open before Candor opens any file. Started with one closed
/// (`candor practice >&-`), the first file opened would get its number, and everything printed for the
/// person would be written into that file: the talk's lock file, or worse, its journal
/// (Tests/e2e/test_bad_input.py). A closed one is pointed at /dev/null instead, so output is
/// dropped and the answers are still saved.
enum StandardStreams {
    static func ensureOpen() {
        for fd: Int32 in 0...2 where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            let null = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY)
            if null >= 0 && null != fd {
                dup2(null, fd)
                close(null)
            }
        }
    }
}
