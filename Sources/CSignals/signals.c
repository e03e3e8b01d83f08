// The one definition of Candor's signal state (see include/CSignals.h for why it is not in a header).
#include "CSignals.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

static volatile sig_atomic_t interrupted = 0;
// [read end, write end]; written to by the handler, so a poll on the read end wakes on Ctrl-C.
static int wake_pipe[2] = { -1, -1 };
static volatile sig_atomic_t sigint_installed = 0;

static struct termios saved_termios;
static volatile sig_atomic_t saved_termios_valid = 0;

static void on_sigint(int sig) {
    (void)sig;
    int saved_errno = errno;
    interrupted = 1;
    if (wake_pipe[1] >= 0) {
        // Non-blocking: when the pipe is full, it is already readable, which is all a reader needs.
        ssize_t n = write(wake_pipe[1], "!", 1);
        (void)n;
    }
    errno = saved_errno;
}

static int set_flags(int fd) {
    int fl = fcntl(fd, F_GETFL);
    int fd_fl = fcntl(fd, F_GETFD);
    if (fl < 0 || fd_fl < 0) return -1;
    if (fcntl(fd, F_SETFL, fl | O_NONBLOCK) != 0) return -1;
    return fcntl(fd, F_SETFD, fd_fl | FD_CLOEXEC);
}

int candor_install_sigint(void) {
    if (sigint_installed) return 0;
    if (wake_pipe[0] < 0) {
        int fds[2];
        if (pipe(fds) != 0) return -1;
        if (set_flags(fds[0]) != 0 || set_flags(fds[1]) != 0) {
            close(fds[0]);
            close(fds[1]);
            return -1;
        }
        wake_pipe[0] = fds[0];
        wake_pipe[1] = fds[1];
    }
    struct sigaction sa;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sa.sa_handler = on_sigint;
    if (sigaction(SIGINT, &sa, (struct sigaction *)0) != 0) return -1;
    sigint_installed = 1;
    return 0;
}

int candor_interrupted(void) { return interrupted != 0; }

void candor_reset_interrupt(void) {
    // Flag first: a Ctrl-C landing while the pipe is emptied leaves the flag set, so it is not lost.
    interrupted = 0;
    if (wake_pipe[0] < 0) return;
    char sink[64];
    while (read(wake_pipe[0], sink, sizeof sink) > 0) {}
}

int candor_interrupt_fd(void) { return wake_pipe[0]; }

void candor_ignore_sigpipe(void) { signal(SIGPIPE, SIG_IGN); }

void candor_restore_termios(void) {
    if (saved_termios_valid) tcsetattr(0, TCSANOW, &saved_termios);
}

static void restore_and_reraise(int sig) {
    candor_restore_termios();
    signal(sig, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_UNBLOCK, &set, (sigset_t *)0);
    raise(sig);
}

static void restore_at_exit(void) { candor_restore_termios(); }

int candor_install_exit_handlers(void) {
    if (isatty(0) && tcgetattr(0, &saved_termios) == 0) saved_termios_valid = 1;
    if (atexit(restore_at_exit) != 0) return -1;
    struct sigaction sa;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sa.sa_handler = restore_and_reraise;
    int sigs[3] = { SIGTERM, SIGHUP, SIGQUIT };
    for (int i = 0; i < 3; i++) {
        struct sigaction old;
        // Respect a signal the parent asked us to ignore (e.g. nohup).
        if (sigaction(sigs[i], (struct sigaction *)0, &old) == 0 && old.sa_handler == SIG_IGN) continue;
        sigaction(sigs[i], &sa, (struct sigaction *)0);
    }
    return 0;
}
