/* rt-freemind-writer.c: writing FreeMind 1.0.1 maps
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * FreeMind 1.0 checks that a file starts with <map version=…> and reads
 * it as it writes it: ASCII, everything else as character references, no
 * XML declaration. The output buffer's ASCII encoder makes the references.
 * Notes are XHTML, one paragraph per line; spaces that HTML would
 * collapse are written as no-break spaces, which the reader turns back
 * into spaces.
 */
#define G_LOG_DOMAIN "roundtable-io"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <libxml/xmlwriter.h>

#include "rt-freemind.h"
#include "rt-import-xml.h"
#include "rt-outline-codec.h"
#include "rt-outline-export.h"
#include "rt-xml-writer.h"

#define NBSP "\xc2\xa0"

typedef struct {
  xmlTextWriterPtr  w;
  RtDocument       *doc;
  guint             n_top;
} Writer;

static void
put_attr (Writer     *m,
          const char *name,
          const char *value)
{
  g_autofree char *clean = rt_outline_clean_text (value);

  xmlTextWriterWriteAttribute (m->w, BAD_CAST name, BAD_CAST clean);
}

static void
put_millis (Writer     *m,
            const char *name,
            gint64      t)
{
  char text[32];
  char iso[21];

  if (!rt_xml_format_time (t, iso))
    return;
  g_snprintf (text, sizeof text, "%" G_GINT64_FORMAT, t * 1000);
  xmlTextWriterWriteAttribute (m->w, BAD_CAST name, BAD_CAST text);
}

static void
put_rt_attribute (const char *name,
                  const char *value,
                  gpointer    data)
{
  Writer *m = data;

  xmlTextWriterStartElement (m->w, BAD_CAST "attribute");
  put_attr (m, "NAME", name);
  put_attr (m, "VALUE", value);
  xmlTextWriterEndElement (m->w);
}

/* One line of a note, with the spaces HTML would collapse made no-break. */
static char *
html_line (const char *line,
           gsize       len)
{
  GString *out = g_string_sized_new (len + 8);

  for (gsize i = 0; i < len; i++)
    {
      gboolean collapsible = line[i] == ' ' &&
                             (i == 0 || i + 1 == len || line[i - 1] == ' ' ||
                              line[i + 1] == ' ');

      /* Of a run of spaces, the first after a word may stay plain. */
      if (collapsible && i > 0 && line[i - 1] != ' ' && i + 1 < len)
        collapsible = FALSE;
      if (collapsible)
        g_string_append (out, NBSP);
      else
        g_string_append_c (out, line[i]);
    }
  return g_string_free (out, FALSE);
}

static void
write_note (Writer     *m,
            const char *text)
{
  g_autofree char *clean = rt_outline_clean_text (text);
  const char *p = clean;

  xmlTextWriterStartElement (m->w, BAD_CAST "richcontent");
  xmlTextWriterWriteAttribute (m->w, BAD_CAST "TYPE", BAD_CAST "NOTE");
  xmlTextWriterStartElement (m->w, BAD_CAST "html");
  xmlTextWriterStartElement (m->w, BAD_CAST "head");
  xmlTextWriterFullEndElement (m->w);
  xmlTextWriterStartElement (m->w, BAD_CAST "body");
  for (;;)
    {
      const char *end = strchr (p, '\n');
      gsize len = end != NULL ? (gsize) (end - p) : strlen (p);
      g_autofree char *line = NULL;

      if (len > 0 && p[len - 1] == '\r')
        len--;
      line = html_line (p, len);
      xmlTextWriterStartElement (m->w, BAD_CAST "p");
      xmlTextWriterWriteString (m->w, BAD_CAST line);
      xmlTextWriterFullEndElement (m->w);
      if (end == NULL)
        break;
      p = end + 1;
    }
  xmlTextWriterEndElement (m->w);
  xmlTextWriterEndElement (m->w);
  xmlTextWriterEndElement (m->w);
}

static char *
mm_id (const char *id)
{
  return g_strconcat ("ID_", id, NULL);
}

static void
visit (RtOutlineEntry *entry,
       gboolean        enter,
       gpointer        data)
{
  Writer *m = data;
  const RtNode *node = entry->node;
  g_autofree char *id = NULL;

  if (!enter)
    {
      xmlTextWriterEndElement (m->w);
      return;
    }

  id = mm_id (node->id);
  xmlTextWriterStartElement (m->w, BAD_CAST "node");
  put_attr (m, "TEXT", node->text != NULL ? node->text : "");
  put_attr (m, "ID", id);
  put_millis (m, "CREATED", node->created);
  put_millis (m, "MODIFIED", node->modified);
  if (entry->parent == NULL)
    /* Balance the roots around the title, as FreeMind would. */
    xmlTextWriterWriteAttribute (m->w, BAD_CAST "POSITION",
                                 BAD_CAST (m->n_top++ % 2 == 0 ? "right" : "left"));

  xmlTextWriterStartElement (m->w, BAD_CAST "icon");
  xmlTextWriterWriteAttribute (m->w, BAD_CAST "BUILTIN", BAD_CAST rt_kind_get_icon (node->kind));
  xmlTextWriterEndElement (m->w);
  if (node->details != NULL)
    write_note (m, node->details);
  rt_outline_entry_attrs (m->doc, entry, FALSE, put_rt_attribute, m);

  for (guint i = 0; entry->other_links != NULL && i < entry->other_links->len; i++)
    {
      const RtLink *link = entry->other_links->pdata[i];
      g_autofree char *destination = mm_id (link->to);

      xmlTextWriterStartElement (m->w, BAD_CAST "arrowlink");
      put_attr (m, "DESTINATION", destination);
      xmlTextWriterWriteAttribute (m->w, BAD_CAST "STARTARROW", BAD_CAST "None");
      xmlTextWriterWriteAttribute (m->w, BAD_CAST "ENDARROW", BAD_CAST "Default");
      xmlTextWriterEndElement (m->w);
    }
}

static void
write_title (Writer *m)
{
  RtDocument *doc = m->doc;
  const char *title = rt_document_get_title (doc);
  const char *description = rt_document_get_description (doc);
  guint n_people = rt_document_get_n_people (doc);

  xmlTextWriterStartElement (m->w, BAD_CAST "node");
  put_attr (m, "TEXT", title != NULL ? title : _("Untitled map"));
  put_millis (m, "CREATED", rt_document_get_created (doc));
  put_millis (m, "MODIFIED", rt_document_get_modified_time (doc));
  if (description != NULL)
    write_note (m, description);

  put_rt_attribute (rt_outline_attr_name (RT_ATTR_MAP), "1", m);
  if (title == NULL)
    put_rt_attribute (rt_outline_attr_name (RT_ATTR_UNTITLED), "true", m);
  for (guint i = 0; i < n_people; i++)
    {
      g_autofree char *record = rt_outline_person_record (rt_document_get_person (doc, i));

      put_rt_attribute (rt_outline_attr_name (RT_ATTR_PERSON), record, m);
    }
}

GBytes *
rt_freemind_write (RtDocument *doc)
{
  g_autoptr(RtOutlineTree) tree = NULL;
  xmlBufferPtr buffer;
  xmlOutputBufferPtr output;
  GBytes *bytes;
  Writer m = { 0, };

  g_return_val_if_fail (RT_IS_DOCUMENT (doc), NULL);

  /* One level for the title node. */
  tree = rt_outline_tree_new (doc, NULL, RT_IMPORT_MAX_LEVELS - 1);
  buffer = xmlBufferCreate ();
  output = xmlOutputBufferCreateBuffer (buffer, xmlFindCharEncodingHandler ("ASCII"));
  m.w = xmlNewTextWriter (output);
  m.doc = doc;
  xmlTextWriterSetIndent (m.w, 1);
  xmlTextWriterSetIndentString (m.w, BAD_CAST "  ");

  xmlTextWriterStartElement (m.w, BAD_CAST "map");
  xmlTextWriterWriteAttribute (m.w, BAD_CAST "version", BAD_CAST "1.0.1");
  xmlTextWriterWriteComment (m.w, BAD_CAST " To view this file, download free mind mapping "
                                          "software FreeMind from "
                                          "http://freemind.sourceforge.net ");
  xmlTextWriterStartElement (m.w, BAD_CAST "attribute_registry");
  xmlTextWriterWriteAttribute (m.w, BAD_CAST "SHOW_ATTRIBUTES", BAD_CAST "hide");
  xmlTextWriterEndElement (m.w);

  write_title (&m);
  rt_outline_tree_walk (tree, visit, &m);
  xmlTextWriterEndElement (m.w);
  xmlTextWriterEndElement (m.w);
  xmlTextWriterEndDocument (m.w);
  xmlFreeTextWriter (m.w);

  bytes = g_bytes_new (xmlBufferContent (buffer), xmlBufferLength (buffer));
  xmlBufferFree (buffer);
  return bytes;
}

gboolean
rt_freemind_write_file (RtDocument  *doc,
                        const char  *path,
                        GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (RT_IS_DOCUMENT (doc), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = rt_freemind_write (doc);
  return rt_outline_save_bytes (bytes, path, error);
}
