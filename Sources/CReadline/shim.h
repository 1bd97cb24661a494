#ifndef CREADLINE_SHIM_H
#define CREADLINE_SHIM_H
#include <stdio.h>
#include <stdlib.h>
#include <readline/readline.h>
#include <readline/history.h>
/* The REPL reads Ctrl-C from a signalfd; Glibc's Swift module does not export it. */
#include <sys/signalfd.h>

/*
 * Swift 6 rejects direct use of readline's mutable C globals (shared mutable state), so the few
 * the REPL needs are reached through these accessors instead of @preconcurrency imports.
 */
static inline void lab_rl_set_attempted_completion(rl_completion_func_t *f) { rl_attempted_completion_function = f; }
static inline void lab_rl_set_completion_over(int v) { rl_attempted_completion_over = v; }
static inline void lab_rl_set_readline_name(const char *name) { rl_readline_name = name; }
static inline const char *lab_rl_line_buffer(void) { return rl_line_buffer; }
static inline const char *lab_rl_library_version(void) { return rl_library_version; }
/* Readline must not install its own SIGINT handler: the REPL takes SIGINT through a signalfd. */
static inline void lab_rl_set_catch_signals(int v) { rl_catch_signals = v; }

#endif
