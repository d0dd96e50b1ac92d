/* rt-export-image.c: the map as a PNG, SVG or PDF file
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "roundtable-render"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>

#include "rt-export-image.h"
#include "rt-layout.h"
#include "rt-renderer.h"

G_DEFINE_QUARK (rt-export-error-quark, rt_export_error)

typedef struct {
  RtDocument    *document;   /* owned: the caller's, or a laid-out copy */
  RtRenderer    *renderer;   /* owned */
  GHashTable    *only;       /* owned set of ids (borrowed strings), or NULL */
  RtRenderState  state;
  RtRect         bounds;     /* map units, with the margin */
} Export;

static void
export_clear (Export *ex)
{
  g_clear_object (&ex->renderer);
  g_clear_object (&ex->document);
  g_clear_pointer (&ex->only, g_hash_table_unref);
}

static gboolean
needs_layout (RtDocument *document)
{
  guint i, n = rt_document_get_n_nodes (document);

  for (i = 0; i < n; i++)
    if (!rt_document_get_node (document, i)->has_position)
      return TRUE;
  return FALSE;
}

static gboolean
export_prepare (Export           *ex,
                RtDocument       *document,
                RtBackground      background,
                const GPtrArray  *only_ids,
                GError          **error)
{
  g_autoptr(RtMetrics) metrics = rt_metrics_new ();
  RtTheme theme;
  guint i;

  memset (ex, 0, sizeof *ex);
  if (needs_layout (document))
    {
      ex->document = rt_document_copy (document);
      if (!rt_layout_apply (ex->document, metrics, RT_LAYOUT_UNPLACED, error))
        return FALSE;
    }
  else
    ex->document = g_object_ref (document);

  ex->renderer = rt_renderer_new (ex->document, metrics);
  rt_theme_init (&theme, background == RT_BACKGROUND_DARK ? RT_THEME_DARK : RT_THEME_LIGHT);
  rt_renderer_set_theme (ex->renderer, &theme);

  rt_render_state_init (&ex->state);
  ex->state.draw_background = background != RT_BACKGROUND_TRANSPARENT;
  ex->state.full_detail = TRUE;
  if (only_ids != NULL)
    {
      ex->only = g_hash_table_new (g_str_hash, g_str_equal);
      for (i = 0; i < only_ids->len; i++)
        g_hash_table_add (ex->only, g_ptr_array_index (only_ids, i));
      ex->state.only = ex->only;
    }

  if (!rt_renderer_get_bounds (ex->renderer, &ex->state, &ex->bounds))
    {
      g_set_error_literal (error, RT_EXPORT_ERROR, RT_EXPORT_ERROR_EMPTY,
                           _("The map has nothing to export."));
      return FALSE;
    }
  rt_rect_inflate (&ex->bounds, RT_EXPORT_MARGIN);
  return TRUE;
}

static void
export_view (const Export *ex, double scale, RtView *view)
{
  view->scale = scale;
  view->x = ex->bounds.x;
  view->y = ex->bounds.y;
  view->width = ceil (ex->bounds.width * scale);
  view->height = ceil (ex->bounds.height * scale);
}

static gboolean
check_cairo (cairo_status_t status, GError **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  if (status == CAIRO_STATUS_NO_MEMORY)
    g_set_error_literal (error, RT_EXPORT_ERROR, RT_EXPORT_ERROR_FAILED,
                         _("The image could not be drawn: there is not enough memory."));
  else
    /* Translators: %s is the drawing library's own, English, reason. */
    g_set_error (error, RT_EXPORT_ERROR, RT_EXPORT_ERROR_FAILED,
                 _("The image could not be drawn (%s)."), cairo_status_to_string (status));
  return FALSE;
}

typedef struct {
  GOutputStream *stream;
  GError        *error;
} Sink;

static cairo_status_t
sink_write (void *closure, const unsigned char *data, unsigned int length)
{
  Sink *sink = closure;

  if (sink->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (sink->stream, data, length, NULL, NULL, &sink->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

static cairo_surface_t *
create_surface (RtImageFormat format, const RtView *view, Sink *sink,
                RtDocument *document, GError **error)
{
  cairo_surface_t *surface;

  switch (format)
    {
    case RT_IMAGE_SVG:
      surface = cairo_svg_surface_create_for_stream (sink_write, sink, view->width, view->height);
      break;
    case RT_IMAGE_PDF:
      surface = cairo_pdf_surface_create_for_stream (sink_write, sink, view->width, view->height);
      if (cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS)
        {
          const char *title = rt_document_get_title (document);

          if (title != NULL && title[0] != '\0')
            cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
          cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Roundtable");
        }
      break;
    case RT_IMAGE_PNG:
    default:
      if (view->width > RT_EXPORT_MAX_PIXELS || view->height > RT_EXPORT_MAX_PIXELS ||
          view->width * view->height > 1024.0 * 1024.0 * 256.0)
        {
          g_set_error (error, RT_EXPORT_ERROR, RT_EXPORT_ERROR_TOO_LARGE,
                       _("The image would be %.0f × %.0f pixels, too large for a PNG file."),
                       view->width, view->height);
          return NULL;
        }
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) view->width,
                                            (int) view->height);
      break;
    }
  if (!check_cairo (cairo_surface_status (surface), error))
    {
      cairo_surface_destroy (surface);
      return NULL;
    }
  return surface;
}

gboolean
rt_export_image (RtDocument       *document,
                 const char       *path,
                 RtImageFormat     format,
                 double            scale,
                 RtBackground      background,
                 const GPtrArray  *only_ids,
                 GError          **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GCancellable) cancellable = NULL;
  cairo_surface_t *surface = NULL;
  cairo_t *cr;
  Export ex;
  RtView view;
  Sink sink = { NULL, NULL };
  gboolean ok = FALSE;

  g_return_val_if_fail (RT_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (scale > 0.0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!export_prepare (&ex, document, background, only_ids, error))
    goto out;
  export_view (&ex, scale, &view);

  file = g_file_new_for_path (path);
  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, error);
  if (out == NULL)
    goto out;
  sink.stream = G_OUTPUT_STREAM (out);
  cancellable = g_cancellable_new ();

  surface = create_surface (format, &view, &sink, ex.document, error);
  if (surface == NULL)
    goto abandon;
  cr = cairo_create (surface);
  rt_renderer_draw (ex.renderer, cr, &view, &ex.state);
  ok = check_cairo (cairo_status (cr), error);
  cairo_destroy (cr);
  if (ok && format == RT_IMAGE_PNG)
    ok = check_cairo (cairo_surface_write_to_png_stream (surface, sink_write, &sink), error);
  cairo_surface_finish (surface);
  if (ok)
    ok = check_cairo (cairo_surface_status (surface), error);
  if (sink.error != NULL)
    {
      g_clear_error (error);
      g_propagate_error (error, g_steal_pointer (&sink.error));
      ok = FALSE;
    }
  if (ok)
    {
      ok = g_output_stream_close (G_OUTPUT_STREAM (out), NULL, error);
      goto out;
    }

abandon:
  /* A cancelled close leaves the old file in place. */
  g_cancellable_cancel (cancellable);
  g_output_stream_close (G_OUTPUT_STREAM (out), cancellable, NULL);

out:
  if (surface != NULL)
    cairo_surface_destroy (surface);
  g_clear_error (&sink.error);
  export_clear (&ex);
  return ok;
}

gboolean
rt_export_image_get_size (RtDocument       *document,
                          double            scale,
                          const GPtrArray  *only_ids,
                          double           *width,
                          double           *height,
                          GError          **error)
{
  Export ex;
  RtView view;

  g_return_val_if_fail (RT_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (scale > 0.0, FALSE);

  if (!export_prepare (&ex, document, RT_BACKGROUND_LIGHT, only_ids, error))
    {
      export_clear (&ex);
      return FALSE;
    }
  export_view (&ex, scale, &view);
  if (width)
    *width = view.width;
  if (height)
    *height = view.height;
  export_clear (&ex);
  return TRUE;
}

gboolean
rt_export_image_to_cairo (RtDocument       *document,
                          cairo_t          *cr,
                          double            scale,
                          RtBackground      background,
                          const GPtrArray  *only_ids,
                          GError          **error)
{
  Export ex;
  RtView view;

  g_return_val_if_fail (RT_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (cr != NULL, FALSE);
  g_return_val_if_fail (scale > 0.0, FALSE);

  if (!export_prepare (&ex, document, background, only_ids, error))
    {
      export_clear (&ex);
      return FALSE;
    }
  export_view (&ex, scale, &view);
  rt_renderer_draw (ex.renderer, cr, &view, &ex.state);
  export_clear (&ex);
  return check_cairo (cairo_status (cr), error);
}

gboolean
rt_image_format_from_path (const char    *path,
                           RtImageFormat *out)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".png"))
    *out = RT_IMAGE_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *out = RT_IMAGE_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *out = RT_IMAGE_PDF;
  else
    return FALSE;
  return TRUE;
}
