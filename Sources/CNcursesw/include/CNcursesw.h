/* CNcursesw: ncursesw with the wide-character API, plus what Swift cannot import by itself
 * (attribute macros, C globals, KEY_F) and the signal handling TerminalCurses needs.
 * Everything this target adds is prefixed cn_ / CN_; the functions are in cncursesw.c. */
#ifndef CNCURSESW_H
#define CNCURSESW_H

/* Swift clients import this header without the target's cSettings: switch the
 * wide-character API on here too, before curses.h is read. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Attributes (the A_* macros are not imported into Swift). */
static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }

/* C globals, as functions (Swift 6 rejects mutable C globals as not concurrency-safe). */
WINDOW *cn_stdscr(void);
int cn_colors(void);
int cn_color_pairs(void);
int cn_lines(void);
int cn_cols(void);
FILE *cn_stdin(void);
FILE *cn_stdout(void);
/* Columns the C library (and so ncurses) gives a wide character: 0, 1, 2, or -1 for none. */
int cn_wcwidth(wchar_t character);

/* Locale: setlocale(LC_ALL, ""), then LC_CTYPE=C.UTF-8 if the codeset is not UTF-8.
 * Returns 1 if the character type is UTF-8 afterwards, else 0. */
int cn_setup_locale(void);

/* Why the terminal cannot be used, or CN_TERMINAL_OK. */
enum {
    CN_TERMINAL_OK = 0,
    CN_TERMINAL_NOT_A_TTY = 1,      /* standard input or output is not a terminal */
    CN_TERMINAL_NO_TERM = 2,        /* TERM is unset or empty */
    CN_TERMINAL_UNKNOWN = 3,        /* no terminfo entry for TERM */
    CN_TERMINAL_NO_CURSOR = 4,      /* the terminal cannot address the cursor (cup), e.g. dumb */
};
/* Checks stdin/stdout, TERM and the terminfo entry without starting curses (never exits). */
int cn_check_terminal(void);
/* The value of TERM, or "" when unset. */
const char *cn_term_name(void);

/* Bracketed paste on/off (ESC[?2004h / ESC[?2004l), written straight to standard output. */
void cn_bracketed_paste(int on);
/* Output processing (OPOST) off on standard output, kept as curses' program mode: call after curses set its modes (raw, nonl, intrflush). */
void cn_raw_output(void);

/* Signals.
 * Quit signals (SIGINT, SIGTERM, SIGHUP, SIGQUIT): a handler installed without SA_RESTART records the
 * number only (and wakes the key reader, see cn_read_input); read it with
 * cn_take_signal. Crash signals (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP): while
 * curses is active the handler restores the terminal (endwin, bracketed paste off), calls the
 * handler installed before it (the Swift runtime's crash report, now on the normal screen) and
 * re-raises with the default action. SIGWINCH: see Resizes below.
 * The uninstall functions put back the handlers that were there before.
 * Install the quit handlers from the thread that reads keys: a quit signal delivered to another
 * thread is forwarded to it, so its blocking read is interrupted. */
void cn_install_quit_handlers(void);
void cn_uninstall_quit_handlers(void);
void cn_install_crash_handlers(void);
void cn_uninstall_crash_handlers(void);
/* The last quit signal recorded and not yet taken (then cleared, and the watchdog disarmed), or 0. */
int cn_take_signal(void);
/* The quit signal recorded and not yet taken, without taking it (for long loops to poll), or 0. */
int cn_peek_signal(void);
/* Watchdog: a quit signal not taken within this many seconds (default 3; 0 = never) ends the
 * process from the signal side: alternate screen and bracketed paste left, terminal modes as
 * before curses, the registered cleanup paths (locks) unlinked, exit status 128 + signal. */
void cn_set_quit_grace(int seconds);
/* Prepares the sequences the watchdog writes (call after newterm, terminfo loaded). */
void cn_prepare_leave_sequence(void);
/* Files the watchdog removes (at most 8): 1 if registered. */
int cn_register_cleanup_path(const char *path);
/* Ends the process now as the watchdog does: terminal restored, registered files removed,
 * _exit(128 + signal_number). Async-signal-safe. */
void cn_emergency_exit(int signal_number);
/* Re-arms the emergency watchdog `seconds` from now while a quit signal is pending (the
 * session's own watchdog thread is keeping the draft and needs the time). */
void cn_extend_quit_grace(int seconds);
/* Blocks until the first quit signal arrives (call from one watchdog thread only); returns it,
 * -1 when it was already taken, 0 when waiting is impossible. */
int cn_wait_quit_signal(void);
void cn_unregister_cleanup_path(const char *path);

/* Job control. SIGTSTP (Ctrl-Z from outside, kill -TSTP) and SIGCONT (fg, kill -CONT) are
 * recorded and interrupt a blocking read; take them with cn_take_suspend / cn_take_resume.
 * cn_stop_self stops the process as SIGTSTP would (call after endwin) and returns after SIGCONT. */
void cn_install_job_control(void);
void cn_uninstall_job_control(void);
int cn_take_suspend(void);
int cn_take_resume(void);
void cn_stop_self(void);

/* Resizes. Curses never sees SIGWINCH: its handler is installed only where none is, and this one
 * is installed before newterm. It records the resize (passed on to the thread that reads keys,
 * whose blocking read returns EINTR); take it with cn_take_resize, read the size with
 * cn_terminal_size. Curses' own screens (stdscr, curscr, newscr: 28 bytes a cell each, which
 * the frames never use) stay at the one cell cn_newterm_one_cell gives them. */
void cn_install_resize_handler(void);
void cn_uninstall_resize_handler(void);
int cn_take_resize(void);
/* The terminal's rows and columns: its own (TIOCGWINSZ), else LINES and COLUMNS, else terminfo, else 24×80. */
void cn_terminal_size(int *rows, int *columns);
/* newterm on standard output and input with screens of one cell; NULL when curses cannot start. */
SCREEN *cn_newterm_one_cell(void);
/* wrefresh, the screens kept at one cell (after endwin curses measures the terminal again).
 * Changes the environment for the call: only while no other thread runs (opening the terminal). */
int cn_refresh_one_cell(WINDOW *window);

/* Keys are read from standard input directly, not through curses (see InputReader).
 * The wake pipe (close-on-exec, non-blocking) is written by every signal handler above, so a
 * signal that arrives just before the reader polls still wakes it. */
int cn_open_wake_pipe(void);
void cn_close_wake_pipe(void);
#define CN_READ_TIMED_OUT (-1)
#define CN_READ_WOKEN (-2)
/* Waits at most `timeout` milliseconds (-1: as long as it takes) for standard input or a signal,
 * then reads what is waiting, at most `capacity` bytes, in one read(2). Returns the byte count,
 * 0 at end of input (or a terminal that is gone), CN_READ_TIMED_OUT, or CN_READ_WOKEN (a signal
 * came or the read was interrupted: take the signals, then read again). */
int cn_read_input(unsigned char *buffer, int capacity, int timeout);
/* How long a lone Esc waits for the rest of a sequence, in milliseconds: the environment's
 * ESCDELAY as curses reads it (0–10000), else `fallback`. */
int cn_escape_delay(int fallback);
/* 1 if input is waiting on standard input (polled without waiting), else 0. */
int cn_input_waiting(void);
/* 1 if the terminal has an alternate screen (smcup); without one the screen must be cleared on exit. */
int cn_has_alternate_screen(void);
/* Writes the terminal's clear-screen sequence (after endwin, terminfo still loaded). */
void cn_clear_screen_after_endwin(void);
/* Gives the terminal to the shell for a suspension as endwin does (cursor shown, alternate screen
 * left — or the screen cleared where there is none —, keypad off, the shell's modes), without
 * endwin: curses stays running, so it never measures the terminal again when it comes back. */
void cn_leave_screen(void);
/* Takes it back after a suspension: the program's modes, the alternate screen, the cursor hidden. */
void cn_enter_screen(void);
/* Terminfo of the current terminal, for writing frames without curses' screen update.
 * A string capability, or NULL when the terminal has none. */
const char *cn_tigetstr(const char *name);
/* A boolean capability: 1, 0 (absent or false). */
int cn_tigetflag(const char *name);
/* A numeric capability, or -1 when absent. */
int cn_tigetnum(const char *name);
/* tiparm with one or two numbers (Swift cannot call a variadic function); NULL on error.
 * The result is a static buffer: copy it before the next call. */
const char *cn_tiparm1(const char *format, int first);
const char *cn_tiparm2(const char *format, int first, int second);
/* Writes `length` bytes to standard output in as few write(2)s as the terminal takes (short
 * writes and EINTR retried, EAGAIN waited out with poll): 0 when all were written, else -1. */
int cn_write_out(const void *bytes, size_t length);

/* Tells the crash handler whether curses is active (whether to call endwin). */
void cn_set_curses_active(int active);

#endif
