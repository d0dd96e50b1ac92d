/* rt-xml-stream.c: the safe libxml2 front end of every XML reader
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
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

#include "rt-io-error.h"
#include "rt-xml-stream.h"

/* Never NOENT, DTDLOAD, DTDATTR, HUGE or XINCLUDE: entities stay
 * unexpanded, nothing outside the file is read, libxml2's own limits hold.
 * No NOBLANKS either: the white space between elements carries exact line
 * numbers past 65535 (BIG_LINES), and blanks inside texts must survive.
 * IGNORE_ENC: maps, FreeMind and Freeplane are UTF-8 (or plain ASCII with
 * character references) whatever a declaration claims. */
#define READER_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_IGNORE_ENC | \
                        XML_PARSE_BIG_LINES | XML_PARSE_COMPACT)

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

void
rt_xml_stream_init (RtXmlStream *stream,
                    const char  *name,
                    guint        max_depth,
                    gboolean     explain_entities)
{
  memset (stream, 0, sizeof *stream);
  stream->name = name;
  stream->max_depth = max_depth;
  stream->explain_entities = explain_entities;
  stream->fd = -1;
  init_libxml ();
}

void
rt_xml_stream_clear (RtXmlStream *stream)
{
  if (stream->fd >= 0)
    close (stream->fd);
  stream->fd = -1;
  if (stream->prolog != NULL)
    g_string_free (g_steal_pointer (&stream->prolog), TRUE);
  g_clear_error (&stream->error);
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
check_prolog (RtXmlStream *stream,
              const char  *data,
              gsize        len)
{
  if (stream->prolog == NULL)
    return TRUE;

  g_string_append_len (stream->prolog, data, MIN (len, RT_XML_MAX_PROLOG + 1));
  stream->verdict = rt_xml_check_prolog (stream->prolog->str, stream->prolog->len,
                                         &stream->doctype_line);
  if (stream->verdict == RT_PROLOG_MORE && stream->prolog->len <= RT_XML_MAX_PROLOG)
    return TRUE;
  g_string_free (g_steal_pointer (&stream->prolog), TRUE);
  stream->prolog_refused = stream->verdict != RT_PROLOG_SAFE;
  return !stream->prolog_refused;
}

/* The refusal that check_prolog() decided on. */
static void
set_prolog_error (RtXmlStream *stream,
                  GError     **error)
{
  switch (stream->verdict)
    {
    case RT_PROLOG_EXTERNAL:
      rt_io_set_error_at (error, RT_IO_ERROR_UNSAFE, stream->name, stream->doctype_line,
                          _("the file refers to an outside document type definition, "
                            "which Roundtable does not load, to keep your computer safe."));
      break;
    case RT_PROLOG_ENTITIES:
      rt_io_set_error_at (error, RT_IO_ERROR_UNSAFE, stream->name, stream->doctype_line,
                          _("the file declares entities (named pieces of text), which "
                            "Roundtable does not accept, to keep your computer safe."));
      break;
    case RT_PROLOG_MORE:
      rt_io_set_error_at (error, RT_IO_ERROR_LIMIT, stream->name, 0,
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
  return g_strstrip (g_strdup (message != NULL ? message : ""));
}

static void
on_xml_error (void       *data,
              xmlErrorPtr xerr)
{
  RtXmlStream *stream = data;
  g_autofree char *message = NULL;
  guint line;

  if (xerr == NULL || xerr->level < XML_ERR_ERROR || stream->error != NULL)
    return;

  message = trim_message (xerr->message);
  line = xerr->line > 0 ? (guint) xerr->line : 0;

  switch (xerr->code)
    {
    case XML_ERR_DOCUMENT_EMPTY:
      rt_io_set_error_at (&stream->error, RT_IO_ERROR_PARSE, stream->name, 0,
                          _("the file is empty or holds no map."));
      return;
    case XML_ERR_INVALID_CHAR:
    case XML_ERR_INVALID_ENCODING:
    case XML_ERR_UNKNOWN_ENCODING:
    case XML_ERR_UNSUPPORTED_ENCODING:
    case XML_IO_ENCODER:
      if (strstr (message, "UTF-8") != NULL || xerr->code != XML_ERR_INVALID_CHAR)
        rt_io_set_error_at (&stream->error, RT_IO_ERROR_PARSE, stream->name, line,
                            _("the file is not valid UTF-8 text: save it again as UTF-8 in a "
                            "text editor."));
      else
        rt_io_set_error_at (&stream->error, RT_IO_ERROR_PARSE, stream->name, line,
                            _("the file contains a character that a map cannot hold, such "
                              "as a control character."));
      return;
    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
      if (!stream->explain_entities)
        break;
      rt_io_set_error_at (&stream->error, RT_IO_ERROR_PARSE, stream->name, line,
                          _("the file uses “&%s;”, a name XML does not know; it should be "
                            "written as a number, such as “&#160;” for “&nbsp;”."),
                          xerr->str1 != NULL ? xerr->str1 : "");
      return;
    case XML_ERR_ENTITY_LOOP:
    case XML_ERR_ENTITY_BOUNDARY:
      rt_io_set_error_at (&stream->error, RT_IO_ERROR_UNSAFE, stream->name, stream->doctype_line,
                          _("the file declares entities (named pieces of text), which "
                            "Roundtable does not accept, to keep your computer safe."));
      return;
    case XML_ERR_DOCUMENT_END:
      if (!stream->seen_root)
        {
          rt_io_set_error_at (&stream->error, RT_IO_ERROR_PARSE, stream->name, 0,
                              _("the file is empty or holds no map."));
          return;
        }
      /* libxml2 says the same for a file cut short and for text after the
       * end of the map. */
      rt_io_set_error_at (&stream->error, RT_IO_ERROR_PARSE, stream->name, line,
                          _("the file does not end where the map does: it may have been "
                            "cut short, or something follows the end of the map."));
      return;
    case XML_ERR_TAG_NOT_FINISHED:
      rt_io_set_error_at (&stream->error, RT_IO_ERROR_PARSE, stream->name, line,
                          _("the file ends before the map does; it may have been cut short."));
      return;
    default:
      break;
    }

  if (xerr->code == XML_ERR_INTERNAL_ERROR && strstr (message, "depth") != NULL)
    rt_io_set_error_at (&stream->error, RT_IO_ERROR_LIMIT, stream->name, line,
                        _("the file is nested more than %d levels deep."),
                        (int) stream->max_depth);
  else
    rt_io_set_error_at (&stream->error, RT_IO_ERROR_PARSE, stream->name, line,
                        _("the file is damaged or is not a map; the XML reader says “%s”."),
                        message);
}

guint
rt_xml_text_node_line (xmlNodePtr node)
{
  /* With BIG_LINES, libxml2 keeps lines past 65535 of text nodes aside. */
  if (node->line == 65535 && node->psvi != NULL)
    return (guint) (gsize) node->psvi;
  return node->line;
}

static gboolean
check_doctype (RtXmlStream     *stream,
               xmlTextReaderPtr reader)
{
  xmlNodePtr node = xmlTextReaderCurrentNode (reader);
  xmlDtdPtr dtd;

  if (node == NULL || node->type != XML_DTD_NODE)
    return TRUE;

  dtd = (xmlDtdPtr) node;
  if (dtd->ExternalID != NULL || dtd->SystemID != NULL)
    {
      rt_io_set_error_at (&stream->error, RT_IO_ERROR_UNSAFE, stream->name, stream->doctype_line,
                          _("the file refers to an outside document type definition, "
                            "which Roundtable does not load, to keep your computer safe."));
      return FALSE;
    }
  if ((dtd->entities != NULL && xmlHashSize (dtd->entities) > 0) ||
      (dtd->pentities != NULL && xmlHashSize (dtd->pentities) > 0))
    {
      rt_io_set_error_at (&stream->error, RT_IO_ERROR_UNSAFE, stream->name, stream->doctype_line,
                          _("the file declares entities (named pieces of text), which "
                            "Roundtable does not accept, to keep your computer safe."));
      return FALSE;
    }
  return TRUE;
}

gboolean
rt_xml_stream_check_node (RtXmlStream     *stream,
                          xmlTextReaderPtr reader,
                          int              type)
{
  switch (type)
    {
    case XML_READER_TYPE_DOCUMENT_TYPE:
      return check_doctype (stream, reader);
    case XML_READER_TYPE_ENTITY_REFERENCE:
    case XML_READER_TYPE_ENTITY:
      rt_io_set_error_at (&stream->error, RT_IO_ERROR_UNSAFE, stream->name,
                          (guint) xmlTextReaderGetParserLineNumber (reader),
                          _("the file declares entities (named pieces of text), which "
                            "Roundtable does not accept, to keep your computer safe."));
      return FALSE;
    default:
      return TRUE;
    }
}

gboolean
rt_xml_stream_run (RtXmlStream     *stream,
                   xmlTextReaderPtr reader,
                   RtXmlStreamFunc  func,
                   gpointer         data,
                   GError         **error)
{
  xmlStructuredErrorFunc old_handler = xmlStructuredError;
  void *old_data = xmlStructuredErrorContext;
  int ret;

  /* Errors libxml2 raises without a parser context go to this thread's
   * handler: catch those too, then put back whatever was there. */
  xmlSetStructuredErrorFunc (stream, on_xml_error);
  xmlTextReaderSetStructuredErrorHandler (reader, on_xml_error, stream);

  while ((ret = xmlTextReaderRead (reader)) == 1 && stream->error == NULL)
    if (!func (reader, data))
      break;

  xmlSetStructuredErrorFunc (old_data, old_handler);

  if (stream->prolog_refused)
    {
      g_clear_error (&stream->error);
      set_prolog_error (stream, error);
    }
  else if (stream->too_big)
    {
      g_clear_error (&stream->error);
      rt_io_set_error_at (error, RT_IO_ERROR_LIMIT, stream->name, 0,
                          _("the file is larger than 256 MiB, more than a map can be."));
    }
  else if (stream->not_utf8)
    {
      g_clear_error (&stream->error);
      rt_io_set_error_at (error, RT_IO_ERROR_PARSE, stream->name, 0,
                          _("the file is not valid UTF-8 text: save it again as UTF-8 in a "
                            "text editor."));
    }
  else if (stream->read_errno != 0)
    {
      const char *advice = NULL;
      g_autofree char *reason = rt_io_describe_failure (stream->read_errno, NULL, FALSE, &advice);

      g_clear_error (&stream->error);
      rt_io_set_error_at (error, RT_IO_ERROR_IO, stream->name, 0,
                          /* Translators: the reason, then what to do. */
                          _("the file could not be read: %s. %s"), reason, advice);
    }
  else if (stream->error != NULL)
    g_propagate_error (error, g_steal_pointer (&stream->error));
  else if (ret != 0)
    rt_io_set_error_at (error, RT_IO_ERROR_PARSE, stream->name,
                        (guint) xmlTextReaderGetParserLineNumber (reader),
                        _("the file is damaged or is not a map."));
  else
    return TRUE;

  return FALSE;
}

xmlTextReaderPtr
rt_xml_stream_open_memory (RtXmlStream *stream,
                           const char  *data,
                           gsize        len,
                           GError     **error)
{
  xmlTextReaderPtr reader;

  if (len == 0)
    {
      rt_io_set_error_at (error, RT_IO_ERROR_PARSE, stream->name, 0, _("the file is empty."));
      return NULL;
    }
  if (len > RT_XML_MAX_FILE)
    {
      rt_io_set_error_at (error, RT_IO_ERROR_LIMIT, stream->name, 0,
                          _("the file is larger than 256 MiB, more than a map can be."));
      return NULL;
    }
  if (!starts_like_utf8 (data, len))
    {
      rt_io_set_error_at (error, RT_IO_ERROR_PARSE, stream->name, 0,
                          _("the file is not valid UTF-8 text: save it again as UTF-8 in a "
                            "text editor."));
      return NULL;
    }

  stream->verdict = rt_xml_check_prolog (data, MIN (len, RT_XML_MAX_PROLOG + 1),
                                         &stream->doctype_line);
  /* Data that ends inside the prolog is libxml2's to report. */
  if (stream->verdict != RT_PROLOG_SAFE &&
      (stream->verdict != RT_PROLOG_MORE || len > RT_XML_MAX_PROLOG))
    {
      set_prolog_error (stream, error);
      return NULL;
    }
  reader = xmlReaderForMemory (data, (int) len, NULL, NULL, READER_OPTIONS);
  if (reader == NULL)
    rt_io_set_error_at (error, RT_IO_ERROR_IO, stream->name, 0, _("there is not enough free memory to read it. Close other programs, "
                            "then try again."));
  return reader;
}

static int
read_fd (void *data,
         char *buffer,
         int   len)
{
  RtXmlStream *stream = data;
  gssize n;

  do
    n = read (stream->fd, buffer, len);
  while (n < 0 && errno == EINTR);

  if (n < 0)
    {
      stream->read_errno = errno;
      return -1;
    }
  if (stream->total == 0 && n > 0 && !starts_like_utf8 (buffer, n))
    {
      stream->not_utf8 = TRUE;
      return -1;
    }
  if (!check_prolog (stream, buffer, n))
    return -1;
  stream->total += n;
  if (stream->total > RT_XML_MAX_FILE)
    {
      stream->too_big = TRUE;
      return -1;
    }
  return (int) n;
}

static int
close_fd (void *data)
{
  /* rt_xml_stream_clear() closes the descriptor. */
  return 0;
}

static void
set_open_error (GError    **error,
                const char *name,
                int         saved_errno)
{
  const char *advice = NULL;
  g_autofree char *reason = rt_io_describe_failure (saved_errno, NULL, FALSE, &advice);
  RtIoError code = saved_errno == ENOENT || saved_errno == ENOTDIR ? RT_IO_ERROR_NOT_FOUND
                                                                    : RT_IO_ERROR_IO;

  /* Translators: the reason a file could not be opened, such as "there is
   * no such file", then what to do. */
  rt_io_set_error_at (error, code, name, 0, _("%s. %s"), reason, advice);
}

static int
open_checked (const char *path,
              const char *name,
              GError    **error)
{
  struct stat st;
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);

  if (fd < 0)
    {
      set_open_error (error, name, errno);
      return -1;
    }
  if (fstat (fd, &st) != 0 || S_ISDIR (st.st_mode))
    set_open_error (error, name, S_ISDIR (st.st_mode) ? EISDIR : errno);
  else if (S_ISREG (st.st_mode) && st.st_size == 0)
    rt_io_set_error_at (error, RT_IO_ERROR_PARSE, name, 0, _("the file is empty."));
  else if (S_ISREG (st.st_mode) && st.st_size > RT_XML_MAX_FILE)
    rt_io_set_error_at (error, RT_IO_ERROR_LIMIT, name, 0,
                        _("the file is larger than 256 MiB, more than a map can be."));
  else
    return fd;

  close (fd);
  return -1;
}

xmlTextReaderPtr
rt_xml_stream_open_file (RtXmlStream *stream,
                         const char  *path,
                         GError     **error)
{
  xmlTextReaderPtr reader;

  stream->fd = open_checked (path, stream->name, error);
  if (stream->fd < 0)
    return NULL;

  stream->prolog = g_string_new (NULL);
  reader = xmlReaderForIO (read_fd, close_fd, stream, NULL, NULL, READER_OPTIONS);
  if (reader != NULL)
    return reader;

  /* libxml2 reads the first bytes while setting up. */
  if (stream->not_utf8)
    rt_io_set_error_at (error, RT_IO_ERROR_PARSE, stream->name, 0,
                        _("the file is not valid UTF-8 text: save it again as UTF-8 in a "
                            "text editor."));
  else if (stream->prolog_refused)
    set_prolog_error (stream, error);
  else
    set_open_error (error, stream->name, stream->read_errno != 0 ? stream->read_errno : EIO);
  return NULL;
}
