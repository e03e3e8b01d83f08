// libedit, loaded when a line is first edited, behind fixed-signature wrappers (Swift cannot call its
// variadic el_set, el_get and history directly); and accessors for the C stdio globals, which Swift 6
// strict concurrency will not touch. The header holds no state (a header's static state is copied into
// every module that uses it): what the load finds is kept in libedit.c.
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

// libedit itself is loaded on first use (`candor_libedit_load`, libedit.c), not linked: a piped run,
// which never edits a line, does not pay for mapping and binding it and the three libraries it needs.
// Every call below goes through what that load found; call none before it returned 1.
int candor_libedit_load(void);

EditLine *candor_el_init(const char *program, FILE *in, FILE *out, FILE *err);
void candor_el_end(EditLine *e);
const char *candor_el_gets(EditLine *e, int *count);
const LineInfo *candor_el_line(EditLine *e);
int candor_el_insertstr(EditLine *e, const char *text);
void candor_el_deletestr(EditLine *e, int count);
void candor_el_push(EditLine *e, const char *text);
History *candor_history_init(void);
void candor_history_end(History *h);

int candor_el_set_prompt_esc(EditLine *e, candor_prompt_fn fn, char esc);
int candor_el_set_editor(EditLine *e, const char *mode);
int candor_el_set_signal(EditLine *e, int on);
int candor_el_set_hist(EditLine *e, History *h);
int candor_el_set_addfn(EditLine *e, const char *name, const char *help, candor_el_fn fn);
int candor_el_bind(EditLine *e, const char *key, const char *fn);
int candor_el_set_clientdata(EditLine *e, void *data);
void *candor_el_get_clientdata(EditLine *e);
int candor_el_set_edit(EditLine *e, int on);
int candor_history_setsize(History *h, int size);
int candor_history_setunique(History *h, int on);
int candor_history_enter(History *h, const char *line);
int candor_history_clear(History *h);

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
