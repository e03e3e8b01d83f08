#include "CLibEdit.h"

#include <dlfcn.h>

// What candor_libedit_load found: libedit's functions, reached only through these.
static void *library;
static EditLine *(*el_init_p)(const char *, FILE *, FILE *, FILE *);
static void (*el_end_p)(EditLine *);
static const char *(*el_gets_p)(EditLine *, int *);
static int (*el_set_p)(EditLine *, int, ...);
static int (*el_get_p)(EditLine *, int, ...);
static void (*el_push_p)(EditLine *, const char *);
static const LineInfo *(*el_line_p)(EditLine *);
static int (*el_insertstr_p)(EditLine *, const char *);
static void (*el_deletestr_p)(EditLine *, int);
static History *(*history_init_p)(void);
static void (*history_end_p)(History *);
static int (*history_p)(History *, HistEvent *, int, ...);

#define FIND(name) (*(void **)&name##_p = dlsym(library, #name)) != NULL

// 1 when libedit (the same soname the package builds against) is loaded with every function found;
// 0 when it is not installed or lacks one (Candor then reads plain lines). Called on the main thread
// before any line is edited; loading twice is a no-op.
int candor_libedit_load(void) {
    if (library != NULL) return 1;
    library = dlopen("libedit.so.2", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) return 0;
    if (FIND(el_init) && FIND(el_end) && FIND(el_gets) && FIND(el_set) && FIND(el_get) && FIND(el_push)
        && FIND(el_line) && FIND(el_insertstr) && FIND(el_deletestr) && FIND(history_init)
        && FIND(history_end) && FIND(history)) {
        return 1;
    }
    dlclose(library);
    library = NULL;
    return 0;
}

EditLine *candor_el_init(const char *program, FILE *in, FILE *out, FILE *err) {
    return el_init_p(program, in, out, err);
}
void candor_el_end(EditLine *e) { el_end_p(e); }
const char *candor_el_gets(EditLine *e, int *count) { return el_gets_p(e, count); }
const LineInfo *candor_el_line(EditLine *e) { return el_line_p(e); }
int candor_el_insertstr(EditLine *e, const char *text) { return el_insertstr_p(e, text); }
void candor_el_deletestr(EditLine *e, int count) { el_deletestr_p(e, count); }
void candor_el_push(EditLine *e, const char *text) { el_push_p(e, text); }
History *candor_history_init(void) { return history_init_p(); }
void candor_history_end(History *h) { history_end_p(h); }

int candor_el_set_prompt_esc(EditLine *e, candor_prompt_fn fn, char esc) {
    return el_set_p(e, EL_PROMPT_ESC, fn, esc);
}
int candor_el_set_editor(EditLine *e, const char *mode) { return el_set_p(e, EL_EDITOR, mode); }
int candor_el_set_signal(EditLine *e, int on) { return el_set_p(e, EL_SIGNAL, on); }
int candor_el_set_hist(EditLine *e, History *h) { return el_set_p(e, EL_HIST, history_p, h); }
int candor_el_set_addfn(EditLine *e, const char *name, const char *help, candor_el_fn fn) {
    return el_set_p(e, EL_ADDFN, name, help, fn);
}
int candor_el_bind(EditLine *e, const char *key, const char *fn) {
    return el_set_p(e, EL_BIND, key, fn, (const char *)0);
}
int candor_el_set_clientdata(EditLine *e, void *data) { return el_set_p(e, EL_CLIENTDATA, data); }
void *candor_el_get_clientdata(EditLine *e) {
    void *data = (void *)0;
    el_get_p(e, EL_CLIENTDATA, &data);
    return data;
}
int candor_el_set_edit(EditLine *e, int on) { return el_set_p(e, EL_EDITMODE, on); }
int candor_history_setsize(History *h, int size) {
    HistEvent ev;
    return history_p(h, &ev, H_SETSIZE, size);
}
int candor_history_setunique(History *h, int on) {
    HistEvent ev;
    return history_p(h, &ev, H_SETUNIQUE, on);
}
int candor_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history_p(h, &ev, H_ENTER, line);
}
int candor_history_clear(History *h) {
    HistEvent ev;
    return history_p(h, &ev, H_CLEAR);
}
