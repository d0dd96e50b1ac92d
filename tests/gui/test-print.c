/* test-print.c: printing the map fitted, tiled and the workshop report,
 * through the print operation's export to PDF
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "app/rt-window-print.h"
#include "app/rt-window-print-markdown.h"
#include "app/rt-window-private.h"
#include "io/rt-xml-reader.h"

static char *
run (const char *const *argv)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                     &status, &error))
    g_error ("%s: %s", argv[0], error->message);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s\n%s", argv[0], error->message, err);
  return g_steal_pointer (&out);
}

static int
pdf_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = run (argv);
  const char *line = strstr (info, "\nPages:");

  g_assert_nonnull (line);
  return atoi (line + strlen ("\nPages:"));
}

/* The text of the PDF, its lines joined with spaces, so that a node text
 * wrapped over two lines still reads as one. */
static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  g_autofree char *text = run (argv);
  g_auto(GStrv) words = g_strsplit_set (text, " \n\f", -1);
  GString *joined = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (joined, "%s ", words[i]);
  return g_string_free (joined, FALSE);
}

/* The first page as a PNG beside the test, to look at. */
static void
keep_png (const char *pdf,
          const char *name)
{
  g_autofree char *prefix = g_build_filename (g_getenv ("G_TEST_BUILDDIR") != NULL
                                                ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                              name, NULL);
  const char *argv[] = { "pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "2", pdf, prefix, NULL };
  g_autofree char *out = run (argv);
}

static gboolean
have_poppler (void)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdftoppm = g_find_program_in_path ("pdftoppm");

  if (pdfinfo != NULL && pdftotext != NULL && pdftoppm != NULL)
    return TRUE;
  g_test_skip ("needs pdfinfo, pdftotext and pdftoppm (poppler-utils)");
  return FALSE;
}

static RtWindow *
window_with (RtDocument *document)
{
  RtWindow *window = rt_window_new (NULL);

  rt_window_set_document (window, document, NULL, NULL);
  return window;
}

static RtDocument *
library_map (void)
{
  g_autofree char *path = g_build_filename (SOURCE_ROOT, "data", "examples",
                                            "saturday-library.roundtable", NULL);
  g_autoptr(GError) error = NULL;
  RtDocument *document = rt_xml_read_file (path, &error);

  g_assert_no_error (error);
  return document;
}

/* Problems, each with 4 responses, each with 2 pros, none placed. */
static RtDocument *
big_map (guint n_problems)
{
  RtDocument *document = rt_document_new ();
  guint n = 0;

  rt_document_set_meta (document, "Big workshop", NULL, RT_TIME_NONE, RT_TIME_NONE);
  for (guint p = 0; p < n_problems; p++)
    {
      g_autofree char *pid = g_strdup_printf ("n%u", ++n);
      RtNode *problem = rt_node_new (pid, RT_NODE_PROBLEM);

      g_free (problem->text);
      problem->text = g_strdup_printf ("Problem number %u", p + 1);
      rt_document_take_node (document, problem);
      for (guint r = 0; r < 4; r++)
        {
          g_autofree char *rid = g_strdup_printf ("n%u", ++n);
          RtNode *response = rt_node_new (rid, RT_NODE_RESPONSE);

          g_free (response->text);
          response->text = g_strdup_printf ("Response %u.%u", p + 1, r + 1);
          rt_document_take_node (document, response);
          rt_document_take_link (document, rt_link_new (rid, pid, RT_LINK_RESPONDS_TO));
          for (guint s = 0; s < 2; s++)
            {
              g_autofree char *sid = g_strdup_printf ("n%u", ++n);
              RtNode *pro = rt_node_new (sid, RT_NODE_PRO);

              g_free (pro->text);
              pro->text = g_strdup_printf ("Reason %u.%u.%u", p + 1, r + 1, s + 1);
              rt_document_take_node (document, pro);
              rt_document_take_link (document, rt_link_new (sid, rid, RT_LINK_SUPPORTS));
            }
        }
    }
  return document;
}

static char *
temp_pdf (const char *name)
{
  g_autofree char *dir = g_dir_make_tmp ("rt-print-XXXXXX", NULL);

  g_assert_nonnull (dir);
  return g_build_filename (dir, name, NULL);
}

static void
remove_pdf (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_print_modes_kept (void)
{
  RtWindow *window = rt_window_new (NULL);
  g_autoptr(RtDocument) document = library_map ();
  g_autoptr(GtkPrintOperation) operation = NULL;

  g_object_ref_sink (window);
  g_assert_cmpint (rt_window_print_get_mode (window), ==, RT_PRINT_MAP_FIT);
  g_assert_null (rt_window_print_operation_new (window));

  rt_window_set_document (window, document, NULL, NULL);
  rt_window_print_set_mode (window, RT_PRINT_REPORT);
  g_assert_cmpint (rt_window_print_get_mode (window), ==, RT_PRINT_REPORT);
  operation = rt_window_print_operation_new (window);
  g_assert_true (GTK_IS_PRINT_OPERATION (operation));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "print"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "page-setup"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&operation);
  g_assert_finalize_object (window);
}

/* The whole map on one page, every node text in it. */
static void
test_print_fit (void)
{
  g_autoptr(RtDocument) document = library_map ();
  RtWindow *window = window_with (document);
  g_autofree char *pdf = temp_pdf ("fit.pdf");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  if (!have_poppler ())
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  g_assert_true (rt_window_print_to_pdf (window, RT_PRINT_MAP_FIT, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pdf_pages (pdf), ==, 1);
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "Saturday opening of the branch library"));
  g_assert_nonnull (strstr (text, "Who staffs the library on Saturdays?"));
  g_assert_nonnull (strstr (text, "A monthly volunteer rota"));
  keep_png (pdf, "print-fit");
  remove_pdf (pdf);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A big map tiled at a readable size takes several pages, and together
 * they hold every node. */
static void
test_print_tile (void)
{
  g_autoptr(RtDocument) document = big_map (25);
  RtWindow *window = window_with (document);
  g_autofree char *pdf = temp_pdf ("tile.pdf");
  g_autofree char *fit = temp_pdf ("fit.pdf");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  guint history;

  if (!have_poppler ())
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  history = rt_document_get_history_length (document);
  g_assert_true (rt_window_print_to_pdf (window, RT_PRINT_MAP_TILE, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pdf_pages (pdf), >, 1);
  text = pdf_text (pdf);
  for (guint p = 1; p <= 25; p++)
    {
      g_autofree char *problem = g_strdup_printf ("Problem number %u ", p);
      g_autofree char *reason = g_strdup_printf ("Reason %u.4.2 ", p);

      g_assert_nonnull (strstr (text, problem));
      g_assert_nonnull (strstr (text, reason));
    }
  g_assert_nonnull (strstr (text, "row 1, column 1"));
  keep_png (pdf, "print-tile");

  /* The same map fitted is still one page. */
  g_assert_true (rt_window_print_to_pdf (window, RT_PRINT_MAP_FIT, fit, &error));
  g_assert_cmpint (pdf_pages (fit), ==, 1);
  keep_png (fit, "print-fit-big");

  /* Printing lays out a copy: the map on screen is not changed. */
  g_assert_cmpuint (rt_document_get_history_length (document), ==, history);

  remove_pdf (pdf);
  remove_pdf (fit);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The report: its headings, decisions and the participation table. */
static void
test_print_report (void)
{
  g_autoptr(RtDocument) document = library_map ();
  RtWindow *window = window_with (document);
  g_autofree char *pdf = temp_pdf ("report.pdf");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  if (!have_poppler ())
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  g_assert_true (rt_window_print_to_pdf (window, RT_PRINT_REPORT, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pdf_pages (pdf), >=, 1);
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "Saturday opening of the branch library"));
  g_assert_nonnull (strstr (text, "People present"));
  g_assert_nonnull (strstr (text, "Decisions"));
  g_assert_nonnull (strstr (text, "Open problems"));
  g_assert_nonnull (strstr (text, "Participation"));
  g_assert_nonnull (strstr (text, "A monthly volunteer rota"));
  g_assert_nonnull (strstr (text, "Contributions"));
  g_assert_nonnull (strstr (text, "Page 1 of"));
  /* Markdown marks are not printed. */
  g_assert_null (strstr (text, "## "));
  g_assert_null (strstr (text, "**"));
  g_assert_null (strstr (text, "| ---"));
  keep_png (pdf, "print-report");
  remove_pdf (pdf);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A report longer than a page goes on over several, numbered. */
static void
test_print_long_report (void)
{
  g_autoptr(RtDocument) document = big_map (90);
  RtWindow *window = window_with (document);
  g_autofree char *pdf = temp_pdf ("long.pdf");
  g_autofree char *text = NULL;
  g_autofree char *last = NULL;
  g_autoptr(GError) error = NULL;
  int pages;

  if (!have_poppler ())
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  g_assert_true (rt_window_print_to_pdf (window, RT_PRINT_REPORT, pdf, &error));
  g_assert_no_error (error);
  pages = pdf_pages (pdf);
  g_assert_cmpint (pages, >, 1);
  text = pdf_text (pdf);
  last = g_strdup_printf ("Page %d of %d", pages, pages);
  g_assert_nonnull (strstr (text, last));
  g_assert_nonnull (strstr (text, "Problem number 90"));
  keep_png (pdf, "print-long-report");
  remove_pdf (pdf);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_inline_markup (void)
{
  struct {
    const char *markdown;
    const char *markup;
  } cases[] = {
    { "plain", "plain" },
    { "**Owners**", "<b>Owners</b>" },
    { "**Supporting:** Ben", "<b>Supporting:</b> Ben" },
    { "a \\*b\\* \\| c", "a *b* | c" },
    { "x < y & z", "x &lt; y &amp; z" },
    { "`code *not em*`", "<tt>code *not em*</tt>" },
    { "**bold *both** em*", "<b>bold <i>both</i></b><i> em</i>" },
    { "**open", "<b>open</b>" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *markup = rt_print_markdown_inline (cases[i].markdown, -1);

      g_assert_cmpstr (markup, ==, cases[i].markup);
      g_assert_true (pango_parse_markup (markup, -1, 0, NULL, NULL, NULL, NULL));
    }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/print/modes-kept", test_print_modes_kept);
  g_test_add_func ("/print/fit", test_print_fit);
  g_test_add_func ("/print/tile", test_print_tile);
  g_test_add_func ("/print/report", test_print_report);
  g_test_add_func ("/print/long-report", test_print_long_report);
  g_test_add_func ("/print/inline-markup", test_inline_markup);

  return g_test_run ();
}
