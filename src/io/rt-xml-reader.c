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

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/xmlreader.h>

#include "rt-io-error.h"
#include "rt-map-builder.h"
#include "rt-xml-prolog.h"
#include "rt-xml-reader.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlTextReader, xmlFreeTextReader)

/* Never NOENT, DTDLOAD, DTDATTR, HUGE or XINCLUDE: entities stay
 * unexpanded, nothing outside the file is read, libxml2's own limits hold.
 * No NOBLANKS either: the white space between elements carries exact line
 * numbers past 65535 (BIG_LINES), and blanks inside texts must survive.
 * IGNORE_ENC: a map is UTF-8 whatever its declaration claims. */
#define READER_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_IGNORE_ENC | \
                        XML_PARSE_BIG_LINES | XML_PARSE_COMPACT)

typedef struct {
  RtMapBuilder *builder;
  const char   *name;       /* display name, for messages */
  GError       *error;      /* the first error, ours or libxml2's */

  /* Streaming from a file descriptor. */
  int           fd;
  gsize         total;
  gboolean      too_big;
  gboolean      not_utf8;
  int           read_errno;

  guint         text_line;  /* line of the text just read, or 0 */
  guint         last_line;  /* the last line known exactly */
  gboolean      seen_root;

  /* What comes before the root element, checked before libxml2 sees it
   * (rt-xml-prolog.h); NULL once it has been passed. */
  GString      *prolog;
  RtPrologVerdict verdict;
  gboolean      prolog_refused;
  guint         doctype_line;
} ReadContext;

static void
init_libxml (void)
{
  static gsize initialized = 0;

  /* libxml2 wants its global set-up done once, before threads use it. */
  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      g_once_init_leave (&initialized, 1);
    }
}

/* UTF-16, UTF-32 and EBCDIC announce themselves in the first bytes. */
static gboolean
starts_like_utf8 (const char *data,
                  gsize       len)
{
  const guchar *p = (const guchar *) data;

  if (len >= 1 && (p[0] == 0x00 || p[0] == 0xfe || p[0] == 0xff))
    return FALSE;
  if (len >= 2 && p[1] == 0x00)
    return FALSE;
  if (len >= 4 && p[0] == 0x4c && p[1] == 0x6f && p[2] == 0xa7 && p[3] == 0x94)
    return FALSE;
  return TRUE;
}

/* Feeds the prolog check; FALSE when the file is to be refused. */
static gboolean
check_prolog (ReadContext *ctx,
              const char  *data,
              gsize        len)
{
  if (ctx->prolog == NULL)
    return TRUE;

  g_string_append_len (ctx->prolog, data, MIN (len, RT_XML_MAX_PROLOG + 1));
  ctx->verdict = rt_xml_check_prolog (ctx->prolog->str, ctx->prolog->len, &ctx->doctype_line);
  if (ctx->verdict == RT_PROLOG_MORE && ctx->prolog->len <= RT_XML_MAX_PROLOG)
    return TRUE;
  g_string_free (g_steal_pointer (&ctx->prolog), TRUE);
  ctx->prolog_refused = ctx->verdict != RT_PROLOG_SAFE;
  return !ctx->prolog_refused;
}

/* The refusal that check_prolog() decided on. */
static void
set_prolog_error (ReadContext *ctx,
                  GError     **error)
{
  switch (ctx->verdict)
    {
    case RT_PROLOG_EXTERNAL:
      rt_io_set_error_at (error, RT_IO_ERROR_UNSAFE, ctx->name, ctx->doctype_line,
                          _("the file refers to an outside document type definition, "
                            "which Roundtable does not load."));
      break;
    case RT_PROLOG_ENTITIES:
      rt_io_set_error_at (error, RT_IO_ERROR_UNSAFE, ctx->name, ctx->doctype_line,
                          _("the file declares entities, which Roundtable does not accept."));
      break;
    case RT_PROLOG_MORE:
      rt_io_set_error_at (error, RT_IO_ERROR_LIMIT, ctx->name, 0,
                          _("more than 64 KiB come before the map begins."));
      break;
    case RT_PROLOG_SAFE:
    default:
      g_assert_not_reached ();
    }
}

static char *
trim_message (const char *message)
{
  char *copy = g_strdup (message != NULL ? message : "");

  return g_strstrip (copy);
}

static void
on_xml_error (void       *data,
              xmlErrorPtr xerr)
{
  ReadContext *ctx = data;
  g_autofree char *message = NULL;
  guint line;

  if (xerr == NULL || xerr->level < XML_ERR_ERROR || ctx->error != NULL)
    return;

  message = trim_message (xerr->message);
  line = xerr->line > 0 ? (guint) xerr->line : 0;

  switch (xerr->code)
    {
    case XML_ERR_DOCUMENT_EMPTY:
      rt_io_set_error_at (&ctx->error, RT_IO_ERROR_PARSE, ctx->name, 0,
                          _("the file is empty or holds no map."));
      break;
    case XML_ERR_INVALID_CHAR:
    case XML_ERR_INVALID_ENCODING:
    case XML_ERR_UNKNOWN_ENCODING:
    case XML_ERR_UNSUPPORTED_ENCODING:
    case XML_IO_ENCODER:
      if (strstr (message, "UTF-8") != NULL || xerr->code != XML_ERR_INVALID_CHAR)
        rt_io_set_error_at (&ctx->error, RT_IO_ERROR_PARSE, ctx->name, line,
                            _("the file is not valid UTF-8 text."));
      else
        rt_io_set_error_at (&ctx->error, RT_IO_ERROR_PARSE, ctx->name, line,
                            _("the file contains a character that a map cannot hold (%s)."),
                            message);
      break;
    case XML_ERR_ENTITY_LOOP:
    case XML_ERR_ENTITY_BOUNDARY:
      rt_io_set_error_at (&ctx->error, RT_IO_ERROR_UNSAFE, ctx->name, ctx->doctype_line,
                          _("the file declares entities, which Roundtable does not accept."));
      break;
    case XML_ERR_DOCUMENT_END:
      if (!ctx->seen_root)
        {
          rt_io_set_error_at (&ctx->error, RT_IO_ERROR_PARSE, ctx->name, 0,
                              _("the file is empty or holds no map."));
          break;
        }
      /* libxml2 says the same for a file cut short and for text after the
       * end of the map. */
      rt_io_set_error_at (&ctx->error, RT_IO_ERROR_PARSE, ctx->name, line,
                          _("the file does not end where the map does: it may have been "
                            "cut short, or something follows the end of the map."));
      break;
    case XML_ERR_TAG_NOT_FINISHED:
      rt_io_set_error_at (&ctx->error, RT_IO_ERROR_PARSE, ctx->name, line,
                          _("the file ends before the map does; it may have been cut short."));
      break;
    default:
      if (xerr->code == XML_ERR_INTERNAL_ERROR && strstr (message, "depth") != NULL)
        rt_io_set_error_at (&ctx->error, RT_IO_ERROR_LIMIT, ctx->name, line,
                            _("the file is nested more than %d levels deep."),
                            RT_MAP_MAX_DEPTH);
      else
        rt_io_set_error_at (&ctx->error, RT_IO_ERROR_PARSE, ctx->name, line,
                            _("the file is damaged or is not a map: %s"), message);
      break;
    }
}

static guint
text_node_line (xmlNodePtr node)
{
  /* With BIG_LINES, libxml2 keeps lines past 65535 of text nodes aside. */
  if (node->line == 65535 && node->psvi != NULL)
    return (guint) (gsize) node->psvi;
  return node->line;
}

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
                                     value != NULL ? value : "", &ctx->error);
      xmlFree (allocated);
      if (!ok)
        return FALSE;
    }

  if (!rt_map_builder_start (ctx->builder, node->ns == NULL ? (const char *) node->name : NULL,
                             line, &ctx->error))
    return FALSE;
  return !empty || rt_map_builder_end (ctx->builder, &ctx->error);
}

static gboolean
check_doctype (xmlTextReaderPtr reader,
               ReadContext     *ctx)
{
  xmlNodePtr node = xmlTextReaderCurrentNode (reader);
  xmlDtdPtr dtd;

  if (node == NULL || node->type != XML_DTD_NODE)
    return TRUE;

  dtd = (xmlDtdPtr) node;
  if (dtd->ExternalID != NULL || dtd->SystemID != NULL)
    {
      rt_io_set_error_at (&ctx->error, RT_IO_ERROR_UNSAFE, ctx->name, ctx->doctype_line,
                          _("the file refers to an outside document type definition, "
                            "which Roundtable does not load."));
      return FALSE;
    }
  if ((dtd->entities != NULL && xmlHashSize (dtd->entities) > 0) ||
      (dtd->pentities != NULL && xmlHashSize (dtd->pentities) > 0))
    {
      rt_io_set_error_at (&ctx->error, RT_IO_ERROR_UNSAFE, ctx->name, ctx->doctype_line,
                          _("the file declares entities, which Roundtable does not accept."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_node (xmlTextReaderPtr reader,
           ReadContext     *ctx)
{
  int type = xmlTextReaderNodeType (reader);
  guint preceding_text = ctx->text_line;
  xmlNodePtr node;

  if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
      type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE || type == XML_READER_TYPE_WHITESPACE)
    {
      const char *text = (const char *) xmlTextReaderConstValue (reader);

      node = xmlTextReaderCurrentNode (reader);
      ctx->text_line = node != NULL ? text_node_line (node) : 0;
      ctx->last_line = MAX (ctx->last_line, ctx->text_line);
      return text == NULL ||
             rt_map_builder_text (ctx->builder, text, strlen (text), &ctx->error);
    }

  ctx->text_line = 0;
  switch (type)
    {
    case XML_READER_TYPE_ELEMENT:
      ctx->seen_root = TRUE;
      return read_element (reader, ctx, preceding_text);
    case XML_READER_TYPE_END_ELEMENT:
      return rt_map_builder_end (ctx->builder, &ctx->error);
    case XML_READER_TYPE_DOCUMENT_TYPE:
      return check_doctype (reader, ctx);
    case XML_READER_TYPE_ENTITY_REFERENCE:
    case XML_READER_TYPE_ENTITY:
      rt_io_set_error_at (&ctx->error, RT_IO_ERROR_UNSAFE, ctx->name,
                          (guint) xmlTextReaderGetParserLineNumber (reader),
                          _("the file declares entities, which Roundtable does not accept."));
      return FALSE;
    default:
      return TRUE;
    }
}

static RtDocument *
run_reader (xmlTextReaderPtr reader,
            ReadContext     *ctx,
            GError         **error)
{
  xmlStructuredErrorFunc old_handler = xmlStructuredError;
  void *old_data = xmlStructuredErrorContext;
  RtDocument *doc = NULL;
  int ret;

  /* Errors libxml2 raises without a parser context go to this thread's
   * handler: catch those too, then put back whatever was there. */
  xmlSetStructuredErrorFunc (ctx, on_xml_error);
  xmlTextReaderSetStructuredErrorHandler (reader, on_xml_error, ctx);

  while ((ret = xmlTextReaderRead (reader)) == 1 && ctx->error == NULL)
    if (!read_node (reader, ctx))
      break;

  xmlSetStructuredErrorFunc (old_data, old_handler);

  if (ctx->prolog_refused)
    {
      g_clear_error (&ctx->error);
      set_prolog_error (ctx, error);
    }
  else if (ctx->too_big)
    {
      g_clear_error (&ctx->error);
      rt_io_set_error_at (error, RT_IO_ERROR_LIMIT, ctx->name, 0,
                          _("the file is larger than 256 MiB, more than a map can be."));
    }
  else if (ctx->not_utf8)
    {
      g_clear_error (&ctx->error);
      rt_io_set_error_at (error, RT_IO_ERROR_PARSE, ctx->name, 0,
                          _("the file is not valid UTF-8 text."));
    }
  else if (ctx->read_errno != 0)
    {
      g_clear_error (&ctx->error);
      rt_io_set_error_at (error, RT_IO_ERROR_IO, ctx->name, 0,
                          _("the file could not be read: %s."), g_strerror (ctx->read_errno));
    }
  else if (ctx->error != NULL)
    g_propagate_error (error, g_steal_pointer (&ctx->error));
  else if (ret != 0)
    rt_io_set_error_at (error, RT_IO_ERROR_PARSE, ctx->name,
                        (guint) xmlTextReaderGetParserLineNumber (reader),
                        _("the file is damaged or is not a map."));
  else
    doc = rt_map_builder_finish (ctx->builder, error);

  return doc;
}

RtDocument *
rt_xml_read_memory (const char *data,
                    gsize       len,
                    const char *display_name,
                    GError    **error)
{
  g_autoptr(RtMapBuilder) builder = NULL;
  g_autoptr(xmlTextReader) reader = NULL;
  ReadContext ctx = { 0, };

  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  init_libxml ();
  ctx.name = display_name != NULL ? display_name : _("The map");
  ctx.fd = -1;

  if (len == 0)
    {
      rt_io_set_error_at (error, RT_IO_ERROR_PARSE, ctx.name, 0, _("the file is empty."));
      return NULL;
    }
  if (len > RT_MAP_MAX_FILE)
    {
      rt_io_set_error_at (error, RT_IO_ERROR_LIMIT, ctx.name, 0,
                          _("the file is larger than 256 MiB, more than a map can be."));
      return NULL;
    }
  if (!starts_like_utf8 (data, len))
    {
      rt_io_set_error_at (error, RT_IO_ERROR_PARSE, ctx.name, 0,
                          _("the file is not valid UTF-8 text."));
      return NULL;
    }

  ctx.verdict = rt_xml_check_prolog (data, MIN (len, RT_XML_MAX_PROLOG + 1), &ctx.doctype_line);
  /* Data that ends inside the prolog is libxml2's to report. */
  if (ctx.verdict != RT_PROLOG_SAFE && (ctx.verdict != RT_PROLOG_MORE || len > RT_XML_MAX_PROLOG))
    {
      set_prolog_error (&ctx, error);
      return NULL;
    }
  reader = xmlReaderForMemory (data, (int) len, NULL, NULL, READER_OPTIONS);
  if (reader == NULL)
    {
      rt_io_set_error_at (error, RT_IO_ERROR_IO, ctx.name, 0, _("out of memory."));
      return NULL;
    }

  builder = rt_map_builder_new (ctx.name);
  ctx.builder = builder;
  return run_reader (reader, &ctx, error);
}

static int
read_fd (void *data,
         char *buffer,
         int   len)
{
  ReadContext *ctx = data;
  gssize n;

  do
    n = read (ctx->fd, buffer, len);
  while (n < 0 && errno == EINTR);

  if (n < 0)
    {
      ctx->read_errno = errno;
      return -1;
    }
  if (ctx->total == 0 && n > 0 && !starts_like_utf8 (buffer, n))
    {
      ctx->not_utf8 = TRUE;
      return -1;
    }
  if (!check_prolog (ctx, buffer, n))
    return -1;
  ctx->total += n;
  if (ctx->total > RT_MAP_MAX_FILE)
    {
      ctx->too_big = TRUE;
      return -1;
    }
  return (int) n;
}

static int
close_fd (void *data)
{
  return 0;
}

static void
set_open_error (GError    **error,
                const char *name,
                int         saved_errno)
{
  switch (saved_errno)
    {
    case ENOENT:
    case ENOTDIR:
      rt_io_set_error_at (error, RT_IO_ERROR_NOT_FOUND, name, 0, _("there is no such file."));
      break;
    case EACCES:
    case EPERM:
      rt_io_set_error_at (error, RT_IO_ERROR_IO, name, 0,
                          _("you do not have permission to read this file."));
      break;
    case EISDIR:
      rt_io_set_error_at (error, RT_IO_ERROR_IO, name, 0, _("this is a folder, not a map."));
      break;
    default:
      rt_io_set_error_at (error, RT_IO_ERROR_IO, name, 0,
                          _("the file could not be opened: %s."), g_strerror (saved_errno));
      break;
    }
}

RtDocument *
rt_xml_read_file (const char *path,
                  GError    **error)
{
  g_autoptr(RtMapBuilder) builder = NULL;
  g_autoptr(xmlTextReader) reader = NULL;
  g_autofree char *name = NULL;
  ReadContext ctx = { 0, };
  RtDocument *doc;
  struct stat st;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  init_libxml ();
  name = rt_io_display_name (path);
  ctx.name = name;

  ctx.fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (ctx.fd < 0)
    {
      set_open_error (error, name, errno);
      return NULL;
    }
  if (fstat (ctx.fd, &st) != 0 || S_ISDIR (st.st_mode))
    {
      set_open_error (error, name, S_ISDIR (st.st_mode) ? EISDIR : errno);
      close (ctx.fd);
      return NULL;
    }
  if (S_ISREG (st.st_mode) && st.st_size == 0)
    {
      rt_io_set_error_at (error, RT_IO_ERROR_PARSE, name, 0, _("the file is empty."));
      close (ctx.fd);
      return NULL;
    }
  if (S_ISREG (st.st_mode) && st.st_size > RT_MAP_MAX_FILE)
    {
      rt_io_set_error_at (error, RT_IO_ERROR_LIMIT, name, 0,
                          _("the file is larger than 256 MiB, more than a map can be."));
      close (ctx.fd);
      return NULL;
    }

  ctx.prolog = g_string_new (NULL);
  reader = xmlReaderForIO (read_fd, close_fd, &ctx, NULL, NULL, READER_OPTIONS);
  if (reader == NULL)
    {
      /* libxml2 reads the first bytes while setting up. */
      if (ctx.not_utf8)
        rt_io_set_error_at (error, RT_IO_ERROR_PARSE, name, 0,
                            _("the file is not valid UTF-8 text."));
      else if (ctx.prolog_refused)
        set_prolog_error (&ctx, error);
      else
        set_open_error (error, name, ctx.read_errno != 0 ? ctx.read_errno : EIO);
      close (ctx.fd);
      if (ctx.prolog != NULL)
        g_string_free (ctx.prolog, TRUE);
      return NULL;
    }

  builder = rt_map_builder_new (name);
  ctx.builder = builder;
  doc = run_reader (reader, &ctx, error);
  g_clear_pointer (&reader, xmlFreeTextReader);
  close (ctx.fd);
  if (ctx.prolog != NULL)
    g_string_free (ctx.prolog, TRUE);
  return doc;
}
