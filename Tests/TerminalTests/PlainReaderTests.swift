import Glibc
import Testing

@testable import Terminal

/// Serialized: the interrupt tests raise SIGINT, and the flag is process-wide.
@Suite(.serialized) struct PlainReaderTests {
    /// A descriptor that yields `bytes` then end of input. A temporary file, because a pipe would need
    /// a writer thread for anything over its 64 KiB buffer.
    func input(_ bytes: [UInt8]) -> Int32 {
        var template = Array("/tmp/candor-plainreader-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        precondition(fd >= 0)
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
            precondition(n > 0)
            offset += n
        }
        lseek(fd, 0, SEEK_SET)
        return fd
    }

    func input(_ text: String) -> Int32 { input(Array(text.utf8)) }

    /// Reads until end of input, returning the lines.
    func lines(_ fd: Int32) -> [String] {
        defer { close(fd) }
        let reader = PlainReader(fd: fd, output: TerminalOutput(colour: false))
        var lines: [String] = []
        while case .line(let line) = reader.readLine(prompt: "") {
            lines.append(line)
        }
        #expect(reader.readLine(prompt: "") == .endOfInput)  // and it stays ended
        return lines
    }

    @Test func severalLines() {
        #expect(lines(input("one\ntwo\n\nfour\n")) == ["one", "two", "", "four"])
    }

    @Test func crlfLoseTheirCarriageReturn() {
        #expect(lines(input("one\r\ntwo\r\n")) == ["one", "two"])
    }

    @Test func lastLineWithoutNewlineCounts() {
        #expect(lines(input("one\ntwo")) == ["one", "two"])
    }

    @Test func emptyInputIsEndOfInput() {
        #expect(lines(input("")) == [])
    }

    @Test func aLineAtTheCapIsKept() {
        let atCap = String(repeating: "é", count: InputLimit.maximumLineBytes / 2)
        #expect(lines(input(atCap + "\r\nnext\n")) == [atCap, "next"])
    }

    /// A longer line is refused whole (nothing of it returned) and the next line is read as usual.
    @Test func aLineOverTheCapIsDroppedAndReadingGoesOn() {
        let over = String(repeating: "a", count: InputLimit.maximumLineBytes + 1)
        #expect(lines(input("first\n" + over + "\nnext\n")) == ["first", "next"])
        let megabyte = String(repeating: "abcdefghij", count: 100_000) + "é"
        #expect(lines(input(megabyte + "\nnext\n")) == ["next"])
        #expect(lines(input("first\n" + over)) == ["first"])  // a last line without a newline too
    }

    /// An endless line (no newline, ever) is read to the end of input in fixed-size pieces, never held:
    /// it once grew until the process aborted.
    @Test func anEndlessLineIsNeverBuffered() {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let writer = fds[1]
        var thread = pthread_t()
        pthread_create(
            &thread, nil,
            { raw in
                let fd = Int32(Int(bitPattern: raw))
                let chunk = [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 20)
                for _ in 0..<64 { _ = chunk.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) } }  // 64 MB
                _ = "\nafter\n".withCString { write(fd, $0, strlen($0)) }
                close(fd)
                return nil
            }, UnsafeMutableRawPointer(bitPattern: Int(writer)))
        #expect(lines(fds[0]) == ["after"])
        pthread_join(thread, nil)
    }

    @Test func invalidUTF8IsReplaced() {
        let result = lines(input([0x61, 0xFF, 0x62, 0xC3, 0x0A, 0xE6, 0x97, 0xA5, 0x0A]))
        #expect(result == ["a\u{FFFD}b\u{FFFD}", "日"])
    }

    @Test func nulBytesAreDropped() {
        #expect(lines(input([0x61, 0x00, 0x62, 0x0A, 0x00, 0x0A])) == ["ab", ""])
    }

    @Test func nonASCIIAndEmojiSurvive() {
        #expect(lines(input("héllo ✓ 日本 👩‍❤️‍👨\n")) == ["héllo ✓ 日本 👩‍❤️‍👨"])
    }

    @Test func pipeEndOfInput() {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let text = "first\nsecond"
        _ = text.withCString { write(fds[1], $0, strlen($0)) }
        close(fds[1])
        #expect(lines(fds[0]) == ["first", "second"])
    }

    /// Swift Testing runs tests on dispatch worker threads, which block SIGINT; unblock it while `body` runs.
    /// (The app itself reads on the main thread, where SIGINT is not blocked.)
    func withSIGINTUnblocked<T>(_ body: () -> T) -> T {
        var set = sigset_t()
        var old = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &set, &old)
        defer { pthread_sigmask(SIG_SETMASK, &old, nil) }
        return body()
    }

    @Test func pendingInterruptIsReportedOnce() {
        InterruptSignal.install()
        let fd = input("after\n")
        defer { close(fd) }
        withSIGINTUnblocked {
            raise(SIGINT)
            #expect(InterruptSignal.wasInterrupted)
            let reader = PlainReader(fd: fd, output: TerminalOutput(colour: false))
            #expect(reader.readLine(prompt: "") == .interrupted)
            #expect(!InterruptSignal.wasInterrupted)
            #expect(reader.readLine(prompt: "") == .line("after"))
        }
    }

    /// What the helper thread needs: whom to signal, and a way to unblock the read if the signal is lost.
    struct Helper {
        var target: pthread_t
        var writeEnd: Int32
    }

    /// A Ctrl-C the handler took on another thread (or just before the read began) interrupts no read(2):
    /// the reader must still wake, through the handler's wake-up pipe, not wait for the next line.
    @Test func interruptTakenOnAnotherThreadWakesTheRead() {
        InterruptSignal.install()
        InterruptSignal.reset()
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        defer {
            close(fds[0])
            close(fds[1])
        }
        let reader = PlainReader(fd: fds[0], output: TerminalOutput(colour: false))
        // This thread keeps SIGINT blocked, so only the helper can take it.
        var set = sigset_t()
        var old = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        pthread_sigmask(SIG_BLOCK, &set, &old)
        defer { pthread_sigmask(SIG_SETMASK, &old, nil) }
        let helper = UnsafeMutablePointer<Helper>.allocate(capacity: 1)
        helper.initialize(to: Helper(target: pthread_self(), writeEnd: fds[1]))
        var thread = pthread_t()
        pthread_create(
            &thread, nil,
            { raw in
                let helper = raw!.assumingMemoryBound(to: Helper.self).pointee
                var set = sigset_t()
                sigemptyset(&set)
                sigaddset(&set, SIGINT)
                pthread_sigmask(SIG_UNBLOCK, &set, nil)
                usleep(200_000)
                pthread_kill(pthread_self(), SIGINT)  // the handler runs here, not on the reading thread
                usleep(1_000_000)
                _ = "signal lost\n".withCString { write(helper.writeEnd, $0, strlen($0)) }
                return nil
            }, helper)
        let first = reader.readLine(prompt: "")
        pthread_join(thread, nil)
        helper.deallocate()
        #expect(first == .interrupted)
        #expect(!InterruptSignal.wasInterrupted)
        #expect(reader.readLine(prompt: "") == .line("signal lost"))
    }

    @Test func interruptDuringBlockedRead() {
        InterruptSignal.install()
        InterruptSignal.reset()
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        defer {
            close(fds[0])
            close(fds[1])
        }
        let reader = PlainReader(fd: fds[0], output: TerminalOutput(colour: false))
        let first: ReadResult = withSIGINTUnblocked {
            // Another thread signals this one while its read(2) is blocked on an empty pipe, then, should the
            // signal not end the read, writes a line so the test fails instead of hanging.
            let helper = UnsafeMutablePointer<Helper>.allocate(capacity: 1)
            helper.initialize(to: Helper(target: pthread_self(), writeEnd: fds[1]))
            var thread = pthread_t()
            pthread_create(
                &thread, nil,
                { raw in
                    let helper = raw!.assumingMemoryBound(to: Helper.self).pointee
                    usleep(200_000)
                    pthread_kill(helper.target, SIGINT)
                    usleep(1_000_000)
                    _ = "signal lost\n".withCString { write(helper.writeEnd, $0, strlen($0)) }
                    return nil
                }, helper)
            let result = reader.readLine(prompt: "")
            pthread_join(thread, nil)
            helper.deallocate()
            return result
        }
        #expect(first == .interrupted)
        // Still usable afterwards: the safety line (if the read was interrupted in time) comes next.
        #expect(reader.readLine(prompt: "") == .line("signal lost"))
    }
}
