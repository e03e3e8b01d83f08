import CLibEdit
import Glibc

// All calls to the shim's signal-state functions stay in this one file: that state is `static` in a C header,
// so each object file using it would get its own copy (see shim.h).

/// Ctrl-C handling shared by both readers: the handler only sets a flag, and is installed without
/// SA_RESTART so a blocked read(2) or el_gets returns (EINTR) and the reader can report `.interrupted`.
///
/// Read on the main thread: the kernel interrupts the read only if the signal lands on the reading thread,
/// and dispatch worker threads (Swift concurrency's pool) block SIGINT.
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
