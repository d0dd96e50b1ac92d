/* rt-export-image.h: the map as a PNG, SVG or PDF file
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "model/rt-document.h"

G_BEGIN_DECLS

#define RT_EXPORT_ERROR (rt_export_error_quark ())

typedef enum {
  RT_EXPORT_ERROR_EMPTY,      /* nothing to draw */
  RT_EXPORT_ERROR_TOO_LARGE,  /* the image would exceed what cairo can hold */
  RT_EXPORT_ERROR_FAILED,     /* cairo or the file system said no */
} RtExportError;

GQuark rt_export_error_quark (void);

typedef enum {
  RT_IMAGE_PNG,
  RT_IMAGE_SVG,
  RT_IMAGE_PDF,
} RtImageFormat;

typedef enum {
  RT_BACKGROUND_LIGHT,
  RT_BACKGROUND_DARK,
  RT_BACKGROUND_TRANSPARENT,  /* light colours on no background */
} RtBackground;

/* Blank space around the map, map units. */
#define RT_EXPORT_MARGIN 24.0
/* Largest PNG side, pixels (cairo's own limit). */
#define RT_EXPORT_MAX_PIXELS 32767

/* Writes the map (or only the nodes only_ids names, with the links among
 * them) to path. Nodes without a position are laid out on a copy; the
 * document is never changed. scale: PNG pixels (or SVG/PDF points) per map
 * unit. Text is drawn at full detail at any scale; PDF and SVG keep it as
 * text and glyphs. The file is replaced atomically. */
gboolean       rt_export_image           (RtDocument *document, const char *path,
                                          RtImageFormat format, double scale,
                                          RtBackground background,
                                          const GPtrArray *only_ids, GError **error);

/* The size of the image export would make, device units. */
gboolean       rt_export_image_get_size  (RtDocument *document, double scale,
                                          const GPtrArray *only_ids,
                                          double *width, double *height,
                                          GError **error);

/* Draws what rt_export_image() would onto cr, the map's top-left corner
 * (with margin) at cr's origin (for printing). */
gboolean       rt_export_image_to_cairo  (RtDocument *document, cairo_t *cr,
                                          double scale, RtBackground background,
                                          const GPtrArray *only_ids, GError **error);

/* From a file name's extension (".png", ".svg", ".pdf", any case). */
gboolean       rt_image_format_from_path (const char *path, RtImageFormat *out);

G_END_DECLS
