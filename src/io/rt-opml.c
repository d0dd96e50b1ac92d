/* rt-opml.c
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "roundtable-io"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <libxml/xmlwriter.h>

#include "rt-import-xml.h"
#include "rt-io-error.h"
#include "rt-opml.h"
#include "rt-outline-export.h"
#include "rt-outline.h"
#include "rt-xml-writer.h"

typedef enum {
  FIELD_NONE,
  FIELD_TITLE,
  FIELD_CREATED,
  FIELD_MODIFIED,
  FIELD_DESCRIPTION,
} Field;

typedef struct {
  RtOutline *outline;
  GArray    *open;        /* int: item index of each open <outline> */
  guint      body_depth;  /* XML depth of <body>, or 0 outside it */
  Field      field;
  guint      field_depth;
  guint      field_line;
  GString   *field_text;
} Reader;

static gboolean
is_ours (const char *ns)
{
  return ns != NULL && strcmp (ns, RT_OPML_NAMESPACE) == 0;
}

static void
read_person (Reader      *r,
             RtXmlImport *imp)
{
  const char *id = rt_xml_import_get_attr (imp, "id");
  const char *name = rt_xml_import_get_attr (imp, "name");
  RtPerson *person;

  if (id == NULL || name == NULL)
    return;
  person = rt_person_new (id, name);
  g_free (person->color);
  person->color = g_strdup (rt_xml_import_get_attr (imp, "color"));
  person->role = g_strcmp0 (rt_xml_import_get_attr (imp, "role"), "facilitator") == 0 ?
                 RT_ROLE_FACILITATOR : RT_ROLE_PARTICIPANT;
  person->present = g_strcmp0 (rt_xml_import_get_attr (imp, "present"), "false") != 0;
  g_ptr_array_add (r->outline->people, person);
}

static void
start_head_child (Reader      *r,
                  RtXmlImport *imp,
                  const char  *name,
                  const char  *ns,
                  guint        line)
{
  Field field = FIELD_NONE;

  if (ns == NULL && strcmp (name, "title") == 0)
    field = FIELD_TITLE;
  else if (ns == NULL && strcmp (name, "dateCreated") == 0)
    field = FIELD_CREATED;
  else if (ns == NULL && strcmp (name, "dateModified") == 0)
    field = FIELD_MODIFIED;
  else if (is_ours (ns) && strcmp (name, "description") == 0)
    field = FIELD_DESCRIPTION;
  else if (is_ours (ns) && strcmp (name, "person") == 0)
    read_person (r, imp);

  r->field = field;
  r->field_depth = rt_xml_import_get_depth (imp);
  r->field_line = line;
  g_string_truncate (r->field_text, 0);
  if (field == FIELD_NONE)
    rt_xml_import_skip (imp);
}

typedef struct {
  RtOutlineItem *item;
  GString       *details;
} OutlineAttrs;

static void
read_outline_attr (const char *name,
                   const char *value,
                   gpointer    data)
{
  OutlineAttrs *a = data;
  RtOutlineItem *item = a->item;

  if (strcmp (name, "text") == 0)
    {
      g_free (item->text);
      item->text = g_strdup (value);
    }
  else if (strcmp (name, "_note") == 0)
    {
      g_string_prepend (a->details, value);
    }
  else if (strcmp (name, "created") == 0)
    {
      if (!rt_rfc822_parse (value, &item->created))
        item->created = RT_TIME_NONE;
    }
  else if ((strcmp (name, "url") == 0 || strcmp (name, "htmlUrl") == 0 ||
            strcmp (name, "xmlUrl") == 0) && value[0] != '\0')
    {
      if (a->details->len > 0)
        g_string_append (a->details, "\n\n");
      g_string_append (a->details, value);
    }
  else
    rt_outline_item_take_attr (item, name, value);
}

static gboolean
start_outline (Reader      *r,
               RtXmlImport *imp,
               guint        line,
               GError     **error)
{
  int parent = r->open->len > 0 ? g_array_index (r->open, int, r->open->len - 1) : -1;
  OutlineAttrs a;
  int index;

  if (r->open->len >= RT_IMPORT_MAX_LEVELS)
    {
      rt_io_set_error_at (error, RT_IO_ERROR_LIMIT, rt_xml_import_get_name (imp), line,
                          _("the outlines are nested more than %d levels deep."),
                          RT_IMPORT_MAX_LEVELS);
      return FALSE;
    }

  a.item = rt_outline_add_item (r->outline, parent, line);
  a.details = g_string_new (NULL);
  rt_xml_import_foreach_attr (imp, read_outline_attr, &a);
  if (a.details->len > RT_IMPORT_MAX_TEXT)
    {
      g_string_free (a.details, TRUE);
      rt_io_set_error_at (error, RT_IO_ERROR_LIMIT, rt_xml_import_get_name (imp), line,
                          _("the note and links of an outline are longer than 1 MiB."));
      return FALSE;
    }
  if (a.details->len > 0)
    a.item->details = g_strdup (a.details->str);
  g_string_free (a.details, TRUE);

  index = r->outline->items->len - 1;
  g_array_append_val (r->open, index);
  return TRUE;
}

static gboolean
on_start (RtXmlImport *imp,
          const char  *name,
          const char  *ns,
          guint        line,
          gpointer     data,
          GError     **error)
{
  Reader *r = data;
  guint depth = rt_xml_import_get_depth (imp);

  if (depth == 1)
    {
      if (ns == NULL && strcmp (name, "opml") == 0)
        return TRUE;
      rt_io_set_error_at (error, RT_IO_ERROR_INVALID, rt_xml_import_get_name (imp), line,
                          _("this is not an OPML outline: it starts with <%s> instead of <opml>."),
                          name);
      return FALSE;
    }

  if (depth == 2)
    {
      if (ns == NULL && strcmp (name, "body") == 0 && r->body_depth == 0)
        r->body_depth = depth;
      else if (ns != NULL || strcmp (name, "head") != 0)
        rt_xml_import_skip (imp);
      return TRUE;
    }

  if (r->field != FIELD_NONE)
    {
      /* Markup inside a title or a description is left out. */
      rt_xml_import_skip (imp);
      return TRUE;
    }
  if (r->body_depth == 0)
    {
      start_head_child (r, imp, name, ns, line);
      return TRUE;
    }
  if (ns == NULL && strcmp (name, "outline") == 0)
    return start_outline (r, imp, line, error);
  rt_xml_import_skip (imp);
  return TRUE;
}

static gboolean
on_text (RtXmlImport *imp,
         const char  *text,
         gsize        len,
         guint        line,
         gpointer     data,
         GError     **error)
{
  Reader *r = data;

  if (r->field == FIELD_NONE)
    return TRUE;
  g_string_append_len (r->field_text, text, len);
  if (r->field_text->len > RT_IMPORT_MAX_TEXT)
    {
      rt_io_set_error_at (error, RT_IO_ERROR_LIMIT, rt_xml_import_get_name (imp),
                          r->field_line, _("a text is longer than 1 MiB."));
      return FALSE;
    }
  return TRUE;
}

static void
end_field (Reader *r)
{
  RtOutline *o = r->outline;
  g_autofree char *stripped = g_strstrip (g_strdup (r->field_text->str));
  gint64 t;

  switch (r->field)
    {
    case FIELD_TITLE:
      g_free (o->title);
      o->title = g_strdup (r->field_text->str);
      break;
    case FIELD_CREATED:
      if (rt_rfc822_parse (stripped, &t))
        o->created = t;
      break;
    case FIELD_MODIFIED:
      if (rt_rfc822_parse (stripped, &t))
        o->modified = t;
      break;
    case FIELD_DESCRIPTION:
      g_free (o->description);
      o->description = g_strdup (r->field_text->str);
      break;
    case FIELD_NONE:
    default:
      break;
    }
  r->field = FIELD_NONE;
}

static gboolean
on_end (RtXmlImport *imp,
        const char  *name,
        const char  *ns,
        gpointer     data,
        GError     **error)
{
  Reader *r = data;
  guint depth = rt_xml_import_get_depth (imp);

  if (r->field != FIELD_NONE)
    {
      if (depth == r->field_depth)
        end_field (r);
    }
  else if (depth == r->body_depth)
    r->body_depth = 0;
  else if (r->body_depth > 0 && depth > r->body_depth && ns == NULL &&
           strcmp (name, "outline") == 0 && r->open->len > 0)
    g_array_set_size (r->open, r->open->len - 1);
  return TRUE;
}

static const RtXmlImportHandlers handlers = {
  on_start,
  on_end,
  on_text,
};

static RtDocument *
read_with (gboolean (*run) (Reader *r, gpointer data, GError **error),
           gpointer   data,
           GError   **error)
{
  Reader r = { 0, };
  RtDocument *doc = NULL;

  r.outline = rt_outline_new ();
  r.open = g_array_new (FALSE, FALSE, sizeof (int));
  r.field_text = g_string_new (NULL);

  if (run (&r, data, error))
    {
      r.outline->text_marks = TRUE;
      r.outline->links_from_arrows = FALSE;
      r.outline->problem_levels = 1;
      doc = rt_outline_build (r.outline);
    }

  rt_outline_free (r.outline);
  g_array_unref (r.open);
  g_string_free (r.field_text, TRUE);
  return doc;
}

static gboolean
run_file (Reader  *r,
          gpointer data,
          GError **error)
{
  return rt_xml_import_file (data, &handlers, r, error);
}

typedef struct {
  const char *data;
  gsize       len;
  const char *name;
} Memory;

static gboolean
run_memory (Reader  *r,
            gpointer data,
            GError **error)
{
  Memory *m = data;

  return rt_xml_import_memory (m->data, m->len, m->name, &handlers, r, error);
}

RtDocument *
rt_opml_read_file (const char  *path,
                   GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return read_with (run_file, (gpointer) path, error);
}

RtDocument *
rt_opml_read_memory (const char  *data,
                     gsize        len,
                     const char  *display_name,
                     GError     **error)
{
  Memory m = { data, len, display_name };

  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return read_with (run_memory, &m, error);
}

/* Writing */

typedef struct {
  xmlTextWriterPtr  w;
  RtDocument       *doc;
} Writer;

static void
put_attr (xmlTextWriterPtr w,
          const char      *name,
          const char      *value)
{
  g_autofree char *clean = rt_outline_clean_text (value);

  xmlTextWriterWriteAttribute (w, BAD_CAST name, BAD_CAST clean);
}

static void
put_element (xmlTextWriterPtr w,
             const char      *name,
             const char      *text)
{
  g_autofree char *clean = rt_outline_clean_text (text);

  xmlTextWriterWriteElement (w, BAD_CAST name, BAD_CAST clean);
}

static void
put_rt_attr (const char *name,
             const char *value,
             gpointer    data)
{
  put_attr (data, name, value);
}

static void
visit (RtOutlineEntry *entry,
       gboolean        enter,
       gpointer        data)
{
  Writer *o = data;
  const RtNode *node = entry->node;
  g_autofree char *created = NULL;

  if (!enter)
    {
      xmlTextWriterEndElement (o->w);
      return;
    }

  xmlTextWriterStartElement (o->w, BAD_CAST "outline");
  put_attr (o->w, "text", node->text != NULL ? node->text : "");
  if (node->details != NULL)
    put_attr (o->w, "_note", node->details);
  created = rt_rfc822_format (node->created);
  if (created != NULL)
    put_attr (o->w, "created", created);
  rt_outline_entry_attrs (o->doc, entry, TRUE, put_rt_attr, o->w);
}

static void
write_head (Writer *o)
{
  RtDocument *doc = o->doc;
  g_autofree char *created = rt_rfc822_format (rt_document_get_created (doc));
  g_autofree char *modified = rt_rfc822_format (rt_document_get_modified_time (doc));
  guint n_people = rt_document_get_n_people (doc);

  xmlTextWriterStartElement (o->w, BAD_CAST "head");
  if (rt_document_get_title (doc) != NULL)
    put_element (o->w, "title", rt_document_get_title (doc));
  if (created != NULL)
    put_element (o->w, "dateCreated", created);
  if (modified != NULL)
    put_element (o->w, "dateModified", modified);
  if (rt_document_get_description (doc) != NULL)
    put_element (o->w, "roundtable:description", rt_document_get_description (doc));

  for (guint i = 0; i < n_people; i++)
    {
      const RtPerson *person = rt_document_get_person (doc, i);

      xmlTextWriterStartElement (o->w, BAD_CAST "roundtable:person");
      put_attr (o->w, "id", person->id);
      put_attr (o->w, "name", person->name != NULL ? person->name : "");
      if (person->color != NULL)
        put_attr (o->w, "color", person->color);
      if (person->role == RT_ROLE_FACILITATOR)
        put_attr (o->w, "role", "facilitator");
      if (!person->present)
        put_attr (o->w, "present", "false");
      xmlTextWriterEndElement (o->w);
    }
  xmlTextWriterEndElement (o->w);
}

GBytes *
rt_opml_write (RtDocument *doc)
{
  g_autoptr(RtOutlineTree) tree = NULL;
  xmlBufferPtr buffer;
  GBytes *bytes;
  Writer o = { 0, };

  g_return_val_if_fail (RT_IS_DOCUMENT (doc), NULL);

  tree = rt_outline_tree_new (doc, NULL, RT_IMPORT_MAX_LEVELS);
  buffer = xmlBufferCreate ();
  o.w = xmlNewTextWriterMemory (buffer, 0);
  o.doc = doc;
  xmlTextWriterSetIndent (o.w, 1);
  xmlTextWriterSetIndentString (o.w, BAD_CAST "  ");

  xmlTextWriterStartDocument (o.w, "1.0", "UTF-8", NULL);
  xmlTextWriterStartElement (o.w, BAD_CAST "opml");
  xmlTextWriterWriteAttribute (o.w, BAD_CAST "version", BAD_CAST "2.0");
  xmlTextWriterWriteAttribute (o.w, BAD_CAST "xmlns:roundtable", BAD_CAST RT_OPML_NAMESPACE);
  write_head (&o);
  xmlTextWriterStartElement (o.w, BAD_CAST "body");
  rt_outline_tree_walk (tree, visit, &o);
  xmlTextWriterEndElement (o.w);
  xmlTextWriterEndElement (o.w);
  xmlTextWriterEndDocument (o.w);
  xmlFreeTextWriter (o.w);

  bytes = g_bytes_new (xmlBufferContent (buffer), xmlBufferLength (buffer));
  xmlBufferFree (buffer);
  return bytes;
}

gboolean
rt_opml_write_file (RtDocument  *doc,
                    const char  *path,
                    GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (RT_IS_DOCUMENT (doc), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = rt_opml_write (doc);
  return rt_outline_save_bytes (bytes, path, error);
}
