import CSignals
import Glibc

/// Ctrl-C handling shared by both readers. The handler (in CSignals, defined once for the whole process)
/// sets a flag and writes to a wake-up pipe; it is installed without SA_RESTART, so a blocked read(2) or
/// el_gets on the thread that takes the signal returns (EINTR), and `PlainReader` also polls the pipe, so
/// its read wakes up whichever thread took the signal and however late in the read it came.
public enum InterruptSignal {
    public static func install() {
        _ = candor_install_sigint()
    }

    /// True once Ctrl-C has arrived since the last `reset()`. Readers consume it: `readLine` returns
    /// `.interrupted` (once) for a Ctrl-C that arrived before or during the read, and clears the flag.
    public static var wasInterrupted: Bool {
        candor_interrupted() != 0
    }

    public static func reset() {
        candor_reset_interrupt()
    }

    /// Readable once Ctrl-C has arrived since the last `reset()`; nil before `install()`.
    static var wakeDescriptor: Int32? {
        let fd = candor_interrupt_fd()
        return fd >= 0 ? fd : nil
    }
}

/// Puts the terminal back as it was found, whatever way the program ends.
public enum TerminalRestore {
    /// Saves stdin's termios now (call at start, before any editing) and restores it at exit and on
    /// SIGTERM, SIGHUP and SIGQUIT, which are then re-raised with their default action.
    public static func installExitHandlers() {
        _ = candor_install_exit_handlers()
    }

    /// Restores the saved termios now (for example after hidden input); does nothing if none was saved.
    public static func restoreNow() {
        candor_restore_termios()
    }
}

enum BrokenPipe {
    /// Writing to a closed pipe must report EPIPE rather than kill the program.
    static func ignore() {
        candor_ignore_sigpipe()
    }
}
