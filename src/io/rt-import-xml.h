/* rt-import-xml.h: the safe streaming XML front end of the importers
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Private to the io layer. FreeMind and OPML files are as untrusted as our
 * own maps: they are streamed with libxml2's xmlTextReader under the same
 * rules (no network, no DTD loading, no entity expansion beyond the
 * predefined ones, a DOCTYPE that declares entities is refused) and the
 * same limits; errors name the file and the line.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RT_IMPORT_MAX_TEXT   (1024 * 1024)
/* libxml2 refuses more than 256 nested elements without XML_PARSE_HUGE,
 * which we never set; a node's rich text needs a few levels of its own. */
#define RT_IMPORT_MAX_DEPTH  250
/* Nodes nested in nodes (FreeMind), outlines in outlines (OPML), levels of
 * indentation (text). */
#define RT_IMPORT_MAX_LEVELS 200

typedef struct _RtXmlImport RtXmlImport;

/* Handlers return FALSE with error set to stop; the error should come from
 * rt_io_set_error_at() with rt_xml_import_get_name(). ns is the namespace
 * URI or NULL. Elements inside a skipped element reach no handler. */
typedef struct {
  gboolean (*start_element) (RtXmlImport *imp,
                             const char  *name,
                             const char  *ns,
                             guint        line,
                             gpointer     user_data,
                             GError     **error);
  gboolean (*end_element)   (RtXmlImport *imp,
                             const char  *name,
                             const char  *ns,
                             gpointer     user_data,
                             GError     **error);
  gboolean (*text)          (RtXmlImport *imp,
                             const char  *text,
                             gsize        len,
                             guint        line,
                             gpointer     user_data,
                             GError     **error);
} RtXmlImportHandlers;

/* The display name used in messages. */
const char *rt_xml_import_get_name  (RtXmlImport *imp);
/* During start_element: the value of an attribute without namespace, or
 * NULL. Valid until start_element returns. No value exceeds
 * RT_IMPORT_MAX_TEXT bytes: longer ones are refused before. */
const char *rt_xml_import_get_attr  (RtXmlImport *imp,
                                     const char  *name);
/* During start_element: calls func for every attribute without namespace,
 * in document order. */
void        rt_xml_import_foreach_attr (RtXmlImport *imp,
                                        void       (*func) (const char *name,
                                                            const char *value,
                                                            gpointer    data),
                                        gpointer     data);
/* During start_element: nothing inside this element reaches the handlers;
 * its end_element still does. */
void        rt_xml_import_skip      (RtXmlImport *imp);
/* How many elements are open, the one being started included. */
guint       rt_xml_import_get_depth (RtXmlImport *imp);

/* Stream a file or a buffer through the handlers. FALSE with an
 * RT_IO_ERROR when the file cannot be read, is not well-formed, breaks a
 * limit or a handler refuses it. display_name may be NULL (then "The
 * file"). */
gboolean    rt_xml_import_memory    (const char                *data,
                                     gsize                      len,
                                     const char                *display_name,
                                     const RtXmlImportHandlers *handlers,
                                     gpointer                   user_data,
                                     GError                   **error);
gboolean    rt_xml_import_file      (const char                *path,
                                     const RtXmlImportHandlers *handlers,
                                     gpointer                   user_data,
                                     GError                   **error);

/* The local name and namespace of the root element of the file, read from
 * its first 64 KiB; FALSE if no root element starts there. */
gboolean    rt_xml_import_sniff_root (const char  *path,
                                      char       **name,
                                      char       **ns);

G_END_DECLS
