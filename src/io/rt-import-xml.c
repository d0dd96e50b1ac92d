/* rt-import-xml.c
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same streaming discipline as rt-xml-reader.c: only the current
 * element and its ancestors exist as xmlNodes, and a file is read from
 * its descriptor in pieces, so that a 256 MiB file never sits in memory
 * whole.
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

#include "rt-import-xml.h"
#include "rt-io-error.h"
#include "rt-xml-prolog.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlTextReader, xmlFreeTextReader)

/* Never NOENT, DTDLOAD, DTDATTR, HUGE or XINCLUDE: entities stay
 * unexpanded, nothing outside the file is read and libxml2's own limits
 * hold. IGNORE_ENC: FreeMind and Freeplane write UTF-8 (or plain ASCII
 * with character references) whatever a declaration claims. */
#define READER_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_IGNORE_ENC | \
                        XML_PARSE_BIG_LINES | XML_PARSE_COMPACT)

#define SNIFF_SIZE (64 * 1024)

struct _RtXmlImport
{
  const RtXmlImportHandlers *handlers;
  gpointer    user_data;
  const char *name;        /* display name, borrowed */
  GError     *error;       /* the first error, ours or libxml2's */

  int         fd;
  gsize       total;
  gboolean    too_big;
  gboolean    not_utf8;
  int         read_errno;

  guint       text_line;
  gboolean    seen_root;
  guint       depth;
  guint       skip_depth;  /* depth of the element being skipped, or 0 */
  gboolean    skip_requested;
  xmlNodePtr  current;     /* the element being started */
  GPtrArray  *scratch;     /* attribute values libxml2 had to assemble */

  /* What comes before the root element, checked before libxml2 sees it
   * (rt-xml-prolog.h); NULL once it has been passed. */
  GString        *prolog;
  RtPrologVerdict verdict;
  gboolean        prolog_refused;
  guint           doctype_line;
};

static void
init_libxml (void)
{
  static gsize initialized = 0;

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
check_prolog (RtXmlImport *imp,
              const char  *data,
              gsize        len)
{
  if (imp->prolog == NULL)
    return TRUE;

  g_string_append_len (imp->prolog, data, MIN (len, RT_XML_MAX_PROLOG + 1));
  imp->verdict = rt_xml_check_prolog (imp->prolog->str, imp->prolog->len, &imp->doctype_line);
  if (imp->verdict == RT_PROLOG_MORE && imp->prolog->len <= RT_XML_MAX_PROLOG)
    return TRUE;
  g_string_free (g_steal_pointer (&imp->prolog), TRUE);
  imp->prolog_refused = imp->verdict != RT_PROLOG_SAFE;
  return !imp->prolog_refused;
}

/* The refusal that check_prolog() decided on. */
static void
set_prolog_error (RtXmlImport *imp,
                  GError     **error)
{
  switch (imp->verdict)
    {
    case RT_PROLOG_EXTERNAL:
      rt_io_set_error_at (error, RT_IO_ERROR_UNSAFE, imp->name, imp->doctype_line,
                          _("the file refers to an outside document type definition, "
                            "which Roundtable does not load."));
      break;
    case RT_PROLOG_ENTITIES:
      rt_io_set_error_at (error, RT_IO_ERROR_UNSAFE, imp->name, imp->doctype_line,
                          _("the file declares entities, which Roundtable does not accept."));
      break;
    case RT_PROLOG_MORE:
      rt_io_set_error_at (error, RT_IO_ERROR_LIMIT, imp->name, 0,
                          _("more than 64 KiB come before the map begins."));
      break;
    case RT_PROLOG_SAFE:
    default:
      g_assert_not_reached ();
    }
}

const char *
rt_xml_import_get_name (RtXmlImport *imp)
{
  return imp->name;
}

guint
rt_xml_import_get_depth (RtXmlImport *imp)
{
  return imp->depth;
}

void
rt_xml_import_skip (RtXmlImport *imp)
{
  g_return_if_fail (imp->current != NULL);
  imp->skip_requested = TRUE;
}

static const char *
attr_value (RtXmlImport *imp,
            xmlAttrPtr   a)
{
  xmlChar *allocated;

  if (a->children == NULL)
    return "";
  if (a->children->type == XML_TEXT_NODE && a->children->next == NULL)
    return a->children->content != NULL ? (const char *) a->children->content : "";

  allocated = xmlNodeListGetString (imp->current->doc, a->children, 1);
  if (allocated == NULL)
    return "";
  g_ptr_array_add (imp->scratch, allocated);
  return (const char *) allocated;
}

const char *
rt_xml_import_get_attr (RtXmlImport *imp,
                        const char  *name)
{
  g_return_val_if_fail (imp->current != NULL, NULL);

  for (xmlAttrPtr a = imp->current->properties; a != NULL; a = a->next)
    if (a->ns == NULL && strcmp ((const char *) a->name, name) == 0)
      return attr_value (imp, a);
  return NULL;
}

void
rt_xml_import_foreach_attr (RtXmlImport *imp,
                            void       (*func) (const char *name,
                                                const char *value,
                                                gpointer    data),
                            gpointer     data)
{
  g_return_if_fail (imp->current != NULL);

  for (xmlAttrPtr a = imp->current->properties; a != NULL; a = a->next)
    if (a->ns == NULL)
      func ((const char *) a->name, attr_value (imp, a), data);
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
  RtXmlImport *imp = data;
  g_autofree char *message = NULL;
  guint line;

  if (xerr == NULL || xerr->level < XML_ERR_ERROR || imp->error != NULL)
    return;

  message = trim_message (xerr->message);
  line = xerr->line > 0 ? (guint) xerr->line : 0;

  switch (xerr->code)
    {
    case XML_ERR_DOCUMENT_EMPTY:
      rt_io_set_error_at (&imp->error, RT_IO_ERROR_PARSE, imp->name, 0,
                          _("the file is empty or holds no map."));
      break;
    case XML_ERR_INVALID_CHAR:
    case XML_ERR_INVALID_ENCODING:
    case XML_ERR_UNKNOWN_ENCODING:
    case XML_ERR_UNSUPPORTED_ENCODING:
    case XML_IO_ENCODER:
      if (strstr (message, "UTF-8") != NULL || xerr->code != XML_ERR_INVALID_CHAR)
        rt_io_set_error_at (&imp->error, RT_IO_ERROR_PARSE, imp->name, line,
                            _("the file is not valid UTF-8 text."));
      else
        rt_io_set_error_at (&imp->error, RT_IO_ERROR_PARSE, imp->name, line,
                            _("the file contains a character that a map cannot hold (%s)."),
                            message);
      break;
    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
      rt_io_set_error_at (&imp->error, RT_IO_ERROR_PARSE, imp->name, line,
                          _("the file uses “&%s;”, a name XML does not know; it should be "
                            "written as a number, such as “&#160;” for “&nbsp;”."),
                          xerr->str1 != NULL ? xerr->str1 : "");
      break;
    case XML_ERR_ENTITY_LOOP:
    case XML_ERR_ENTITY_BOUNDARY:
      rt_io_set_error_at (&imp->error, RT_IO_ERROR_UNSAFE, imp->name, imp->doctype_line,
                          _("the file declares entities, which Roundtable does not accept."));
      break;
    case XML_ERR_DOCUMENT_END:
      if (!imp->seen_root)
        {
          rt_io_set_error_at (&imp->error, RT_IO_ERROR_PARSE, imp->name, 0,
                              _("the file is empty or holds no map."));
          break;
        }
      /* libxml2 says the same for a file cut short and for text after the
       * end of the map. */
      rt_io_set_error_at (&imp->error, RT_IO_ERROR_PARSE, imp->name, line,
                          _("the file does not end where the map does: it may have been "
                            "cut short, or something follows the end of the map."));
      break;
    case XML_ERR_TAG_NOT_FINISHED:
      rt_io_set_error_at (&imp->error, RT_IO_ERROR_PARSE, imp->name, line,
                          _("the file ends before the map does; it may have been cut short."));
      break;
    default:
      if (xerr->code == XML_ERR_INTERNAL_ERROR && strstr (message, "depth") != NULL)
        rt_io_set_error_at (&imp->error, RT_IO_ERROR_LIMIT, imp->name, line,
                            _("the file is nested more than %d levels deep."),
                            RT_IMPORT_MAX_DEPTH);
      else
        rt_io_set_error_at (&imp->error, RT_IO_ERROR_PARSE, imp->name, line,
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

static gboolean
check_attributes (RtXmlImport *imp,
                  xmlNodePtr   node,
                  guint        line)
{
  for (xmlAttrPtr a = node->properties; a != NULL; a = a->next)
    {
      gsize len = 0;

      for (xmlNodePtr c = a->children; c != NULL; c = c->next)
        if (c->content != NULL)
          len += strlen ((const char *) c->content);
      if (len > RT_IMPORT_MAX_TEXT)
        {
          rt_io_set_error_at (&imp->error, RT_IO_ERROR_LIMIT, imp->name, line,
                              _("the attribute “%s” of <%s> is longer than 1 MiB."),
                              (const char *) a->name, (const char *) node->name);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
end_element (RtXmlImport *imp,
             const char  *name,
             const char  *ns)
{
  gboolean ok = TRUE;

  if (imp->skip_depth > 0 && imp->depth > imp->skip_depth)
    {
      imp->depth--;
      return TRUE;
    }
  if (imp->skip_depth == imp->depth)
    imp->skip_depth = 0;
  if (imp->handlers->end_element != NULL)
    ok = imp->handlers->end_element (imp, name, ns, imp->user_data, &imp->error);
  imp->depth--;
  return ok;
}

static gboolean
read_element (xmlTextReaderPtr reader,
              RtXmlImport     *imp)
{
  xmlNodePtr node = xmlTextReaderCurrentNode (reader);
  gboolean empty = xmlTextReaderIsEmptyElement (reader) == 1;
  const char *ns = node->ns != NULL ? (const char *) node->ns->href : NULL;
  guint line = imp->text_line > 0 ? imp->text_line : node->line;
  gboolean ok = TRUE;

  imp->seen_root = TRUE;
  imp->depth++;
  if (imp->depth > RT_IMPORT_MAX_DEPTH)
    {
      rt_io_set_error_at (&imp->error, RT_IO_ERROR_LIMIT, imp->name, line,
                          _("the file is nested more than %d levels deep."),
                          RT_IMPORT_MAX_DEPTH);
      return FALSE;
    }
  if (imp->skip_depth > 0)
    {
      if (empty)
        imp->depth--;
      return TRUE;
    }
  if (!check_attributes (imp, node, line))
    return FALSE;

  imp->current = node;
  imp->skip_requested = FALSE;
  if (imp->handlers->start_element != NULL)
    ok = imp->handlers->start_element (imp, (const char *) node->name, ns, line,
                                       imp->user_data, &imp->error);
  imp->current = NULL;
  g_ptr_array_set_size (imp->scratch, 0);
  if (!ok)
    return FALSE;
  if (imp->skip_requested)
    imp->skip_depth = imp->depth;

  return !empty || end_element (imp, (const char *) node->name, ns);
}

static gboolean
check_doctype (xmlTextReaderPtr reader,
               RtXmlImport     *imp)
{
  xmlNodePtr node = xmlTextReaderCurrentNode (reader);
  xmlDtdPtr dtd;

  if (node == NULL || node->type != XML_DTD_NODE)
    return TRUE;

  dtd = (xmlDtdPtr) node;
  if (dtd->ExternalID != NULL || dtd->SystemID != NULL)
    {
      rt_io_set_error_at (&imp->error, RT_IO_ERROR_UNSAFE, imp->name, imp->doctype_line,
                          _("the file refers to an outside document type definition, "
                            "which Roundtable does not load."));
      return FALSE;
    }
  if ((dtd->entities != NULL && xmlHashSize (dtd->entities) > 0) ||
      (dtd->pentities != NULL && xmlHashSize (dtd->pentities) > 0))
    {
      rt_io_set_error_at (&imp->error, RT_IO_ERROR_UNSAFE, imp->name, imp->doctype_line,
                          _("the file declares entities, which Roundtable does not accept."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_node (xmlTextReaderPtr reader,
           RtXmlImport     *imp)
{
  int type = xmlTextReaderNodeType (reader);

  if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
      type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE || type == XML_READER_TYPE_WHITESPACE)
    {
      const char *text = (const char *) xmlTextReaderConstValue (reader);
      xmlNodePtr node = xmlTextReaderCurrentNode (reader);

      imp->text_line = node != NULL ? text_node_line (node) : 0;
      if (text == NULL || imp->skip_depth > 0 || imp->handlers->text == NULL)
        return TRUE;
      return imp->handlers->text (imp, text, strlen (text), imp->text_line,
                                  imp->user_data, &imp->error);
    }

  imp->text_line = 0;
  switch (type)
    {
    case XML_READER_TYPE_ELEMENT:
      return read_element (reader, imp);
    case XML_READER_TYPE_END_ELEMENT:
      return end_element (imp, (const char *) xmlTextReaderConstLocalName (reader),
                          (const char *) xmlTextReaderConstNamespaceUri (reader));
    case XML_READER_TYPE_DOCUMENT_TYPE:
      return check_doctype (reader, imp);
    case XML_READER_TYPE_ENTITY_REFERENCE:
    case XML_READER_TYPE_ENTITY:
      rt_io_set_error_at (&imp->error, RT_IO_ERROR_UNSAFE, imp->name,
                          (guint) xmlTextReaderGetParserLineNumber (reader),
                          _("the file declares entities, which Roundtable does not accept."));
      return FALSE;
    default:
      return TRUE;
    }
}

static gboolean
run_reader (xmlTextReaderPtr reader,
            RtXmlImport     *imp,
            GError         **error)
{
  xmlStructuredErrorFunc old_handler = xmlStructuredError;
  void *old_data = xmlStructuredErrorContext;
  int ret;

  /* Errors libxml2 raises without a parser context go to this thread's
   * handler: catch those too, then put back whatever was there. */
  xmlSetStructuredErrorFunc (imp, on_xml_error);
  xmlTextReaderSetStructuredErrorHandler (reader, on_xml_error, imp);

  while ((ret = xmlTextReaderRead (reader)) == 1 && imp->error == NULL)
    if (!read_node (reader, imp))
      break;

  xmlSetStructuredErrorFunc (old_data, old_handler);

  if (imp->prolog_refused)
    {
      g_clear_error (&imp->error);
      set_prolog_error (imp, error);
    }
  else if (imp->too_big)
    {
      g_clear_error (&imp->error);
      rt_io_set_error_at (error, RT_IO_ERROR_LIMIT, imp->name, 0,
                          _("the file is larger than 256 MiB, more than a map can be."));
    }
  else if (imp->not_utf8)
    {
      g_clear_error (&imp->error);
      rt_io_set_error_at (error, RT_IO_ERROR_PARSE, imp->name, 0,
                          _("the file is not valid UTF-8 text."));
    }
  else if (imp->read_errno != 0)
    {
      g_clear_error (&imp->error);
      rt_io_set_error_at (error, RT_IO_ERROR_IO, imp->name, 0,
                          _("the file could not be read: %s."), g_strerror (imp->read_errno));
    }
  else if (imp->error != NULL)
    g_propagate_error (error, g_steal_pointer (&imp->error));
  else if (ret != 0)
    rt_io_set_error_at (error, RT_IO_ERROR_PARSE, imp->name,
                        (guint) xmlTextReaderGetParserLineNumber (reader),
                        _("the file is damaged or is not a map."));
  else
    return TRUE;

  return FALSE;
}

static void
import_init (RtXmlImport               *imp,
             const char                *name,
             const RtXmlImportHandlers *handlers,
             gpointer                   user_data)
{
  memset (imp, 0, sizeof *imp);
  imp->name = name;
  imp->handlers = handlers;
  imp->user_data = user_data;
  imp->fd = -1;
  imp->scratch = g_ptr_array_new_with_free_func (xmlFree);
}

gboolean
rt_xml_import_memory (const char                *data,
                      gsize                      len,
                      const char                *display_name,
                      const RtXmlImportHandlers *handlers,
                      gpointer                   user_data,
                      GError                   **error)
{
  g_autoptr(xmlTextReader) reader = NULL;
  RtXmlImport imp;
  gboolean ok = FALSE;

  g_return_val_if_fail (data != NULL || len == 0, FALSE);
  g_return_val_if_fail (handlers != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  init_libxml ();
  import_init (&imp, display_name != NULL ? display_name : _("The file"), handlers, user_data);

  if (len == 0)
    rt_io_set_error_at (error, RT_IO_ERROR_PARSE, imp.name, 0, _("the file is empty."));
  else if (len > RT_IMPORT_MAX_FILE)
    rt_io_set_error_at (error, RT_IO_ERROR_LIMIT, imp.name, 0,
                        _("the file is larger than 256 MiB, more than a map can be."));
  else if (!starts_like_utf8 (data, len))
    rt_io_set_error_at (error, RT_IO_ERROR_PARSE, imp.name, 0,
                        _("the file is not valid UTF-8 text."));
  else
    {
      imp.verdict = rt_xml_check_prolog (data, MIN (len, RT_XML_MAX_PROLOG + 1),
                                         &imp.doctype_line);
      /* Data that ends inside the prolog is libxml2's to report. */
      if (imp.verdict != RT_PROLOG_SAFE &&
          (imp.verdict != RT_PROLOG_MORE || len > RT_XML_MAX_PROLOG))
        set_prolog_error (&imp, error);
      else if ((reader = xmlReaderForMemory (data, (int) len, NULL, NULL,
                                             READER_OPTIONS)) == NULL)
        rt_io_set_error_at (error, RT_IO_ERROR_IO, imp.name, 0, _("out of memory."));
      else
        ok = run_reader (reader, &imp, error);
    }

  g_clear_pointer (&reader, xmlFreeTextReader);
  g_ptr_array_unref (imp.scratch);
  return ok;
}

static int
read_fd (void *data,
         char *buffer,
         int   len)
{
  RtXmlImport *imp = data;
  gssize n;

  do
    n = read (imp->fd, buffer, len);
  while (n < 0 && errno == EINTR);

  if (n < 0)
    {
      imp->read_errno = errno;
      return -1;
    }
  if (imp->total == 0 && n > 0 && !starts_like_utf8 (buffer, n))
    {
      imp->not_utf8 = TRUE;
      return -1;
    }
  if (!check_prolog (imp, buffer, n))
    return -1;
  imp->total += n;
  if (imp->total > RT_IMPORT_MAX_FILE)
    {
      imp->too_big = TRUE;
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
  else if (S_ISREG (st.st_mode) && st.st_size > RT_IMPORT_MAX_FILE)
    rt_io_set_error_at (error, RT_IO_ERROR_LIMIT, name, 0,
                        _("the file is larger than 256 MiB, more than a map can be."));
  else
    return fd;

  close (fd);
  return -1;
}

gboolean
rt_xml_import_file (const char                *path,
                    const RtXmlImportHandlers *handlers,
                    gpointer                   user_data,
                    GError                   **error)
{
  g_autoptr(xmlTextReader) reader = NULL;
  g_autofree char *name = NULL;
  RtXmlImport imp;
  gboolean ok = FALSE;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (handlers != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  init_libxml ();
  name = rt_io_display_name (path);
  import_init (&imp, name, handlers, user_data);

  imp.fd = open_checked (path, name, error);
  if (imp.fd >= 0)
    {
      imp.prolog = g_string_new (NULL);
      reader = xmlReaderForIO (read_fd, close_fd, &imp, NULL, NULL, READER_OPTIONS);
      if (reader == NULL)
        {
          /* libxml2 reads the first bytes while setting up. */
          if (imp.not_utf8)
            rt_io_set_error_at (error, RT_IO_ERROR_PARSE, name, 0,
                                _("the file is not valid UTF-8 text."));
          else if (imp.prolog_refused)
            set_prolog_error (&imp, error);
          else
            set_open_error (error, name, imp.read_errno != 0 ? imp.read_errno : EIO);
        }
      else
        ok = run_reader (reader, &imp, error);
      g_clear_pointer (&reader, xmlFreeTextReader);
      close (imp.fd);
      if (imp.prolog != NULL)
        g_string_free (imp.prolog, TRUE);
    }

  g_ptr_array_unref (imp.scratch);
  return ok;
}

static void
ignore_error (void       *data,
              xmlErrorPtr xerr)
{
}

gboolean
rt_xml_import_sniff_root (const char  *path,
                          char       **name,
                          char       **ns)
{
  g_autoptr(xmlTextReader) reader = NULL;
  g_autofree char *buffer = NULL;
  xmlStructuredErrorFunc old_handler;
  void *old_data;
  gboolean found = FALSE;
  guint doctype_line;
  gssize n;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);

  init_libxml ();
  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return FALSE;
  buffer = g_malloc (SNIFF_SIZE);
  do
    n = read (fd, buffer, SNIFF_SIZE);
  while (n < 0 && errno == EINTR);
  close (fd);
  if (n <= 0 || !starts_like_utf8 (buffer, n))
    return FALSE;
  /* Entity declarations cost libxml2 dearly before the root element:
   * leave such a file to a reader, which refuses it. */
  if (rt_xml_check_prolog (buffer, n, &doctype_line) != RT_PROLOG_SAFE)
    return FALSE;

  reader = xmlReaderForMemory (buffer, (int) n, NULL, NULL, READER_OPTIONS);
  if (reader == NULL)
    return FALSE;

  old_handler = xmlStructuredError;
  old_data = xmlStructuredErrorContext;
  xmlSetStructuredErrorFunc (NULL, ignore_error);
  xmlTextReaderSetStructuredErrorHandler (reader, ignore_error, NULL);
  while (xmlTextReaderRead (reader) == 1)
    {
      if (xmlTextReaderNodeType (reader) == XML_READER_TYPE_ELEMENT)
        {
          const char *uri = (const char *) xmlTextReaderConstNamespaceUri (reader);

          *name = g_strdup ((const char *) xmlTextReaderConstLocalName (reader));
          *ns = g_strdup (uri);
          found = TRUE;
          break;
        }
    }
  xmlSetStructuredErrorFunc (old_data, old_handler);
  return found;
}
