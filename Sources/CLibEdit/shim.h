// Fixed-signature wrappers around libedit's variadic calls (el_set, el_get, history),
// which Swift cannot call directly, and accessors for the C stdio globals, which
// Swift 6 strict concurrency will not touch.
#ifndef CANDOR_CLIBEDIT_SHIM_H
#define CANDOR_CLIBEDIT_SHIM_H

#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <histedit.h>

typedef char *(*candor_prompt_fn)(EditLine *);
typedef unsigned char (*candor_el_fn)(EditLine *, int);

static inline FILE *candor_stdin(void) { return stdin; }
static inline FILE *candor_stdout(void) { return stdout; }
static inline FILE *candor_stderr(void) { return stderr; }

static inline int candor_el_set_prompt_esc(EditLine *e, candor_prompt_fn fn, char esc) {
    return el_set(e, EL_PROMPT_ESC, fn, esc);
}
static inline int candor_el_set_rprompt_esc(EditLine *e, candor_prompt_fn fn, char esc) {
    return el_set(e, EL_RPROMPT_ESC, fn, esc);
}
static inline int candor_el_set_editor(EditLine *e, const char *mode) {
    return el_set(e, EL_EDITOR, mode);
}
static inline int candor_el_set_signal(EditLine *e, int on) {
    return el_set(e, EL_SIGNAL, on);
}
static inline int candor_el_set_hist(EditLine *e, History *h) {
    return el_set(e, EL_HIST, history, h);
}
static inline int candor_el_unset_hist(EditLine *e) {
    return el_set(e, EL_HIST, (void *)0, (void *)0);
}
static inline int candor_el_set_addfn(EditLine *e, const char *name, const char *help, candor_el_fn fn) {
    return el_set(e, EL_ADDFN, name, help, fn);
}
static inline int candor_el_bind(EditLine *e, const char *key, const char *fn) {
    return el_set(e, EL_BIND, key, fn, (const char *)0);
}
static inline int candor_el_set_clientdata(EditLine *e, void *data) {
    return el_set(e, EL_CLIENTDATA, data);
}
static inline void *candor_el_get_clientdata(EditLine *e) {
    void *data = (void *)0;
    el_get(e, EL_CLIENTDATA, &data);
    return data;
}
static inline int candor_el_set_edit(EditLine *e, int on) {
    return el_set(e, EL_EDITMODE, on);
}
static inline int candor_history_setsize(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}
static inline int candor_history_setunique(History *h, int on) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, on);
}
static inline int candor_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}
static inline int candor_history_clear(History *h) {
    HistEvent ev;
    return history(h, &ev, H_CLEAR);
}

static inline void candor_el_push(EditLine *e, const char *text) {
    el_push(e, text);
}
static inline int candor_el_set_unbuffered(EditLine *e, int on) {
    return el_set(e, EL_UNBUFFERED, on);
}
static inline int candor_el_refresh(EditLine *e) {
    return el_set(e, EL_REFRESH);
}

// Columns a character takes in the current locale, as libedit measures it (-1: not printable).
// glibc declares wcwidth only under _XOPEN_SOURCE, which Swift's importer does not define.
extern int wcwidth(wchar_t c);
static inline int candor_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

// Terminal width in columns for `fd`, or 0 when unknown (ioctl is variadic too).
static inline int candor_terminal_columns(int fd) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
    return 0;
}

// ---- Signal state ----
// Signal handlers may only touch `volatile sig_atomic_t` and async-signal-safe calls, which Swift cannot
// express, so the handlers and their state live here. These are `static`: every object file that uses
// them gets its own copy, so only Sources/Terminal/Signals.swift may call the functions below.

// Function-local statics: Swift's importer does not emit a header's file-scope variable definitions.
static inline volatile sig_atomic_t *candor_interrupt_flag(void) {
    static volatile sig_atomic_t flag = 0;
    return &flag;
}
static inline volatile sig_atomic_t *candor_saved_termios_valid(void) {
    static volatile sig_atomic_t valid = 0;
    return &valid;
}
static inline struct termios *candor_saved_termios(void) {
    static struct termios saved;
    return &saved;
}

static inline void candor_sigint_handler(int sig) {
    (void)sig;
    *candor_interrupt_flag() = 1;
}
static inline int candor_interrupted(void) { return *candor_interrupt_flag() != 0; }
static inline void candor_reset_interrupt(void) { *candor_interrupt_flag() = 0; }

// No SA_RESTART, so a blocked read(2) (ours or libedit's) returns EINTR on Ctrl-C.
static inline int candor_install_sigint(void) {
    struct sigaction sa;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sa.sa_handler = candor_sigint_handler;
    return sigaction(SIGINT, &sa, (struct sigaction *)0);
}

static inline void candor_ignore_sigpipe(void) {
    signal(SIGPIPE, SIG_IGN);
}

static inline void candor_restore_termios(void) {
    if (*candor_saved_termios_valid()) tcsetattr(0, TCSANOW, candor_saved_termios());
}
static inline void candor_restore_and_reraise(int sig) {
    candor_restore_termios();
    signal(sig, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_UNBLOCK, &set, (sigset_t *)0);
    raise(sig);
}
static inline void candor_atexit_restore(void) { candor_restore_termios(); }

// Saves stdin's termios (when it is a terminal) and restores it at exit and on SIGTERM, SIGHUP, SIGQUIT.
static inline int candor_install_exit_handlers(void) {
    if (isatty(0) && tcgetattr(0, candor_saved_termios()) == 0) *candor_saved_termios_valid() = 1;
    if (atexit(candor_atexit_restore) != 0) return -1;
    struct sigaction sa;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sa.sa_handler = candor_restore_and_reraise;
    int sigs[3] = { SIGTERM, SIGHUP, SIGQUIT };
    for (int i = 0; i < 3; i++) {
        struct sigaction old;
        // Respect a signal the parent asked us to ignore (e.g. nohup).
        if (sigaction(sigs[i], (struct sigaction *)0, &old) == 0 && old.sa_handler == SIG_IGN) continue;
        sigaction(sigs[i], &sa, (struct sigaction *)0);
    }
    return 0;
}

#endif
