/* rt-map-builder.h: turns the elements of a map file into a document
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Private to the io layer. The XML front end feeds it elements, their
 * attributes and text in document order; it applies every rule of
 * FORMAT.md and builds the document only when the whole file is good.
 */
#pragma once

#include "model/rt-document.h"

G_BEGIN_DECLS

#define RT_MAP_MAX_DEPTH 64
#define RT_MAP_MAX_TEXT  (1024 * 1024)

typedef struct _RtMapBuilder RtMapBuilder;

RtMapBuilder *rt_map_builder_new       (const char *display_name);
void          rt_map_builder_free      (RtMapBuilder *self);

/* The attributes of the next element, given before rt_map_builder_start.
 * Namespaced attributes must not be passed. value need not outlive the
 * call. */
gboolean      rt_map_builder_attribute (RtMapBuilder *self,
                                        const char   *name,
                                        const char   *value,
                                        GError      **error);
/* name is NULL for an element in a namespace (always ignored). line is
 * where the element starts. */
gboolean      rt_map_builder_start     (RtMapBuilder *self,
                                        const char   *name,
                                        guint         line,
                                        GError      **error);
gboolean      rt_map_builder_end       (RtMapBuilder *self,
                                        GError      **error);
gboolean      rt_map_builder_text      (RtMapBuilder *self,
                                        const char   *text,
                                        gsize         len,
                                        GError      **error);
/* Checks what can only be checked at the end and builds the document. */
RtDocument   *rt_map_builder_finish    (RtMapBuilder *self,
                                        GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtMapBuilder, rt_map_builder_free)

G_END_DECLS
