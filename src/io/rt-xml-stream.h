/* rt-xml-stream.h: the safe libxml2 front end of every XML reader
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Private to the io layer. Maps, FreeMind and OPML files are all
 * untrusted: they are streamed with libxml2's xmlTextReader, so that only
 * the current element and its ancestors exist as xmlNodes and a file is
 * read from its descriptor in pieces. Nothing outside the file is read, no
 * DTD is loaded, a prolog that declares entities or names an outside DTD
 * is refused before libxml2 reads it, and every refusal names the file and
 * the line. What the elements mean is the caller's business.
 */
#pragma once

#include <glib.h>
#include <libxml/xmlreader.h>

#include "rt-xml-prolog.h"

G_BEGIN_DECLS

#define RT_XML_MAX_FILE (256 * 1024 * 1024)

typedef struct {
  const char     *name;             /* display name, borrowed */
  guint           max_depth;        /* the nesting limit messages name */
  gboolean        explain_entities; /* say how to write an unknown entity */

  /* The caller's node function sets these two. */
  GError         *error;            /* the first error, ours or libxml2's */
  gboolean        seen_root;

  /* Streaming from a file descriptor. */
  int             fd;
  gsize           total;
  gboolean        too_big;
  gboolean        not_utf8;
  int             read_errno;

  /* What comes before the root element, checked before libxml2 sees it
   * (rt-xml-prolog.h); NULL once it has been passed. */
  GString        *prolog;
  RtPrologVerdict verdict;
  gboolean        prolog_refused;
  guint           doctype_line;
} RtXmlStream;

/* Called for every node the reader stops at; FALSE, with stream->error
 * set, stops reading. */
typedef gboolean (*RtXmlStreamFunc) (xmlTextReaderPtr reader,
                                     gpointer         data);

/* name is used in messages. Without explain_entities, an entity XML does
 * not know is reported as damage like any other. */
void             rt_xml_stream_init        (RtXmlStream     *stream,
                                            const char      *name,
                                            guint            max_depth,
                                            gboolean         explain_entities);
/* A reader, or NULL with an RT_IO_ERROR when the data or file is refused
 * before parsing. Free it before rt_xml_stream_clear(). */
xmlTextReaderPtr rt_xml_stream_open_memory (RtXmlStream     *stream,
                                            const char      *data,
                                            gsize            len,
                                            GError         **error);
xmlTextReaderPtr rt_xml_stream_open_file   (RtXmlStream     *stream,
                                            const char      *path,
                                            GError         **error);
/* Reads to the end, calling func at every node. FALSE with the first
 * error, the refusals of the stream itself before libxml2's. */
gboolean         rt_xml_stream_run         (RtXmlStream     *stream,
                                            xmlTextReaderPtr reader,
                                            RtXmlStreamFunc  func,
                                            gpointer         data,
                                            GError         **error);
/* Closes the file and frees what the stream kept. */
void             rt_xml_stream_clear       (RtXmlStream     *stream);

/* For a node function: document types and entities, which a node function
 * passes here for every node type it does not handle itself. FALSE, with
 * stream->error set, for what is refused. */
gboolean         rt_xml_stream_check_node  (RtXmlStream     *stream,
                                            xmlTextReaderPtr reader,
                                            int              type);
/* The line of a text node, exact past 65535. */
guint            rt_xml_text_node_line     (xmlNodePtr       node);

G_END_DECLS
