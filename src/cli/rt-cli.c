/* rt-cli.c
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "roundtable-cli"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <gio/gio.h>

#include "cli/rt-cli.h"
#include "cli/rt-report.h"
#include "cli/rt-stats.h"
#include "io/rt-export-csv.h"
#include "io/rt-freemind.h"
#include "io/rt-io-error.h"
#include "io/rt-opml.h"
#include "io/rt-save.h"
#include "io/rt-xml-reader.h"
#include "render/rt-export-image.h"

/* PNG pixels per map unit, and the largest PNG made: as the export
 * dialog does. */
#define PNG_SCALE    2.0
#define PNG_MAX_AREA 100e6

typedef gboolean (*ExportFunc) (RtDocument *doc,
                                const char *path,
                                GError    **error);

static gboolean
export_roundtable (RtDocument *doc,
                   const char *path,
                   GError    **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return rt_save_file (doc, file, FALSE, NULL, error);
}

static gboolean
export_image (RtDocument *doc,
              const char *path,
              GError    **error)
{
  RtImageFormat format = RT_IMAGE_PNG;
  double scale = 1.0;

  if (!rt_image_format_from_path (path, &format))
    g_assert_not_reached ();
  if (format == RT_IMAGE_PNG)
    {
      double width, height;

      if (!rt_export_image_get_size (doc, 1.0, NULL, &width, &height, error))
        return FALSE;
      scale = PNG_SCALE;
      scale = MIN (scale, (RT_EXPORT_MAX_PIXELS - 1) / MAX (width, height));
      scale = MIN (scale, sqrt (PNG_MAX_AREA / MAX (width * height, 1.0)));
    }
  return rt_export_image (doc, path, format, scale, RT_BACKGROUND_LIGHT, NULL, error);
}

/* Every format --export writes, by the extension of the output file. */
static const struct {
  const char *extension;
  ExportFunc  export;
} exporters[] = {
  { ".roundtable", export_roundtable },
  { ".png", export_image },
  { ".svg", export_image },
  { ".pdf", export_image },
  { ".md", rt_report_markdown_file },
  { ".csv", rt_export_csv_file },
  { ".mm", rt_freemind_write_file },
  { ".opml", rt_opml_write_file },
};

typedef enum {
  MODE_NONE,
  MODE_HELP,
  MODE_VALIDATE,
  MODE_EXPORT,
  MODE_STATS,
  MODE_REPORT,
} Mode;

static const struct {
  const char *option;
  Mode        mode;
} options[] = {
  { "--validate", MODE_VALIDATE },
  { "--export", MODE_EXPORT },
  { "--stats", MODE_STATS },
  { "--report", MODE_REPORT },
  { "--help", MODE_HELP },
  { "-h", MODE_HELP },
};

static char *
list_formats (void)
{
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (exporters); i++)
    {
      if (i > 0)
        g_string_append (list, ", ");
      g_string_append (list, exporters[i].extension);
    }
  return g_string_free (list, FALSE);
}

static void
print_usage (FILE *stream)
{
  g_autofree char *formats = list_formats ();

  fprintf (stream, "%s\n", _("Usage:"));
  fprintf (stream, "  roundtable [FILE…]              %s\n", _("Open maps in Roundtable"));
  fprintf (stream, "  roundtable --validate FILE…     %s\n",
           _("Check that maps can be opened; say what is wrong"));
  fprintf (stream, "  roundtable --export OUT FILE    %s\n",
           _("Write the map FILE as OUT, in the format of OUT’s extension"));
  fprintf (stream, "  roundtable --stats FILE         %s\n",
           _("Print the ownership figures of a map as JSON"));
  fprintf (stream, "  roundtable --report FILE        %s\n",
           _("Print the workshop report of a map in Markdown"));
  fprintf (stream, "  roundtable --help               %s\n", _("Show this help"));
  fprintf (stream, "\n");
  fprintf (stream, _("Export formats: %s"), formats);
  fprintf (stream, "\n");
}

static int
usage_error (FILE       *err,
             const char *message)
{
  fprintf (err, "roundtable: %s\n", message);
  fprintf (err, "%s\n", _("Try “roundtable --help”."));
  return RT_CLI_USAGE;
}

/* A refusal or failure: what happened, what was kept (may be NULL) and
 * what to do (may be NULL), on one line. */
static int
failure (FILE         *err,
         const GError *error,
         const char   *kept,
         const char   *advice)
{
  fprintf (err, "roundtable: %s", error->message);
  if (kept != NULL)
    fprintf (err, " %s", kept);
  if (advice != NULL)
    fprintf (err, " %s", advice);
  fputc ('\n', err);
  return RT_CLI_FAILED;
}

static Mode
mode_of (const char *arg)
{
  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    if (strcmp (arg, options[i].option) == 0)
      return options[i].mode;
  if (g_str_has_prefix (arg, "--export="))
    return MODE_EXPORT;
  return MODE_NONE;
}

static int
run_validate (GPtrArray *files,
              FILE      *out,
              FILE      *err)
{
  guint refused = 0;

  for (guint i = 0; i < files->len; i++)
    {
      const char *path = files->pdata[i];
      g_autoptr(GError) error = NULL;
      g_autoptr(RtDocument) doc = rt_xml_read_file (path, &error);

      if (doc == NULL)
        {
          failure (err, error, NULL, rt_io_error_get_advice (error));
          refused++;
        }
      else
        {
          /* Translators: "saturday.roundtable: valid" */
          fprintf (out, _("%s: valid"), path);
          fputc ('\n', out);
        }
    }
  if (refused == 0)
    return RT_CLI_OK;

  fprintf (err, "roundtable: ");
  fprintf (err, g_dngettext (GETTEXT_PACKAGE,
                             "%u of %u map was refused; checking it changed nothing.",
                             "%u of %u maps were refused; checking them changed nothing.",
                             files->len),
           refused, files->len);
  fputc ('\n', err);
  return RT_CLI_FAILED;
}

static ExportFunc
find_exporter (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  for (guint i = 0; i < G_N_ELEMENTS (exporters); i++)
    if (g_str_has_suffix (lower, exporters[i].extension) &&
        strlen (lower) > strlen (exporters[i].extension))
      return exporters[i].export;
  return NULL;
}

static int
run_export (const char *output,
            const char *input,
            FILE       *err)
{
  ExportFunc export = find_exporter (output);
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) doc = NULL;
  g_autofree char *name = NULL;
  g_autofree char *kept = NULL;
  gboolean existed;

  if (export == NULL)
    {
      g_autofree char *formats = list_formats ();
      g_autofree char *message =
        g_strdup_printf (_("cannot export to “%s”: the output file must end in one of %s."),
                         output, formats);

      return usage_error (err, message);
    }

  name = rt_io_display_name (output);
  existed = g_file_test (output, G_FILE_TEST_EXISTS);
  doc = rt_xml_read_file (input, &error);
  if (doc == NULL)
    {
      kept = existed ? g_strdup_printf (_("Nothing was exported; “%s” was not changed."), name)
                     : g_strdup (_("Nothing was exported."));
      return failure (err, error, kept, rt_io_error_get_advice (error));
    }
  if (export (doc, output, &error))
    return RT_CLI_OK;

  /* The writers say what became of the file and what to do. */
  if (error->domain == RT_IO_ERROR)
    return failure (err, error, NULL, NULL);
  if (error->domain == G_IO_ERROR)
    {
      g_autoptr(GError) cause = g_steal_pointer (&error);

      rt_io_set_write_error (&error, name, FALSE, existed, 0, cause);
      return failure (err, error, NULL, NULL);
    }
  kept = g_strdup (existed ? _("The file on disk was not changed.") : _("No file was written."));
  if (g_error_matches (error, RT_EXPORT_ERROR, RT_EXPORT_ERROR_EMPTY))
    return failure (err, error, kept, _("Add ideas to the map, then export it again."));
  if (g_error_matches (error, RT_EXPORT_ERROR, RT_EXPORT_ERROR_TOO_LARGE))
    return failure (err, error, kept, _("Export it as .svg or .pdf instead."));
  return failure (err, error, kept, _("Try again, or export it in another format."));
}

static int
run_print (Mode        mode,
           const char *input,
           FILE       *out,
           FILE       *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) doc = rt_xml_read_file (input, &error);
  g_autofree char *text = NULL;

  if (doc == NULL)
    return failure (err, error, _("Nothing was printed."), rt_io_error_get_advice (error));
  text = mode == MODE_STATS ? rt_stats_to_json (doc) : rt_report_markdown (doc);
  fputs (text, out);
  return RT_CLI_OK;
}

int
rt_cli_run_with_output (int        argc,
                        char     **argv,
                        gboolean  *handled,
                        FILE      *out,
                        FILE      *err)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new ();
  g_autofree char *output = NULL;
  Mode mode = MODE_NONE;
  gboolean options_done = FALSE;

  g_return_val_if_fail (handled != NULL, RT_CLI_USAGE);
  g_return_val_if_fail (argc == 0 || argv != NULL, RT_CLI_USAGE);

  *handled = FALSE;
  for (int i = 1; i < argc; i++)
    if (strcmp (argv[i], "--") == 0)
      break;
    else if (mode_of (argv[i]) != MODE_NONE)
      *handled = TRUE;
  if (!*handled)
    return RT_CLI_OK;

  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];
      Mode arg_mode;

      if (options_done || arg[0] != '-' || strcmp (arg, "-") == 0)
        {
          g_ptr_array_add (files, (gpointer) arg);
          continue;
        }
      if (strcmp (arg, "--") == 0)
        {
          options_done = TRUE;
          continue;
        }

      arg_mode = mode_of (arg);
      if (arg_mode == MODE_NONE)
        {
          g_autofree char *message = g_strdup_printf (_("unknown option “%s”."), arg);

          return usage_error (err, message);
        }
      if (mode != MODE_NONE && mode != arg_mode)
        return usage_error (err, _("give only one of --validate, --export, --stats, "
                                   "--report and --help."));
      if (mode == arg_mode && arg_mode != MODE_HELP)
        {
          g_autofree char *message = g_strdup_printf (_("“%s” is given twice."), arg);

          return usage_error (err, message);
        }
      mode = arg_mode;

      if (mode == MODE_EXPORT)
        {
          if (g_str_has_prefix (arg, "--export="))
            output = g_strdup (arg + strlen ("--export="));
          else if (i + 1 < argc)
            output = g_strdup (argv[++i]);
          if (output == NULL || output[0] == '\0')
            return usage_error (err, _("--export needs the file to write, then the map to read."));
        }
    }

  switch (mode)
    {
    case MODE_HELP:
      print_usage (out);
      return RT_CLI_OK;
    case MODE_VALIDATE:
      if (files->len == 0)
        return usage_error (err, _("--validate needs at least one map file."));
      return run_validate (files, out, err);
    case MODE_EXPORT:
      if (files->len != 1)
        return usage_error (err, _("--export needs the file to write, then the map to read."));
      return run_export (output, files->pdata[0], err);
    case MODE_STATS:
    case MODE_REPORT:
      if (files->len != 1)
        {
          g_autofree char *message =
            g_strdup_printf (_("%s needs exactly one map file."),
                             mode == MODE_STATS ? "--stats" : "--report");

          return usage_error (err, message);
        }
      return run_print (mode, files->pdata[0], out, err);
    case MODE_NONE:
    default:
      break;
    }
  g_assert_not_reached ();
  return RT_CLI_USAGE;
}

int
rt_cli_run (int        argc,
            char     **argv,
            gboolean  *handled)
{
  int status = rt_cli_run_with_output (argc, argv, handled, stdout, stderr);

  fflush (stdout);
  return status;
}
