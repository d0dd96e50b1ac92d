/* test-export-formats.c: the Export dialog writes the workshop report, the
 * action list, FreeMind maps and OPML outlines as well as images
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "app/rt-export-dialog.h"
#include "app/rt-window-private.h"
#include "cli/rt-report.h"
#include "io/rt-export-csv.h"
#include "io/rt-freemind.h"
#include "io/rt-opml.h"
#include "io/rt-xml-reader.h"

static gboolean
wait_until (gboolean (*done) (gpointer),
            gpointer   data)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!done (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return TRUE;
}

typedef struct {
  gboolean done;
  gboolean ok;
  GError  *error;
} Wait;

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Wait *wait = user_data;

  wait->ok = rt_export_map_finish (RT_WINDOW (source), result, &wait->error);
  wait->done = TRUE;
}

static gboolean
is_done (gpointer data)
{
  return ((Wait *) data)->done;
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

static char *
export_to (RtWindow   *window,
           const char *dir,
           const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  Wait wait = { FALSE, FALSE, NULL };
  char *contents = NULL;

  g_assert_true (rt_export_document_async (window, file, exported_cb, &wait));
  g_assert_true (wait_until (is_done, &wait));
  g_assert_no_error (wait.error);
  g_assert_true (wait.ok);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpint (g_remove (path), ==, 0);
  return contents;
}

/* Each document format writes what the io and cli functions make of the
 * map. */
static void
test_export_documents (void)
{
  g_autoptr(RtDocument) document = library_map ();
  RtWindow *window = rt_window_new (NULL);
  g_autofree char *dir = g_dir_make_tmp ("rt-export-XXXXXX", NULL);
  g_autofree char *report = NULL;
  g_autofree char *expected_report = rt_report_markdown (document);
  g_autofree char *csv = NULL;
  g_autofree char *expected_csv = rt_export_csv (document);
  g_autofree char *mm = NULL;
  g_autoptr(GBytes) expected_mm = rt_freemind_write (document);
  g_autofree char *opml = NULL;
  g_autoptr(GBytes) expected_opml = rt_opml_write (document);
  g_autoptr(GFile) other = g_file_new_build_filename (dir, "map.txt", NULL);

  rt_window_set_document (window, document, NULL, NULL);

  report = export_to (window, dir, "Saturday.md");
  g_assert_cmpstr (report, ==, expected_report);
  csv = export_to (window, dir, "actions.CSV");
  g_assert_cmpstr (csv, ==, expected_csv);
  mm = export_to (window, dir, "library.mm");
  g_assert_cmpmem (mm, strlen (mm), g_bytes_get_data (expected_mm, NULL),
                   g_bytes_get_size (expected_mm));
  opml = export_to (window, dir, "library.opml");
  g_assert_cmpmem (opml, strlen (opml), g_bytes_get_data (expected_opml, NULL),
                   g_bytes_get_size (expected_opml));

  /* Anything else is not a document format. */
  g_assert_false (rt_export_document_async (window, other, NULL, NULL));

  g_assert_cmpint (g_rmdir (dir), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The dialog offers the images first, then the documents, each with its
 * extension. */
static void
test_export_dialog_filters (void)
{
  g_autoptr(RtDocument) document = library_map ();
  RtWindow *window = rt_window_new (NULL);
  GtkFileChooserNative *dialog;
  g_autoptr(GListModel) filters = NULL;
  const char *extensions[] = { ".png", ".svg", ".pdf", ".md", ".csv", ".mm", ".opml" };

  rt_window_set_document (window, document, NULL, NULL);
  dialog = rt_export_dialog_new (window);
  filters = gtk_file_chooser_get_filters (GTK_FILE_CHOOSER (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (filters), ==, G_N_ELEMENTS (extensions));
  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    {
      g_autoptr(GtkFileFilter) filter = g_list_model_get_item (filters, i);

      g_assert_cmpstr (g_object_get_data (G_OBJECT (filter), "rt-format"), ==, extensions[i]);
      g_assert_nonnull (gtk_file_filter_get_name (filter));
    }
  g_assert_cmpstr (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "background"), ==,
                   "light");

  /* Choosing a document's filter over the suggested "….png" exports the
   * document; a name with a document's extension keeps it; an image's
   * filter leaves the name to the image export. */
  {
    struct {
      const char *name;
      guint       filter;
      const char *resolved;
    } cases[] = {
      { "Saturday.png", 3, "Saturday.md" },
      { "Saturday", 4, "Saturday.csv" },
      { "Saturday.PNG", 5, "Saturday.mm" },
      { "Saturday.opml", 0, "Saturday.opml" },
      { "plan.v2", 6, "plan.v2.opml" },
      { "Saturday.png", 0, NULL },
      { "Saturday", 1, NULL },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autoptr(GFile) typed = g_file_new_build_filename ("/tmp", cases[i].name, NULL);
        g_autoptr(GtkFileFilter) filter = g_list_model_get_item (filters, cases[i].filter);
        g_autoptr(GFile) resolved = rt_export_dialog_resolve_document (typed, filter);
        g_autofree char *name = resolved != NULL ? g_file_get_basename (resolved) : NULL;

        g_assert_cmpstr (name, ==, cases[i].resolved);
      }
  }

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (dialog));
  g_object_unref (dialog);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/export/documents", test_export_documents);
  g_test_add_func ("/export/dialog-filters", test_export_dialog_filters);

  return g_test_run ();
}
