/* rt-cli.h: what `roundtable` does without a window
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdio.h>
#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of the command-line options. */
enum {
  RT_CLI_OK = 0,
  RT_CLI_FAILED = 1,   /* a map was refused, or a file could not be written */
  RT_CLI_USAGE = 2,    /* the command line itself is wrong */
};

/* Handles --validate FILE…, --export OUT FILE, --stats FILE,
 * --report FILE and --help, with no display and no D-Bus. Returns the
 * exit status. When argv holds none of these, sets *handled to FALSE and
 * returns 0: main() then starts the application. */
int rt_cli_run              (int        argc,
                             char     **argv,
                             gboolean  *handled);

/* The same, writing what it prints to out and its messages to err. */
int rt_cli_run_with_output  (int        argc,
                             char     **argv,
                             gboolean  *handled,
                             FILE      *out,
                             FILE      *err);

G_END_DECLS
