// Ctrl-C and terminal-restore state for the whole process. Signal handlers may only touch
// `volatile sig_atomic_t` and async-signal-safe calls, which Swift cannot express, so they live in C.
// Everything is defined once, in signals.c: a header-only (static) definition would give each module
// that inlines it its own copy, and the handler would set one copy while the readers check another.
#ifndef CANDOR_CSIGNALS_H
#define CANDOR_CSIGNALS_H

// Installs the SIGINT handler (once; later calls do nothing) and the wake-up pipe it writes to.
// No SA_RESTART, so a read(2) blocked on the thread that takes the signal returns EINTR.
// Returns 0, or -1 when the handler or the pipe could not be set up.
int candor_install_sigint(void);

// 1 once Ctrl-C has arrived since the last reset, else 0.
int candor_interrupted(void);

// Forgets a Ctrl-C that was reported: clears the flag, then empties the wake-up pipe.
void candor_reset_interrupt(void);

// The read end of the wake-up pipe: readable once Ctrl-C has arrived since the last reset, whichever
// thread took the signal. Poll it with the input so a read can never block through a Ctrl-C.
// -1 before candor_install_sigint.
int candor_interrupt_fd(void);

// Writing to a closed pipe reports EPIPE instead of ending the program.
void candor_ignore_sigpipe(void);

// Saves stdin's termios (when it is a terminal) and restores it at exit and on SIGTERM, SIGHUP and
// SIGQUIT, which are then re-raised with their default action. Returns 0, or -1 when atexit failed.
int candor_install_exit_handlers(void);

// Restores the saved termios now; does nothing if none was saved.
void candor_restore_termios(void);

#endif
