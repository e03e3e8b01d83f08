// Fixed-signature wrappers around libedit's variadic calls (el_set, el_get, history),
// which Swift cannot call directly, and accessors for the C stdio globals, which
// Swift 6 strict concurrency will not touch. Only stateless functions belong here: a header's static
// state is copied into every module that uses it (signal state is in CSignals).
#ifndef CANDOR_CLIBEDIT_SHIM_H
#define CANDOR_CLIBEDIT_SHIM_H

#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
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
static inline int candor_el_set_editor(EditLine *e, const char *mode) {
    return el_set(e, EL_EDITOR, mode);
}
static inline int candor_el_set_signal(EditLine *e, int on) {
    return el_set(e, EL_SIGNAL, on);
}
static inline int candor_el_set_hist(EditLine *e, History *h) {
    return el_set(e, EL_HIST, history, h);
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

#endif
