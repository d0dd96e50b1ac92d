/* rt-xml-reader.c: the libxml2 streaming front end of the map reader
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libxml2's xmlTextReader streams the file: only the current element and
 * its ancestors exist as xmlNodes at any time, names come from the
 * parser's dictionary and attribute values are read in place. What the
 * elements mean is rt-map-builder's business.
 */
#define G_LOG_DOMAIN "roundtable-io"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "rt-io-error.h"
#include "rt-map-builder.h"
#include "rt-xml-reader.h"
#include "rt-xml-stream.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlTextReader, xmlFreeTextReader)

typedef struct {
  RtXmlStream   stream;
  RtMapBuilder *builder;
  guint         text_line;  /* line of the text just read, or 0 */
  guint         last_line;  /* the last line known exactly */
} ReadContext;

/* White space just before an element ends on the element's first line,
 * which the element itself records only up to 65535. */
static guint
element_line (ReadContext *ctx,
              xmlNodePtr   node,
              guint        preceding_text)
{
  long line;

  if (preceding_text > 0)
    return preceding_text;
  if (node->line < 65535)
    return node->line;
  line = xmlGetLineNo (node);
  if (line > 65535)
    return (guint) line;
  return MAX (ctx->last_line, 65535);
}

static gboolean
read_element (xmlTextReaderPtr reader,
              ReadContext     *ctx,
              guint            preceding_text)
{
  xmlNodePtr node = xmlTextReaderCurrentNode (reader);
  gboolean empty = xmlTextReaderIsEmptyElement (reader) == 1;
  guint line = element_line (ctx, node, preceding_text);
  GError **error = &ctx->stream.error;

  for (xmlAttrPtr a = node->properties; a != NULL; a = a->next)
    {
      const char *value;
      xmlChar *allocated = NULL;
      gboolean ok;

      if (a->ns != NULL)
        continue;
      if (a->children == NULL)
        value = "";
      else if (a->children->type == XML_TEXT_NODE && a->children->next == NULL)
        value = (const char *) a->children->content;
      else
        value = (const char *) (allocated = xmlNodeListGetString (node->doc, a->children, 1));

      ok = rt_map_builder_attribute (ctx->builder, (const char *) a->name,
                                     value != NULL ? value : "", error);
      xmlFree (allocated);
      if (!ok)
        return FALSE;
    }

  if (!rt_map_builder_start (ctx->builder, node->ns == NULL ? (const char *) node->name : NULL,
                             line, error))
    return FALSE;
  return !empty || rt_map_builder_end (ctx->builder, error);
}

static gboolean
read_node (xmlTextReaderPtr reader,
           gpointer         data)
{
  ReadContext *ctx = data;
  int type = xmlTextReaderNodeType (reader);
  guint preceding_text = ctx->text_line;
  xmlNodePtr node;

  if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
      type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE || type == XML_READER_TYPE_WHITESPACE)
    {
      const char *text = (const char *) xmlTextReaderConstValue (reader);

      node = xmlTextReaderCurrentNode (reader);
      ctx->text_line = node != NULL ? rt_xml_text_node_line (node) : 0;
      ctx->last_line = MAX (ctx->last_line, ctx->text_line);
      return text == NULL ||
             rt_map_builder_text (ctx->builder, text, strlen (text), &ctx->stream.error);
    }

  ctx->text_line = 0;
  switch (type)
    {
    case XML_READER_TYPE_ELEMENT:
      ctx->stream.seen_root = TRUE;
      return read_element (reader, ctx, preceding_text);
    case XML_READER_TYPE_END_ELEMENT:
      return rt_map_builder_end (ctx->builder, &ctx->stream.error);
    default:
      return rt_xml_stream_check_node (&ctx->stream, reader, type);
    }
}

/* Takes the reader; NULL reads nothing (the error is already set). */
static RtDocument *
read_map (ReadContext     *ctx,
          xmlTextReaderPtr reader,
          GError         **error)
{
  g_autoptr(xmlTextReader) owned = reader;
  g_autoptr(RtMapBuilder) builder = NULL;
  RtDocument *doc = NULL;

  if (owned != NULL)
    {
      builder = rt_map_builder_new (ctx->stream.name);
      ctx->builder = builder;
      if (rt_xml_stream_run (&ctx->stream, owned, read_node, ctx, error))
        doc = rt_map_builder_finish (builder, error);
    }
  g_clear_pointer (&owned, xmlFreeTextReader);
  rt_xml_stream_clear (&ctx->stream);
  return doc;
}

RtDocument *
rt_xml_read_memory (const char *data,
                    gsize       len,
                    const char *display_name,
                    GError    **error)
{
  ReadContext ctx = { 0, };

  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  rt_xml_stream_init (&ctx.stream, display_name != NULL ? display_name : _("The map"),
                      RT_MAP_MAX_DEPTH, FALSE);
  return read_map (&ctx, rt_xml_stream_open_memory (&ctx.stream, data, len, error), error);
}

RtDocument *
rt_xml_read_file (const char *path,
                  GError    **error)
{
  g_autofree char *name = NULL;
  ReadContext ctx = { 0, };

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = rt_io_display_name (path);
  rt_xml_stream_init (&ctx.stream, name, RT_MAP_MAX_DEPTH, FALSE);
  return read_map (&ctx, rt_xml_stream_open_file (&ctx.stream, path, error), error);
}
