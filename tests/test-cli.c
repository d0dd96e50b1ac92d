/* test-cli.c: exit statuses and messages of `roundtable --validate`,
 * `--export` and friends, run in-process with no display
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "cli/rt-cli.h"
#include "io/rt-xml-reader.h"

typedef struct {
  int      status;
  gboolean handled;
  char    *out;
  char    *err;
} Run;

static char *
read_stream (FILE *stream)
{
  GString *text = g_string_new (NULL);
  char buffer[4096];
  size_t n;

  rewind (stream);
  while ((n = fread (buffer, 1, sizeof buffer, stream)) > 0)
    g_string_append_len (text, buffer, n);
  fclose (stream);
  return g_string_free (text, FALSE);
}

/* Runs `roundtable ARGS…`; the list ends with NULL. */
static Run
run (const char *first,
     ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  FILE *out = tmpfile ();
  FILE *err = tmpfile ();
  Run result = { 0, };
  va_list ap;

  g_ptr_array_add (args, (gpointer) "roundtable");
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  g_assert_nonnull (out);
  g_assert_nonnull (err);
  result.status = rt_cli_run_with_output (args->len - 1, (char **) args->pdata,
                                          &result.handled, out, err);
  result.out = read_stream (out);
  result.err = read_stream (err);
  g_test_message ("status %d\nout: %s\nerr: %s", result.status, result.out, result.err);
  return result;
}

static void
run_clear (Run *r)
{
  g_free (r->out);
  g_free (r->err);
}

static char *
data_file (const char *subdir,
           const char *name)
{
  return g_build_filename (TEST_DATA_DIR, subdir, name, NULL);
}

static void
test_not_ours (void)
{
  Run r = run (NULL, NULL);

  g_assert_false (r.handled);
  g_assert_cmpint (r.status, ==, 0);
  run_clear (&r);

  r = run ("saturday.roundtable", "--gapplication-service", NULL);
  g_assert_false (r.handled);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_cmpstr (r.err, ==, "");
  run_clear (&r);

  /* After "--" nothing is an option. */
  r = run ("--", "--validate", NULL);
  g_assert_false (r.handled);
  run_clear (&r);
}

static void
test_help (void)
{
  Run r = run ("--help", NULL);

  g_assert_true (r.handled);
  g_assert_cmpint (r.status, ==, RT_CLI_OK);
  g_assert_nonnull (strstr (r.out, "--validate FILE"));
  g_assert_nonnull (strstr (r.out, "--export OUT FILE"));
  g_assert_nonnull (strstr (r.out, ".roundtable"));
  g_assert_cmpstr (r.err, ==, "");
  run_clear (&r);
}

static void
test_validate (void)
{
  g_autofree char *good = data_file ("valid", "every-field.roundtable");
  g_autofree char *also_good = data_file ("valid", "format-example.roundtable");
  g_autofree char *bad = data_file ("invalid", "unknown-link-to.roundtable");
  g_autofree char *missing = data_file ("valid", "missing.roundtable");
  Run r;

  r = run ("--validate", good, also_good, NULL);
  g_assert_true (r.handled);
  g_assert_cmpint (r.status, ==, RT_CLI_OK);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_nonnull (strstr (r.out, "every-field.roundtable: valid"));
  run_clear (&r);

  /* Every file is checked; any refusal fails the run and says where,
   * what to do, and at the end that nothing was changed. */
  r = run ("--validate", bad, good, missing, NULL);
  g_assert_cmpint (r.status, ==, RT_CLI_FAILED);
  g_assert_nonnull (strstr (r.err, "roundtable: unknown-link-to.roundtable, line 19: the link "
                                   "points to node “n99”, which is not in this map. If it was "
                                   "edited by hand or by another program, correct it in a text "
                                   "editor where the message says, or open a backup copy of "
                                   "it.\n"));
  g_assert_nonnull (strstr (r.err, "roundtable: missing.roundtable: there is no such file. "
                                   "Check the file’s name and folder: it may have been moved, "
                                   "renamed or deleted.\n"));
  g_assert_true (g_str_has_suffix (r.err, "roundtable: 2 of 3 maps were refused; checking them "
                                          "changed nothing.\n"));
  g_assert_nonnull (strstr (r.out, "every-field.roundtable: valid"));
  run_clear (&r);

  r = run ("--validate", NULL);
  g_assert_cmpint (r.status, ==, RT_CLI_USAGE);
  g_assert_nonnull (strstr (r.err, "--validate needs at least one map file"));
  run_clear (&r);
}

static void
test_export (void)
{
  g_autofree char *messy = data_file ("lenient", "sections-out-of-order.roundtable");
  g_autofree char *example = data_file ("valid", "format-example.roundtable");
  g_autofree char *bad = data_file ("invalid", "repeated-link.roundtable");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("rt-cli-XXXXXX", &error);
  g_autofree char *out = g_build_filename (dir, "clean.roundtable", NULL);
  g_autofree char *out2 = g_build_filename (dir, "again.ROUNDTABLE", NULL);
  g_autofree char *out2_option = g_strconcat ("--export=", out2, NULL);
  g_autofree char *unwritten = g_build_filename (dir, "never.roundtable", NULL);
  g_autofree char *nowhere = g_build_filename (dir, "no-such-folder", "map.csv", NULL);
  g_autofree char *nowhere_png = g_build_filename (dir, "no-such-folder", "map.png", NULL);
  g_autofree char *written = NULL;
  g_autofree char *again = NULL;
  g_autofree char *written2 = NULL;
  g_autoptr(RtDocument) a = NULL;
  g_autoptr(RtDocument) b = NULL;
  Run r;

  g_assert_no_error (error);

  /* Exporting to .roundtable normalises: a messy file comes out in the
   * canonical form, the same as the tidy file of the same map. */
  r = run ("--export", out, messy, NULL);
  g_assert_true (r.handled);
  g_assert_cmpint (r.status, ==, RT_CLI_OK);
  run_clear (&r);
  r = run (out2_option, example, NULL);
  g_assert_cmpint (r.status, ==, RT_CLI_OK);
  run_clear (&r);
  g_assert_true (g_file_get_contents (out, &written, NULL, NULL));
  g_assert_true (g_file_get_contents (out2, &written2, NULL, NULL));
  g_assert_cmpstr (written, ==, written2);
  a = rt_xml_read_file (messy, NULL);
  b = rt_xml_read_file (out, NULL);
  g_assert_true (rt_document_equal (a, b, NULL));

  /* A refused map writes nothing, and says so. */
  r = run ("--export", unwritten, bad, NULL);
  g_assert_cmpint (r.status, ==, RT_CLI_FAILED);
  g_assert_true (g_str_has_prefix (r.err, "roundtable: repeated-link.roundtable, line 20: "));
  g_assert_nonnull (strstr (r.err, " Nothing was exported. If it was edited by hand"));
  g_assert_false (g_file_test (unwritten, G_FILE_TEST_EXISTS));
  run_clear (&r);

  /* A refused map leaves a file already there as it was. */
  r = run ("--export", out, bad, NULL);
  g_assert_cmpint (r.status, ==, RT_CLI_FAILED);
  g_assert_nonnull (strstr (r.err, " Nothing was exported; “clean.roundtable” was not "
                                   "changed. "));
  g_assert_true (g_file_get_contents (out, &again, NULL, NULL));
  g_assert_cmpstr (again, ==, written);
  run_clear (&r);

  /* A folder that is not there: what happened, what was kept, what to do. */
  r = run ("--export", nowhere, example, NULL);
  g_assert_cmpint (r.status, ==, RT_CLI_FAILED);
  g_assert_cmpstr (r.err, ==, "roundtable: “map.csv” could not be written: its folder does not "
                              "exist. No file was written. If the folder is on a drive that was "
                              "unplugged, plug it in again; otherwise choose another folder.\n");
  run_clear (&r);
  r = run ("--export", nowhere_png, example, NULL);
  g_assert_cmpint (r.status, ==, RT_CLI_FAILED);
  g_assert_cmpstr (r.err, ==, "roundtable: “map.png” could not be written: its folder does not "
                              "exist. No file was written. If the folder is on a drive that was "
                              "unplugged, plug it in again; otherwise choose another folder.\n");
  run_clear (&r);

  /* An unknown format is a usage error that names the known ones. */
  r = run ("--export", "map.docx", example, NULL);
  g_assert_cmpint (r.status, ==, RT_CLI_USAGE);
  g_assert_nonnull (strstr (r.err, "“map.docx”"));
  g_assert_nonnull (strstr (r.err, ".roundtable"));
  run_clear (&r);

  r = run ("--export", out, NULL);
  g_assert_cmpint (r.status, ==, RT_CLI_USAGE);
  run_clear (&r);
  r = run ("--export", NULL);
  g_assert_cmpint (r.status, ==, RT_CLI_USAGE);
  run_clear (&r);
  r = run ("--export", out, example, messy, NULL);
  g_assert_cmpint (r.status, ==, RT_CLI_USAGE);
  run_clear (&r);

  g_unlink (out);
  g_unlink (out2);
  g_rmdir (dir);
}

static void
test_export_formats (void)
{
  static const struct {
    const char *name;
    const char *starts;
  } outputs[] = {
    { "map.png", "\x89PNG" },
    { "map.svg", "<?xml" },
    { "map.pdf", "%PDF" },
    { "map.md", "# Saturday opening" },
    { "map.csv", "decision,person" },
    { "map.mm", "<map" },
    { "map.opml", "<?xml" },
  };
  g_autofree char *example = data_file ("valid", "format-example.roundtable");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("rt-cli-XXXXXX", &error);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
    {
      g_autofree char *path = g_build_filename (dir, outputs[i].name, NULL);
      g_autofree char *contents = NULL;
      gsize len;
      Run r = run ("--export", path, example, NULL);

      g_assert_cmpint (r.status, ==, RT_CLI_OK);
      g_assert_cmpstr (r.err, ==, "");
      run_clear (&r);
      g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
      g_assert_cmpuint (len, >=, strlen (outputs[i].starts));
      g_assert_true (memcmp (contents, outputs[i].starts, strlen (outputs[i].starts)) == 0);
      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
test_print (void)
{
  g_autofree char *example = data_file ("valid", "format-example.roundtable");
  g_autofree char *bad = data_file ("invalid", "billion-laughs.roundtable");
  Run r;

  r = run ("--stats", example, NULL);
  g_assert_cmpint (r.status, ==, RT_CLI_OK);
  g_assert_true (g_str_has_prefix (r.out, "{"));
  run_clear (&r);

  r = run ("--report", example, NULL);
  g_assert_cmpint (r.status, ==, RT_CLI_OK);
  g_assert_nonnull (strstr (r.out, "Saturday opening of the branch library"));
  run_clear (&r);

  r = run ("--report", bad, NULL);
  g_assert_cmpint (r.status, ==, RT_CLI_FAILED);
  g_assert_true (g_str_has_prefix (r.err, "roundtable: billion-laughs.roundtable, line 3: "));
  g_assert_nonnull (strstr (r.err, "to keep your computer safe. Nothing was printed. Ask "
                                   "whoever made the file"));
  g_assert_cmpstr (r.out, ==, "");
  run_clear (&r);

  r = run ("--stats", example, example, NULL);
  g_assert_cmpint (r.status, ==, RT_CLI_USAGE);
  run_clear (&r);
}

static void
test_usage_errors (void)
{
  g_autofree char *example = data_file ("valid", "format-example.roundtable");
  Run r;

  r = run ("--validate", "--frobnicate", example, NULL);
  g_assert_cmpint (r.status, ==, RT_CLI_USAGE);
  g_assert_nonnull (strstr (r.err, "unknown option “--frobnicate”"));
  g_assert_nonnull (strstr (r.err, "roundtable --help"));
  run_clear (&r);

  r = run ("--validate", example, "--stats", example, NULL);
  g_assert_cmpint (r.status, ==, RT_CLI_USAGE);
  run_clear (&r);

  r = run ("--validate", "--validate", example, NULL);
  g_assert_cmpint (r.status, ==, RT_CLI_USAGE);
  run_clear (&r);

  /* A map whose name starts with a dash comes after "--". */
  r = run ("--validate", "--", "-odd.roundtable", NULL);
  g_assert_cmpint (r.status, ==, RT_CLI_FAILED);
  g_assert_nonnull (strstr (r.err, "roundtable: -odd.roundtable: there is no such file."));
  g_assert_true (g_str_has_suffix (r.err, "roundtable: 1 of 1 map was refused; checking it "
                                          "changed nothing.\n"));
  run_clear (&r);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* The command line must not need a display or a session bus. */
  g_unsetenv ("DISPLAY");
  g_unsetenv ("WAYLAND_DISPLAY");
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus", TRUE);

  g_test_add_func ("/cli/not-ours", test_not_ours);
  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/validate", test_validate);
  g_test_add_func ("/cli/export", test_export);
  g_test_add_func ("/cli/export-formats", test_export_formats);
  g_test_add_func ("/cli/print", test_print);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);

  return g_test_run ();
}
