/* rt-outline-codec.h: how a map's details travel in outline formats
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Private to the io layer. FreeMind maps and OPML outlines carry what they
 * have no place for (kinds, authors, statuses, stances, credits, links)
 * as attributes named roundtable-*; the values that are lists are
 * records, "field:field:…; field:field:…", where a backslash escapes
 * "\", ":", ";", and "\n" and "\r" stand for a line feed and a carriage
 * return. Times inside records
 * are ISO 8601 in its basic form (20261124T181610Z), which needs no
 * escaping. README.md ("Other formats") documents all of it.
 */
#pragma once

#include <glib.h>

#include "model/rt-types.h"

G_BEGIN_DECLS

typedef enum {
  RT_ATTR_MAP,          /* on the title node of a .mm Roundtable wrote: "1" */
  RT_ATTR_UNTITLED,     /* the map has no title: "true" */
  RT_ATTR_PERSON,       /* one per person: id:name:color:role:presence */
  RT_ATTR_ID,
  RT_ATTR_KIND,
  RT_ATTR_STATUS,
  RT_ATTR_BY,
  RT_ATTR_BY_NAME,
  RT_ATTR_MODIFIED,     /* OPML only (FreeMind has MODIFIED): ISO 8601 */
  RT_ATTR_MODIFIED_BY,
  RT_ATTR_CREDITS,      /* person ids: p2; p5 */
  RT_ATTR_STANCES,      /* person:level:at:due:text; … */
  RT_ATTR_LINK,         /* the link to the parent: kind:by:created */
  RT_ATTR_LINKS,        /* other links from the node: to:kind:by:created; … */
  RT_N_ATTRS
} RtOutlineAttr;

#define RT_ATTR_PREFIX "roundtable-"

const char *rt_outline_attr_name     (RtOutlineAttr attr);
/* FALSE for a name that is not one of ours. */
gboolean    rt_outline_attr_lookup   (const char    *name,
                                      RtOutlineAttr *out);

/* Records. */
void        rt_record_append_field   (GString       *out,
                                      const char    *field);
/* The records of a list, still escaped, with leading white space and empty
 * records dropped. */
GPtrArray  *rt_record_split_list     (const char    *value);
/* The fields of one record, unescaped; at most max_fields, the last taking
 * the rest of the record. A NULL-terminated array of n_fields strings. */
char      **rt_record_split_fields   (const char    *record,
                                      guint          max_fields,
                                      guint         *n_fields);
/* "20261124T181610Z", or "" for RT_TIME_NONE or a time outside the years
 * 1 to 9999; out must hold 17 bytes. */
void        rt_record_format_time    (gint64         t,
                                      char           out[17]);
/* Whether the map writer can write t (the years 1 to 9999). */
gboolean    rt_outline_time_is_valid (gint64         t);
/* The basic form, or anything rt_time_parse() takes, within the years the
 * map writer can write. */
gboolean    rt_record_parse_time     (const char    *s,
                                      gint64        *out);

/* RFC 822 dates, as OPML uses them: "Tue, 24 Nov 2026 18:00:00 GMT". */
char       *rt_rfc822_format         (gint64         t);
gboolean    rt_rfc822_parse          (const char    *s,
                                      gint64        *out);

/* The marks of the text outline, also recognised at the start of texts in
 * other formats: "?" problem, "!" response, "+" pro, "-" con, "#" note. */
char        rt_kind_get_mark         (RtNodeKind     kind);
gboolean    rt_kind_from_mark        (char           mark,
                                      RtNodeKind    *out);
/* When text starts with a mark followed by a space or a tab (or nothing),
 * the kind and the offset of the text after the mark and its blanks. */
gboolean    rt_kind_parse_mark       (const char    *text,
                                      RtNodeKind    *kind,
                                      gsize         *offset);

/* FreeMind's built-in icons: the one Roundtable writes for a kind, and the
 * kind an icon stands for (FALSE for icons that say nothing of kinds). */
const char *rt_kind_get_icon         (RtNodeKind     kind);
gboolean    rt_kind_from_icon        (const char    *icon,
                                      RtNodeKind    *out);

/* Person colors for people who come without one, as the map reader gives
 * them: the first one nobody has yet. */
void        rt_outline_assign_colors (GPtrArray     *people);

G_END_DECLS
