/* rt-import-xml.c
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Element handlers over rt-xml-stream.h, the front end the map reader
 * uses too: a 256 MiB file never sits in memory whole.
 */
#define G_LOG_DOMAIN "roundtable-io"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "rt-import-xml.h"
#include "rt-io-error.h"
#include "rt-xml-stream.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlTextReader, xmlFreeTextReader)

#define SNIFF_SIZE (64 * 1024)

struct _RtXmlImport
{
  RtXmlStream stream;
  const RtXmlImportHandlers *handlers;
  gpointer    user_data;

  guint       text_line;
  guint       depth;
  guint       skip_depth;  /* depth of the element being skipped, or 0 */
  gboolean    skip_requested;
  xmlNodePtr  current;     /* the element being started */
  GPtrArray  *scratch;     /* attribute values libxml2 had to assemble */
};

const char *
rt_xml_import_get_name (RtXmlImport *imp)
{
  return imp->stream.name;
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
          rt_io_set_error_at (&imp->stream.error, RT_IO_ERROR_LIMIT, imp->stream.name, line,
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
    ok = imp->handlers->end_element (imp, name, ns, imp->user_data, &imp->stream.error);
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

  imp->stream.seen_root = TRUE;
  imp->depth++;
  if (imp->depth > RT_IMPORT_MAX_DEPTH)
    {
      rt_io_set_error_at (&imp->stream.error, RT_IO_ERROR_LIMIT, imp->stream.name, line,
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
                                       imp->user_data, &imp->stream.error);
  imp->current = NULL;
  g_ptr_array_set_size (imp->scratch, 0);
  if (!ok)
    return FALSE;
  if (imp->skip_requested)
    imp->skip_depth = imp->depth;

  return !empty || end_element (imp, (const char *) node->name, ns);
}

static gboolean
read_node (xmlTextReaderPtr reader,
           gpointer         data)
{
  RtXmlImport *imp = data;
  int type = xmlTextReaderNodeType (reader);

  if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
      type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE || type == XML_READER_TYPE_WHITESPACE)
    {
      const char *text = (const char *) xmlTextReaderConstValue (reader);
      xmlNodePtr node = xmlTextReaderCurrentNode (reader);

      imp->text_line = node != NULL ? rt_xml_text_node_line (node) : 0;
      if (text == NULL || imp->skip_depth > 0 || imp->handlers->text == NULL)
        return TRUE;
      return imp->handlers->text (imp, text, strlen (text), imp->text_line,
                                  imp->user_data, &imp->stream.error);
    }

  imp->text_line = 0;
  switch (type)
    {
    case XML_READER_TYPE_ELEMENT:
      return read_element (reader, imp);
    case XML_READER_TYPE_END_ELEMENT:
      return end_element (imp, (const char *) xmlTextReaderConstLocalName (reader),
                          (const char *) xmlTextReaderConstNamespaceUri (reader));
    default:
      return rt_xml_stream_check_node (&imp->stream, reader, type);
    }
}

static void
import_init (RtXmlImport               *imp,
             const char                *name,
             const RtXmlImportHandlers *handlers,
             gpointer                   user_data)
{
  memset (imp, 0, sizeof *imp);
  rt_xml_stream_init (&imp->stream, name, RT_IMPORT_MAX_DEPTH, TRUE);
  imp->handlers = handlers;
  imp->user_data = user_data;
  imp->scratch = g_ptr_array_new_with_free_func (xmlFree);
}

/* Takes the reader; NULL reads nothing (the error is already set). */
static gboolean
import_run (RtXmlImport     *imp,
            xmlTextReaderPtr reader,
            GError         **error)
{
  g_autoptr(xmlTextReader) owned = reader;
  gboolean ok = FALSE;

  if (owned != NULL)
    ok = rt_xml_stream_run (&imp->stream, owned, read_node, imp, error);
  g_clear_pointer (&owned, xmlFreeTextReader);
  rt_xml_stream_clear (&imp->stream);
  g_ptr_array_unref (imp->scratch);
  return ok;
}

gboolean
rt_xml_import_memory (const char                *data,
                      gsize                      len,
                      const char                *display_name,
                      const RtXmlImportHandlers *handlers,
                      gpointer                   user_data,
                      GError                   **error)
{
  RtXmlImport imp;

  g_return_val_if_fail (data != NULL || len == 0, FALSE);
  g_return_val_if_fail (handlers != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  import_init (&imp, display_name != NULL ? display_name : _("The file"), handlers, user_data);
  return import_run (&imp, rt_xml_stream_open_memory (&imp.stream, data, len, error), error);
}

gboolean
rt_xml_import_file (const char                *path,
                    const RtXmlImportHandlers *handlers,
                    gpointer                   user_data,
                    GError                   **error)
{
  g_autofree char *name = NULL;
  RtXmlImport imp;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (handlers != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = rt_io_display_name (path);
  import_init (&imp, name, handlers, user_data);
  return import_run (&imp, rt_xml_stream_open_file (&imp.stream, path, error), error);
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
  g_autofree char *buffer = NULL;
  RtXmlStream stream;
  xmlTextReaderPtr reader;
  xmlStructuredErrorFunc old_handler;
  void *old_data;
  gboolean found = FALSE;
  guint doctype_line;
  gssize n;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return FALSE;
  buffer = g_malloc (SNIFF_SIZE);
  do
    n = read (fd, buffer, SNIFF_SIZE);
  while (n < 0 && errno == EINTR);
  close (fd);
  if (n <= 0)
    return FALSE;
  /* Entity declarations cost libxml2 dearly before the root element:
   * leave such a file to a reader, which refuses it. */
  if (rt_xml_check_prolog (buffer, n, &doctype_line) != RT_PROLOG_SAFE)
    return FALSE;

  rt_xml_stream_init (&stream, path, RT_IMPORT_MAX_DEPTH, FALSE);
  reader = rt_xml_stream_open_memory (&stream, buffer, n, NULL);
  if (reader == NULL)
    return FALSE;

  /* Only the first element matters: whatever is wrong around it, or in a
   * file cut off at SNIFF_SIZE, is for a reader to report. */
  old_handler = xmlStructuredError;
  old_data = xmlStructuredErrorContext;
  xmlSetStructuredErrorFunc (NULL, ignore_error);
  xmlTextReaderSetStructuredErrorHandler (reader, ignore_error, NULL);
  while (!found && xmlTextReaderRead (reader) == 1)
    {
      if (xmlTextReaderNodeType (reader) == XML_READER_TYPE_ELEMENT)
        {
          const char *uri = (const char *) xmlTextReaderConstNamespaceUri (reader);

          *name = g_strdup ((const char *) xmlTextReaderConstLocalName (reader));
          *ns = g_strdup (uri);
          found = TRUE;
        }
    }
  xmlSetStructuredErrorFunc (old_data, old_handler);
  xmlFreeTextReader (reader);
  rt_xml_stream_clear (&stream);
  return found;
}
