/* rt-xml-prolog.h: a look at what comes before the root element
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Private to the io layer. libxml2 expands entities while it reads their
 * declarations, before the reader ever shows the DOCTYPE; so a DOCTYPE
 * that declares entities or names an outside DTD is refused on sight of
 * the bytes, before they reach libxml2.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* More than this before the root element is refused. */
#define RT_XML_MAX_PROLOG (64 * 1024)

typedef enum {
  RT_PROLOG_MORE,     /* the data ends inside the prolog */
  RT_PROLOG_SAFE,     /* nothing to refuse before the root element */
  RT_PROLOG_EXTERNAL, /* a DOCTYPE naming an outside DTD */
  RT_PROLOG_ENTITIES, /* a DOCTYPE declaring entities */
} RtPrologVerdict;

/* data is the start of the file. *doctype_line is set to the line of the
 * DOCTYPE when there is one. */
RtPrologVerdict rt_xml_check_prolog (const char *data,
                                     gsize       len,
                                     guint      *doctype_line);

G_END_DECLS
