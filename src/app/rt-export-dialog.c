/* rt-export-dialog.c: exporting the map as a PNG, SVG or PDF image, or as
 * the workshop report, the action list, a FreeMind map or an OPML outline
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-app"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "cli/rt-report.h"
#include "io/rt-export-csv.h"
#include "io/rt-freemind.h"
#include "io/rt-io-error.h"
#include "io/rt-opml.h"
#include "rt-export-dialog.h"
#include "rt-window-map.h"
#include "rt-window-private.h"

/* PNG pixels per map unit: sharp on a projector and on paper. */
#define PNG_SCALE      2.0
/* The largest PNG made, in pixels (about 400 MB of memory while drawn). */
#define PNG_MAX_AREA   100e6

static const struct {
  RtImageFormat format;
  const char   *extension;
  const char   *mime_type;
} formats[] = {
  { RT_IMAGE_PNG, ".png", "image/png" },
  { RT_IMAGE_SVG, ".svg", "image/svg+xml" },
  { RT_IMAGE_PDF, ".pdf", "application/pdf" },
};

typedef gboolean (*DocumentExport) (RtDocument  *document,
                                    const char  *path,
                                    GError     **error);

/* What the map becomes besides an image: the whole map, whatever is
 * selected. */
static const struct {
  const char     *extension;
  const char     *mime_type;
  DocumentExport  export;
} documents[] = {
  { ".md", "text/markdown", rt_report_markdown_file },
  { ".csv", "text/csv", rt_export_csv_file },
  { ".mm", "application/x-freemind", rt_freemind_write_file },
  { ".opml", "text/x-opml", rt_opml_write_file },
};

/* The export itself. */

typedef struct {
  RtDocument   *document;   /* a copy, owned */
  DocumentExport document_export;  /* or NULL for an image */
  GPtrArray    *only_ids;   /* owned char *, or NULL for the whole map */
  char         *path;
  char         *name;       /* for the toast, or the error */
  RtImageFormat format;
  RtBackground  background;
  gboolean      existed;    /* a file was there before */
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->document);
  g_clear_pointer (&job->only_ids, g_ptr_array_unref);
  g_free (job->path);
  g_free (job->name);
  g_free (job);
}

static double
choose_scale (ExportJob  *job,
              GError    **error)
{
  double width, height, scale;

  if (job->format != RT_IMAGE_PNG)
    return 1.0;
  if (!rt_export_image_get_size (job->document, 1.0, job->only_ids, &width, &height, error))
    return 0.0;
  scale = PNG_SCALE;
  scale = MIN (scale, (RT_EXPORT_MAX_PIXELS - 1) / MAX (width, height));
  scale = MIN (scale, sqrt (PNG_MAX_AREA / MAX (width * height, 1.0)));
  return scale;
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  GError *error = NULL;
  double scale;

  job->existed = g_file_test (job->path, G_FILE_TEST_EXISTS);
  if (job->document_export != NULL)
    {
      if (job->document_export (job->document, job->path, &error))
        g_task_return_boolean (task, TRUE);
      else
        g_task_return_error (task, error);
      return;
    }

  scale = choose_scale (job, &error);
  if (scale > 0.0 &&
      rt_export_image (job->document, job->path, job->format, scale, job->background,
                       job->only_ids, &error))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }
  /* The file system's own words, put as ours are. */
  if (error->domain == G_IO_ERROR && error->code != G_IO_ERROR_CANCELLED)
    {
      g_autoptr(GError) cause = error;

      error = NULL;
      rt_io_set_write_error (&error, job->name, FALSE, job->existed, 0, cause);
    }
  g_task_return_error (task, error);
}

/* What became of the map and the file, and what to do, after error. */
static char *
dup_export_next (ExportJob    *job,
                 const GError *error)
{
  const char *kept = job->existed ? _("The file on disk was not changed.")
                                  : _("No file was written.");

  /* The readers' and writers' words say what became of the file. */
  if (error->domain == RT_IO_ERROR)
    return g_strdup (_("The map itself was not changed."));
  if (g_error_matches (error, RT_EXPORT_ERROR, RT_EXPORT_ERROR_EMPTY))
    return g_strjoin (" ", kept, _("Add ideas to the map, or select the ones to export, then "
                                   "export again."), NULL);
  if (g_error_matches (error, RT_EXPORT_ERROR, RT_EXPORT_ERROR_TOO_LARGE))
    return g_strjoin (" ", kept, _("Export the map as SVG or PDF instead, which stay sharp at "
                                   "any size, or export only the selected nodes."), NULL);
  return g_strjoin (" ", kept, _("Try again, or export the map in another format."), NULL);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  RtWindow *self = RT_WINDOW (source);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  GTask *outer = user_data;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* Translators: %s is the file name of the exported image. */
      g_autofree char *message = g_strdup_printf (_("Exported “%s”"), job->name);

      rt_window_show_toast (self, message);
      g_task_return_boolean (outer, TRUE);
    }
  else
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *heading = g_strdup_printf (_("Could Not Export “%s”"), job->name);
          g_autofree char *next = dup_export_next (job, error);

          rt_window_show_error (self, heading, error->message, next);
        }
      g_task_return_error (outer, g_steal_pointer (&error));
    }
  g_object_unref (outer);
}

void
rt_export_map_async (RtWindow            *window,
                     GFile               *file,
                     RtImageFormat        format,
                     RtBackground         background,
                     gboolean             selection_only,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GTask) task = NULL;
  RtDocument *document;
  ExportJob *job;

  g_return_if_fail (RT_IS_WINDOW (window));
  g_return_if_fail (G_IS_FILE (file));

  outer = g_task_new (window, window->cancellable, callback, user_data);
  g_task_set_source_tag (outer, rt_export_map_async);
  document = rt_window_get_document (window);
  if (document == NULL || g_file_peek_path (file) == NULL)
    {
      g_autoptr(GError) error = g_error_new_literal (RT_EXPORT_ERROR, RT_EXPORT_ERROR_FAILED,
                                                     _("Roundtable can export only to a folder "
                                                       "on this computer."));

      if (document != NULL)
        {
          g_autofree char *name = g_file_get_basename (file);
          g_autofree char *heading = g_strdup_printf (_("Could Not Export “%s”"), name);

          rt_window_show_error (window, heading, error->message,
                                _("The map itself was not changed, and no file was written. "
                                  "Choose a folder on this computer, then export again."));
        }
      g_task_return_error (outer, g_steal_pointer (&error));
      return;
    }

  job = g_new0 (ExportJob, 1);
  job->document = rt_document_copy (document);
  job->path = g_strdup (g_file_peek_path (file));
  job->name = g_file_get_basename (file);
  job->format = format;
  job->background = background;
  if (selection_only)
    {
      g_auto(GStrv) ids = rt_canvas_get_selection (rt_window_get_canvas (window));

      job->only_ids = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; ids[i] != NULL; i++)
        g_ptr_array_add (job->only_ids, g_strdup (ids[i]));
    }

  /* The copy is drawn in a thread: big maps take a while as PNG. */
  task = g_task_new (window, window->cancellable, export_done_cb, g_steal_pointer (&outer));
  g_task_set_source_tag (task, rt_export_map_async);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
rt_export_document_async (RtWindow            *window,
                          GFile               *file,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GTask) task = NULL;
  g_autofree char *lower = NULL;
  RtDocument *document;
  ExportJob *job;
  int format = -1;

  g_return_val_if_fail (RT_IS_WINDOW (window), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  document = rt_window_get_document (window);
  lower = g_utf8_strdown (g_file_peek_path (file) != NULL ? g_file_peek_path (file) : "", -1);
  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    if (g_str_has_suffix (lower, documents[i].extension))
      format = i;
  if (document == NULL || format < 0)
    return FALSE;

  outer = g_task_new (window, window->cancellable, callback, user_data);
  g_task_set_source_tag (outer, rt_export_map_async);
  job = g_new0 (ExportJob, 1);
  job->document = rt_document_copy (document);
  job->document_export = documents[format].export;
  job->path = g_strdup (g_file_peek_path (file));
  job->name = g_file_get_basename (file);

  task = g_task_new (window, window->cancellable, export_done_cb, g_steal_pointer (&outer));
  g_task_set_source_tag (task, rt_export_map_async);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_thread);
  return TRUE;
}

gboolean
rt_export_map_finish (RtWindow      *window,
                      GAsyncResult  *result,
                      GError       **error)
{
  g_return_val_if_fail (RT_IS_WINDOW (window), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, window), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* The dialog. */

GFile *
rt_export_dialog_resolve (GFile         *file,
                          GtkFileFilter *filter,
                          RtImageFormat *format)
{
  g_autofree char *name = NULL;
  g_autoptr(GFile) parent = NULL;
  g_autofree char *with_extension = NULL;
  const char *filter_format;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (format != NULL, NULL);

  name = g_file_get_basename (file);
  if (rt_image_format_from_path (name, format))
    return g_object_ref (file);

  *format = RT_IMAGE_PNG;
  filter_format = filter != NULL ? g_object_get_data (G_OBJECT (filter), "rt-format") : NULL;
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_strcmp0 (filter_format, formats[i].extension) == 0)
      *format = formats[i].format;
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (formats[i].format == *format)
      with_extension = g_strconcat (name, formats[i].extension, NULL);
  parent = g_file_get_parent (file);
  if (parent == NULL)
    return g_file_new_for_path (with_extension);
  return g_file_get_child (parent, with_extension);
}

GFile *
rt_export_dialog_resolve_document (GFile         *file,
                                   GtkFileFilter *filter)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *lower = g_utf8_strdown (name, -1);
  g_autoptr(GFile) parent = NULL;
  g_autofree char *with_extension = NULL;
  const char *filter_format;
  RtImageFormat image;
  char *dot;

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    if (g_str_has_suffix (lower, documents[i].extension))
      return g_object_ref (file);

  filter_format = filter != NULL ? g_object_get_data (G_OBJECT (filter), "rt-format") : NULL;
  dot = strrchr (name, '.');
  if (rt_image_format_from_path (lower, &image) && dot != NULL)
    *dot = '\0';
  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    if (g_strcmp0 (filter_format, documents[i].extension) == 0)
      with_extension = g_strconcat (name, documents[i].extension, NULL);
  if (with_extension == NULL)
    return NULL;
  parent = g_file_get_parent (file);
  if (parent == NULL)
    return g_file_new_for_path (with_extension);
  return g_file_get_child (parent, with_extension);
}

static void
response_cb (GtkNativeDialog *dialog,
             int              response,
             RtWindow        *self)
{
  GtkFileChooser *chooser = GTK_FILE_CHOOSER (dialog);
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) file = NULL;
  const char *scope, *background;
  RtBackground bg = RT_BACKGROUND_LIGHT;
  RtImageFormat format;

  if (response == GTK_RESPONSE_ACCEPT)
    chosen = gtk_file_chooser_get_file (chooser);
  if (chosen != NULL)
    {
      GtkFileFilter *filter = gtk_file_chooser_get_filter (chooser);
      g_autoptr(GFile) document_file = rt_export_dialog_resolve_document (chosen, filter);

      if (document_file != NULL && rt_export_document_async (self, document_file, NULL, NULL))
        {
          g_object_unref (dialog);
          return;
        }
      file = rt_export_dialog_resolve (chosen, filter, &format);
      scope = gtk_file_chooser_get_choice (chooser, "scope");
      background = gtk_file_chooser_get_choice (chooser, "background");
      if (g_strcmp0 (background, "dark") == 0)
        bg = RT_BACKGROUND_DARK;
      else if (g_strcmp0 (background, "transparent") == 0)
        bg = RT_BACKGROUND_TRANSPARENT;
      rt_export_map_async (self, file, format, bg, g_strcmp0 (scope, "selection") == 0,
                           NULL, NULL);
    }
  g_object_unref (dialog);
}

static char *
suggested_name (RtWindow *self)
{
  g_autofree char *name = rt_window_dup_display_name (self);
  char *p;

  if (g_str_has_suffix (name, ".roundtable"))
    name[strlen (name) - strlen (".roundtable")] = '\0';
  /* Characters file systems or portals refuse. */
  for (p = name; *p != '\0'; p++)
    if (strchr ("/\\:*?\"<>|", *p) != NULL)
      *p = '-';
  return g_strconcat (name, ".png", NULL);
}

GtkFileChooserNative *
rt_export_dialog_new (RtWindow *window)
{
  GtkFileChooserNative *native;
  GtkFileChooser *chooser;
  RtCanvas *canvas;
  g_autofree char *name = NULL;
  static const char *backgrounds[] = { "light", "dark", "transparent", NULL };
  const char *background_labels[] = { _("Light"), _("Dark"), _("Transparent"), NULL };
  static const char *scopes[] = { "map", "selection", NULL };
  const char *scope_labels[] = { _("Whole map"), _("Selected nodes"), NULL };
  const char *filter_names[] = { _("PNG image"), _("SVG image"), _("PDF document") };
  const char *document_names[] = {
    _("Workshop report (Markdown)"),
    _("Action list (CSV)"),
    _("FreeMind map"),
    _("OPML outline"),
  };

  g_return_val_if_fail (RT_IS_WINDOW (window), NULL);

  native = gtk_file_chooser_native_new (_("Export Map"), GTK_WINDOW (window),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  chooser = GTK_FILE_CHOOSER (native);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      GtkFileFilter *filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, filter_names[i]);
      gtk_file_filter_add_mime_type (filter, formats[i].mime_type);
      gtk_file_filter_add_suffix (filter, formats[i].extension + 1);
      g_object_set_data (G_OBJECT (filter), "rt-format", (gpointer) formats[i].extension);
      gtk_file_chooser_add_filter (chooser, filter);
      if (i == 0)
        gtk_file_chooser_set_filter (chooser, filter);
      g_object_unref (filter);
    }
  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      GtkFileFilter *filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, document_names[i]);
      gtk_file_filter_add_mime_type (filter, documents[i].mime_type);
      gtk_file_filter_add_suffix (filter, documents[i].extension + 1);
      g_object_set_data (G_OBJECT (filter), "rt-format", (gpointer) documents[i].extension);
      gtk_file_chooser_add_filter (chooser, filter);
      g_object_unref (filter);
    }

  canvas = rt_window_get_canvas (window);
  if (canvas != NULL && rt_canvas_get_n_selected (canvas) > 0)
    {
      gtk_file_chooser_add_choice (chooser, "scope", _("Export"), scopes, scope_labels);
      gtk_file_chooser_set_choice (chooser, "scope", "map");
    }
  gtk_file_chooser_add_choice (chooser, "background", _("Background"),
                               backgrounds, background_labels);
  gtk_file_chooser_set_choice (chooser, "background", "light");

  name = suggested_name (window);
  gtk_file_chooser_set_current_name (chooser, name);
  if (rt_window_get_file (window) != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (rt_window_get_file (window));

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (chooser, folder, NULL);
    }

  g_signal_connect_data (native, "response", G_CALLBACK (response_cb), g_object_ref (window),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  return native;
}

void
rt_export_dialog_present (RtWindow *window)
{
  g_return_if_fail (RT_IS_WINDOW (window));

  if (rt_window_get_document (window) == NULL)
    return;
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (rt_export_dialog_new (window)));
}
