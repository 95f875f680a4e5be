/* CNcursesw: accessors for ncurses' C globals, the terminal probe, and signal handling. */
#define _GNU_SOURCE 1 /* wcwidth, before any system header */
#include "CNcursesw.h"

#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include <ncursesw/term.h>

WINDOW *cn_stdscr(void) { return stdscr; }
int cn_colors(void) { return COLORS; }
int cn_color_pairs(void) { return COLOR_PAIRS; }
int cn_lines(void) { return LINES; }
int cn_cols(void) { return COLS; }
FILE *cn_stdin(void) { return stdin; }
FILE *cn_stdout(void) { return stdout; }
int cn_wcwidth(wchar_t character) { return wcwidth(character); }

static int codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

int cn_setup_locale(void) {
    setlocale(LC_ALL, "");
    if (codeset_is_utf8()) return 1;
    /* Without a UTF-8 codeset ncursesw silently drops æ, ø, å and box lines. */
    if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) setlocale(LC_CTYPE, "C.utf8");
    return codeset_is_utf8();
}

const char *cn_term_name(void) {
    const char *term = getenv("TERM");
    return term != NULL ? term : "";
}

int cn_check_terminal(void) {
    if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) return CN_TERMINAL_NOT_A_TTY;
    const char *term = getenv("TERM");
    if (term == NULL || term[0] == '\0') return CN_TERMINAL_NO_TERM;
    int status = 0;
    /* With a status pointer setupterm reports instead of printing and exiting. */
    if (setupterm(term, STDOUT_FILENO, &status) != OK) {
        return status == 1 ? CN_TERMINAL_NO_CURSOR : CN_TERMINAL_UNKNOWN; /* 1 = hardcopy */
    }
    char *cup = tigetstr("cup");
    int addressable = cup != NULL && cup != (char *)-1;
    del_curterm(cur_term);
    return addressable ? CN_TERMINAL_OK : CN_TERMINAL_NO_CURSOR;
}

static void write_all(const char *text);

/* Written straight to the terminal: the mode is terminal-wide, so order with ncurses'
 * buffered output does not matter. Call "off" after endwin, which flushes. */
void cn_bracketed_paste(int on) { write_all(on ? "\033[?2004h" : "\033[?2004l"); }

/* Output processing off on the terminal the frames go to. With ONLCR already off (nonl) it changed
 * no byte the frames hold (no newline, no tab), but the kernel looked at every byte of every frame
 * for it: an 800-byte frame took 4.8 instead of 8 microseconds to write to a pty. endwin restores
 * the shell's modes, which curses saved before, and so does the emergency exit. */
void cn_raw_output(void) {
    struct termios modes;
    if (tcgetattr(STDOUT_FILENO, &modes) != 0 || !(modes.c_oflag & OPOST)) return;
    modes.c_oflag &= ~(tcflag_t)OPOST;
    if (tcsetattr(STDOUT_FILENO, TCSADRAIN, &modes) != 0) return;
    /* Curses' program mode is what it sets again (intrflush, a resume): it keeps this now. */
    def_prog_mode();
}

/* ---- Quit signals: record only, and a watchdog for a loop that never looks. ---- */

static const int quit_signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
#define QUIT_COUNT (sizeof quit_signals / sizeof quit_signals[0])
static struct sigaction previous_quit[QUIT_COUNT];
static int quit_installed = 0;
static volatile sig_atomic_t pending_signal = 0;
static volatile sig_atomic_t quit_grace_seconds = 3;

static pthread_t reader_thread;

/* ---- The wake pipe: every signal we record also writes a byte here, so the key reader, which
 * polls standard input and this pipe together, never sleeps through a signal that came between
 * its look at the flags and its poll. ---- */

static int wake_pipe[2] = { -1, -1 };

static void wake_reader(void) {
    if (wake_pipe[1] < 0) return;
    char byte = 1;
    ssize_t ignored = write(wake_pipe[1], &byte, 1); /* full pipe: a wake is already waiting */
    (void)ignored;
}

int cn_open_wake_pipe(void) {
    if (wake_pipe[0] >= 0) return 1;
    return pipe2(wake_pipe, O_CLOEXEC | O_NONBLOCK) == 0;
}

void cn_close_wake_pipe(void) {
    if (wake_pipe[0] < 0) return;
    int read_end = wake_pipe[0], write_end = wake_pipe[1];
    wake_pipe[0] = wake_pipe[1] = -1;
    close(read_end);
    close(write_end);
}

int cn_read_input(unsigned char *buffer, int capacity, int timeout) {
    struct pollfd watched[2] = {
        { .fd = STDIN_FILENO, .events = POLLIN, .revents = 0 },
        { .fd = wake_pipe[0], .events = POLLIN, .revents = 0 },
    };
    nfds_t count = wake_pipe[0] >= 0 ? 2 : 1;
    int ready = poll(watched, count, timeout);
    if (ready < 0) return errno == EINTR || errno == EAGAIN ? CN_READ_WOKEN : 0;
    if (ready == 0) return CN_READ_TIMED_OUT;
    if (count == 2 && (watched[1].revents & POLLIN)) {
        char drained[64];
        while (read(wake_pipe[0], drained, sizeof drained) > 0) {}
        return CN_READ_WOKEN;
    }
    if (watched[0].revents & POLLNVAL) return 0;
    if (!(watched[0].revents & (POLLIN | POLLHUP | POLLERR))) return CN_READ_WOKEN;
    ssize_t got = read(STDIN_FILENO, buffer, (size_t)capacity);
    if (got > 0) return (int)got;
    if (got < 0 && (errno == EINTR || errno == EAGAIN)) return CN_READ_WOKEN;
    return 0; /* end of input, or EIO: the terminal is gone */
}

/* Posted by the first quit signal (sem_post is async-signal-safe): wakes the session's watchdog
 * thread, which keeps the draft and ends the process when the loop is stuck in long work. */
static sem_t quit_semaphore;
static int quit_semaphore_ready = 0;

/* What the emergency exit restores: the terminal modes from before curses, and the sequences
 * that leave the alternate screen and bracketed paste, prepared outside any handler. */
static struct termios saved_modes;
static int saved_modes_valid = 0;
static char leave_sequence[256];
/* Attributes off (sgr0), written by the crash handler before endwin: frames are written
 * without curses, which does not know the rendition the terminal was left in. */
static char reset_sequence[64];
#define CLEANUP_PATHS 8
static char *cleanup_paths[CLEANUP_PATHS];

/* Records the signal; one that landed on another thread is passed on to the thread that reads
 * keys, so its blocking read is interrupted too. The first one arms the watchdog: if the loop
 * has not taken the signal within the grace time (it is stuck in long work), SIGALRM ends the
 * process from here. */
static void on_quit_signal(int signal_number) {
    int saved_errno = errno;
    int first = pending_signal == 0;
    if (first && quit_grace_seconds > 0) alarm((unsigned)quit_grace_seconds);
    pending_signal = signal_number;
    /* After the signal is recorded: the watchdog thread may run at once and read it. */
    if (first && quit_semaphore_ready) sem_post(&quit_semaphore);
    wake_reader();
    if (!pthread_equal(pthread_self(), reader_thread)) pthread_kill(reader_thread, signal_number);
    errno = saved_errno;
}

static void write_fd(int fd, const char *text) {
    size_t length = strlen(text);
    while (length > 0) {
        ssize_t written = write(fd, text, length);
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) return;
        text += written;
        length -= (size_t)written;
    }
}

/* Async-signal-safe only: tcsetattr, write, unlink, _exit. The draft cannot be written from
 * here; the terminal and the lock are put right. */
static void on_watchdog(int signal_number) {
    (void)signal_number;
    int pending = pending_signal;
    if (pending == 0) return;
    cn_emergency_exit(pending);
}

void cn_emergency_exit(int signal_number) {
    if (leave_sequence[0] != '\0') write_fd(STDOUT_FILENO, leave_sequence);
    if (saved_modes_valid) tcsetattr(STDIN_FILENO, TCSANOW, &saved_modes);
    for (int i = 0; i < CLEANUP_PATHS; i++) {
        if (cleanup_paths[i] != NULL) unlink(cleanup_paths[i]);
    }
    _exit(128 + signal_number);
}

int cn_wait_quit_signal(void) {
    if (!quit_semaphore_ready) return 0;
    while (sem_wait(&quit_semaphore) != 0) {
        if (errno != EINTR) return 0;
    }
    int pending = pending_signal;
    return pending != 0 ? pending : -1;
}

/* Installs `handler` for `number` without SA_RESTART (a blocking read returns EINTR), keeping the
 * handler it replaces in `previous` (when not NULL). */
static void catch_signal(int number, void (*handler)(int), struct sigaction *previous) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    sigaction(number, &action, previous);
}

void cn_install_quit_handlers(void) {
    if (quit_installed) return;
    reader_thread = pthread_self();
    if (!quit_semaphore_ready && sem_init(&quit_semaphore, 0, 0) == 0) quit_semaphore_ready = 1;
    saved_modes_valid = tcgetattr(STDIN_FILENO, &saved_modes) == 0;
    for (size_t i = 0; i < QUIT_COUNT; i++) catch_signal(quit_signals[i], on_quit_signal, &previous_quit[i]);
    catch_signal(SIGALRM, on_watchdog, NULL);
    quit_installed = 1;
}

void cn_uninstall_quit_handlers(void) {
    if (!quit_installed) return;
    alarm(0);
    for (size_t i = 0; i < QUIT_COUNT; i++) sigaction(quit_signals[i], &previous_quit[i], NULL);
    signal(SIGALRM, SIG_DFL);
    quit_installed = 0;
}

int cn_take_signal(void) {
    int taken = __atomic_exchange_n(&pending_signal, 0, __ATOMIC_SEQ_CST);
    if (taken != 0) alarm(0); /* the loop has it: no emergency */
    return taken;
}

int cn_peek_signal(void) { return pending_signal; }

void cn_set_quit_grace(int seconds) { quit_grace_seconds = seconds < 0 ? 0 : seconds; }

void cn_extend_quit_grace(int seconds) {
    if (pending_signal != 0 && seconds > 0) alarm((unsigned)seconds);
}

void cn_prepare_leave_sequence(void) {
    reset_sequence[0] = '\0';
    char *sgr0 = tigetstr("sgr0");
    if (sgr0 != NULL && sgr0 != (char *)-1 && strlen(sgr0) < sizeof reset_sequence) strcpy(reset_sequence, sgr0);
    leave_sequence[0] = '\0';
    strncat(leave_sequence, reset_sequence, sizeof leave_sequence - 1);
    strncat(leave_sequence, "\033[?2004l", sizeof leave_sequence - 1);
    const char *caps[] = { "rmcup", "cnorm", "sgr0" };
    for (size_t i = 0; i < sizeof caps / sizeof caps[0]; i++) {
        char *value = tigetstr((char *)caps[i]);
        if (value != NULL && value != (char *)-1 && strlen(leave_sequence) + strlen(value) < sizeof leave_sequence - 1) {
            strncat(leave_sequence, value, sizeof leave_sequence - strlen(leave_sequence) - 1);
        }
    }
}

int cn_register_cleanup_path(const char *path) {
    for (int i = 0; i < CLEANUP_PATHS; i++) {
        if (cleanup_paths[i] == NULL) {
            cleanup_paths[i] = strdup(path);
            return cleanup_paths[i] != NULL;
        }
    }
    return 0;
}

void cn_unregister_cleanup_path(const char *path) {
    for (int i = 0; i < CLEANUP_PATHS; i++) {
        if (cleanup_paths[i] != NULL && strcmp(cleanup_paths[i], path) == 0) {
            char *kept = cleanup_paths[i];
            cleanup_paths[i] = NULL;
            free(kept);
        }
    }
}

/* ---- Job control: Ctrl-Z, SIGTSTP from outside, SIGCONT after fg. ---- */

static volatile sig_atomic_t pending_suspend = 0;
static volatile sig_atomic_t pending_resume = 0;
static struct sigaction previous_tstp, previous_cont;
static int job_control_installed = 0;

static void on_job_signal(int signal_number) {
    int saved_errno = errno;
    if (signal_number == SIGTSTP) pending_suspend = 1; else pending_resume = 1;
    wake_reader();
    if (!pthread_equal(pthread_self(), reader_thread)) pthread_kill(reader_thread, signal_number);
    errno = saved_errno;
}

void cn_install_job_control(void) {
    if (job_control_installed) return;
    catch_signal(SIGTSTP, on_job_signal, &previous_tstp);
    catch_signal(SIGCONT, on_job_signal, &previous_cont);
    job_control_installed = 1;
}

void cn_uninstall_job_control(void) {
    if (!job_control_installed) return;
    sigaction(SIGTSTP, &previous_tstp, NULL);
    sigaction(SIGCONT, &previous_cont, NULL);
    job_control_installed = 0;
}

int cn_take_suspend(void) { return __atomic_exchange_n(&pending_suspend, 0, __ATOMIC_SEQ_CST); }
int cn_take_resume(void) { return __atomic_exchange_n(&pending_resume, 0, __ATOMIC_SEQ_CST); }

void cn_stop_self(void) {
    /* The default action of SIGTSTP stops the process; raise returns after SIGCONT. */
    struct sigaction stop, ours;
    memset(&stop, 0, sizeof stop);
    stop.sa_handler = SIG_DFL;
    sigemptyset(&stop.sa_mask);
    sigaction(SIGTSTP, &stop, &ours);
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, SIGTSTP);
    pthread_sigmask(SIG_UNBLOCK, &unblock, NULL);
    raise(SIGTSTP);
    sigaction(SIGTSTP, &ours, NULL);
    pending_resume = 0;
}

/* ---- Resizes: SIGWINCH is ours, and curses keeps a screen of one cell. ---- */

static volatile sig_atomic_t pending_resize = 0;
static struct sigaction previous_winch;
static int resize_installed = 0;

static void on_resize_signal(int signal_number) {
    int saved_errno = errno;
    pending_resize = 1;
    wake_reader();
    if (!pthread_equal(pthread_self(), reader_thread)) pthread_kill(reader_thread, signal_number);
    errno = saved_errno;
}

void cn_install_resize_handler(void) {
    if (resize_installed) return;
    catch_signal(SIGWINCH, on_resize_signal, &previous_winch);
    resize_installed = 1;
}

void cn_uninstall_resize_handler(void) {
    if (!resize_installed) return;
    sigaction(SIGWINCH, &previous_winch, NULL);
    resize_installed = 0;
}

int cn_take_resize(void) { return __atomic_exchange_n(&pending_resize, 0, __ATOMIC_SEQ_CST); }

static int positive_env(const char *name) {
    const char *text = getenv(name);
    if (text == NULL || text[0] == '\0') return 0;
    char *end = NULL;
    long value = strtol(text, &end, 10);
    return end != NULL && *end == '\0' && value > 0 && value < 100000 ? (int)value : 0;
}

void cn_terminal_size(int *out_rows, int *out_columns) {
    struct winsize size;
    memset(&size, 0, sizeof size);
    int r = 0, c = 0;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 || ioctl(STDIN_FILENO, TIOCGWINSZ, &size) == 0) {
        r = size.ws_row;
        c = size.ws_col;
    }
    /* As curses does when the terminal does not know its size: the environment, then terminfo. */
    if (r <= 0) r = positive_env("LINES");
    if (c <= 0) c = positive_env("COLUMNS");
    if (r <= 0) r = tigetnum("lines") > 0 ? tigetnum("lines") : 24;
    if (c <= 0) c = tigetnum("cols") > 0 ? tigetnum("cols") : 80;
    *out_rows = r;
    *out_columns = c;
}

/* LINES and COLUMNS as they were before a call that may size curses' screens, to put back after it. */
struct one_cell_env { char *saved_lines; char *saved_columns; };

/* LINES and COLUMNS set to 1: curses sizes its screens by them before the terminal's own size,
 * at newterm and when it takes the terminal back after endwin. Only while the terminal is opened,
 * before the session starts any thread that reads the environment (a suspension does not go
 * through endwin: see cn_leave_screen). */
static struct one_cell_env one_cell_begin(void) {
    const char *lines_now = getenv("LINES"), *columns_now = getenv("COLUMNS");
    struct one_cell_env saved = { lines_now != NULL ? strdup(lines_now) : NULL, columns_now != NULL ? strdup(columns_now) : NULL };
    setenv("LINES", "1", 1);
    setenv("COLUMNS", "1", 1);
    return saved;
}

static void one_cell_end(struct one_cell_env saved) {
    if (saved.saved_lines != NULL) setenv("LINES", saved.saved_lines, 1); else unsetenv("LINES");
    if (saved.saved_columns != NULL) setenv("COLUMNS", saved.saved_columns, 1); else unsetenv("COLUMNS");
    free(saved.saved_lines);
    free(saved.saved_columns);
}

SCREEN *cn_newterm_one_cell(void) {
    struct one_cell_env saved = one_cell_begin();
    SCREEN *screen = newterm(NULL, stdout, stdin);
    one_cell_end(saved);
    return screen;
}

int cn_refresh_one_cell(WINDOW *window) {
    struct one_cell_env saved = one_cell_begin();
    int result = wrefresh(window);
    one_cell_end(saved);
    return result;
}

int cn_escape_delay(int fallback) {
    const char *text = getenv("ESCDELAY");
    if (text == NULL || text[0] == '\0') return fallback;
    char *end = NULL;
    long value = strtol(text, &end, 10);
    return end != NULL && *end == '\0' && value >= 0 && value <= 10000 ? (int)value : fallback;
}

int cn_input_waiting(void) {
    struct pollfd input = { .fd = STDIN_FILENO, .events = POLLIN, .revents = 0 };
    return poll(&input, 1, 0) > 0 && (input.revents & POLLIN) != 0 ? 1 : 0;
}

int cn_has_alternate_screen(void) {
    char *smcup = tigetstr("smcup");
    return smcup != NULL && smcup != (char *)-1 && smcup[0] != '\0';
}

void cn_clear_screen_after_endwin(void) {
    char *clear = tigetstr("clear");
    if (clear != NULL && clear != (char *)-1) write_fd(STDOUT_FILENO, clear);
}

static void write_all(const char *text) { write_fd(STDOUT_FILENO, text); }

static void write_capability(const char *name) {
    char *value = tigetstr((char *)name);
    if (value != NULL && value != (char *)-1) write_all(value);
}

void cn_leave_screen(void) {
    write_capability("cnorm");
    if (cn_has_alternate_screen()) write_capability("rmcup"); else write_capability("clear");
    reset_shell_mode(); /* keypad off (rmkx, flushed) and the shell's terminal modes */
}

void cn_enter_screen(void) {
    reset_prog_mode(); /* the program's terminal modes */
    write_capability("smcup");
    write_capability("civis");
}

const char *cn_tigetstr(const char *name) {
    char *value = tigetstr((char *)name);
    return value == NULL || value == (char *)-1 ? NULL : value;
}

int cn_tigetflag(const char *name) { return tigetflag((char *)name) > 0 ? 1 : 0; }

int cn_tigetnum(const char *name) {
    int value = tigetnum((char *)name);
    return value < 0 ? -1 : value;
}

const char *cn_tiparm1(const char *format, int first) { return tiparm(format, first); }

const char *cn_tiparm2(const char *format, int first, int second) { return tiparm(format, first, second); }

int cn_write_out(const void *bytes, size_t length) {
    const char *next = bytes;
    while (length > 0) {
        ssize_t written = write(STDOUT_FILENO, next, length);
        if (written < 0 && errno == EINTR) continue;
        if (written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            struct pollfd output = { .fd = STDOUT_FILENO, .events = POLLOUT, .revents = 0 };
            if (poll(&output, 1, 1000) <= 0 && errno != EINTR) return -1;
            continue;
        }
        if (written <= 0) return -1;
        next += written;
        length -= (size_t)written;
    }
    return 0;
}

/* ---- Crash signals: restore the terminal, let the previous handler report, then die as the signal would have. ---- */

static const int crash_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP };
#define CRASH_COUNT (sizeof crash_signals / sizeof crash_signals[0])
static struct sigaction previous_crash[CRASH_COUNT];
static int crash_installed = 0;
static volatile sig_atomic_t curses_active = 0;

void cn_set_curses_active(int active) { curses_active = active; }

static void on_crash_signal(int signal_number, siginfo_t *info, void *context) {
    if (curses_active) {
        curses_active = 0;
        if (reset_sequence[0] != '\0') write_fd(STDOUT_FILENO, reset_sequence);
        endwin();
        write_all("\033[?2004l");
    }
    /* Then the handler that was there before (the Swift runtime's crash report, now readable
     * on the restored terminal), and finally the default action. */
    for (size_t i = 0; i < CRASH_COUNT; i++) {
        if (crash_signals[i] != signal_number) continue;
        struct sigaction previous = previous_crash[i];
        if (previous.sa_flags & SA_SIGINFO) {
            if (previous.sa_sigaction != NULL) previous.sa_sigaction(signal_number, info, context);
        } else if (previous.sa_handler != SIG_DFL && previous.sa_handler != SIG_IGN) {
            previous.sa_handler(signal_number);
        }
    }
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

void cn_install_crash_handlers(void) {
    if (crash_installed) return;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = on_crash_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_SIGINFO | SA_RESETHAND | SA_NODEFER | SA_ONSTACK;
    for (size_t i = 0; i < CRASH_COUNT; i++) sigaction(crash_signals[i], &action, &previous_crash[i]);
    crash_installed = 1;
}

void cn_uninstall_crash_handlers(void) {
    if (!crash_installed) return;
    for (size_t i = 0; i < CRASH_COUNT; i++) sigaction(crash_signals[i], &previous_crash[i], NULL);
    crash_installed = 0;
}
