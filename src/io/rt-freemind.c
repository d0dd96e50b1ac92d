/* rt-freemind.c: reading FreeMind and Freeplane maps
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A <node> is collected in a frame while it is open. Its item joins the
 * outline when its first child starts (FreeMind and Freeplane write
 * attributes before child nodes) or when it ends: only then is it known
 * whether the root is the title node of a map Roundtable wrote, which
 * becomes the map's title rather than a node.
 */
#define G_LOG_DOMAIN "roundtable-io"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "rt-freemind.h"
#include "rt-html-text.h"
#include "rt-import-xml.h"
#include "rt-io-error.h"
#include "rt-outline.h"
#include "rt-xml-writer.h"

typedef enum {
  RICH_NONE,
  RICH_NODE,
  RICH_NOTE,
  RICH_DETAILS,
} RichType;

typedef struct {
  guint          xml_depth;
  RtOutlineItem *item;       /* owned until placed; NULL for the title node */
  int            index;      /* in the outline once placed, -1 for the title node */
  gboolean       placed;
  gboolean       is_title;
  gboolean       untitled;
  char          *text;       /* TEXT, or LOCALIZED_TEXT */
  char          *rich_text;
  char          *note;
  char          *detail;
  char          *link;
  char          *id;
  gint64         created;
  gint64         modified;
  GString       *extra;      /* other attributes, "name: value" lines */
  int            icon_kind;
} Frame;

typedef struct {
  RtOutline   *outline;
  GPtrArray   *frames;       /* Frame *, the open nodes */
  gboolean     own;          /* the root is a Roundtable title node */

  RichType     rich;
  guint        rich_depth;
  guint        rich_line;
  gboolean     rich_plain;
  guint        in_text;      /* open <text> elements of plain rich content */
  gboolean     saw_text;
  RtHtmlText  *html;
  GString     *plain;        /* plain content inside <text> */
  GString     *loose;        /* plain content outside <text> */
} Reader;

static void
frame_free (Frame *frame)
{
  if (!frame->placed)
    rt_outline_item_free (frame->item);
  g_free (frame->text);
  g_free (frame->rich_text);
  g_free (frame->note);
  g_free (frame->detail);
  g_free (frame->link);
  g_free (frame->id);
  g_string_free (frame->extra, TRUE);
  g_free (frame);
}

static Frame *
top_frame (Reader *r)
{
  return r->frames->len > 0 ? r->frames->pdata[r->frames->len - 1] : NULL;
}

/* Milliseconds since the epoch, as FreeMind writes CREATED and MODIFIED. */
static gint64
parse_millis (const char *s)
{
  gint64 ms, t;
  char text[21];

  if (s == NULL || !g_ascii_string_to_signed (s, 10, G_GINT64_CONSTANT (-1000000000000000000),
                                              G_GINT64_CONSTANT (1000000000000000000), &ms,
                                              NULL))
    return RT_TIME_NONE;
  t = ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
  return rt_xml_format_time (t, text) ? t : RT_TIME_NONE;
}

static void
place (Reader *r,
       Frame  *frame)
{
  Frame *parent;

  if (frame->placed)
    return;
  frame->placed = TRUE;

  if (r->frames->pdata[0] == frame && frame->is_title)
    {
      r->own = TRUE;
      frame->index = -1;
      g_clear_pointer (&frame->item, rt_outline_item_free);
      return;
    }

  parent = NULL;
  for (guint i = 1; i < r->frames->len; i++)
    if (r->frames->pdata[i] == frame)
      parent = r->frames->pdata[i - 1];
  frame->index = rt_outline_append (r->outline, frame->item,
                                    parent != NULL ? parent->index : -1);
}

static gboolean
start_node (Reader      *r,
            RtXmlImport *imp,
            guint        line,
            GError     **error)
{
  Frame *parent = top_frame (r);
  Frame *frame;

  if (r->frames->len >= RT_IMPORT_MAX_LEVELS)
    {
      rt_io_set_error_at (error, RT_IO_ERROR_LIMIT, rt_xml_import_get_name (imp), line,
                          _("the map’s nodes are nested more than %d levels deep."),
                          RT_IMPORT_MAX_LEVELS);
      return FALSE;
    }
  if (parent != NULL)
    place (r, parent);

  frame = g_new0 (Frame, 1);
  frame->xml_depth = rt_xml_import_get_depth (imp);
  frame->item = rt_outline_item_new (line);
  frame->text = g_strdup (rt_xml_import_get_attr (imp, "TEXT"));
  if (frame->text == NULL)
    frame->text = g_strdup (rt_xml_import_get_attr (imp, "LOCALIZED_TEXT"));
  frame->id = g_strdup (rt_xml_import_get_attr (imp, "ID"));
  frame->link = g_strdup (rt_xml_import_get_attr (imp, "LINK"));
  frame->created = parse_millis (rt_xml_import_get_attr (imp, "CREATED"));
  frame->modified = parse_millis (rt_xml_import_get_attr (imp, "MODIFIED"));
  frame->extra = g_string_new (NULL);
  frame->icon_kind = -1;
  g_ptr_array_add (r->frames, frame);
  return TRUE;
}

static void
join_section (GString    *out,
              const char *section)
{
  if (section == NULL || section[0] == '\0')
    return;
  if (out->len > 0)
    g_string_append (out, "\n\n");
  g_string_append (out, section);
}

static gboolean
end_node (Reader      *r,
          Frame       *frame,
          RtXmlImport *imp,
          GError     **error)
{
  const char *text = frame->rich_text != NULL ? frame->rich_text :
                     frame->text != NULL ? frame->text : "";
  RtOutlineItem *item;
  g_autoptr(GString) details = g_string_new (NULL);

  place (r, frame);
  if (frame->index < 0)
    {
      RtOutline *o = r->outline;

      g_free (o->title);
      o->title = frame->untitled ? NULL : g_strdup (text);
      g_free (o->description);
      o->description = g_strdup (frame->note != NULL ? frame->note : frame->detail);
      o->created = frame->created;
      o->modified = frame->modified;
      return TRUE;
    }

  item = frame->item;
  g_free (item->text);
  item->text = g_strdup (text);
  /* Another program's map: the central topic names it. */
  if (!r->own && item->parent < 0 && r->outline->title == NULL)
    r->outline->title = g_strdup (text);
  join_section (details, frame->detail);
  join_section (details, frame->note);
  join_section (details, frame->link);
  join_section (details, frame->extra->str);
  if (details->len > RT_IMPORT_MAX_TEXT)
    {
      rt_io_set_error_at (error, RT_IO_ERROR_LIMIT, rt_xml_import_get_name (imp), item->line,
                          _("the notes and attributes of a node are longer than 1 MiB."));
      return FALSE;
    }
  item->details = details->len > 0 ? g_strdup (details->str) : NULL;
  item->hint = frame->icon_kind;
  item->source_id = g_strdup (frame->id);
  item->created = frame->created;
  /* FreeMind sets MODIFIED to CREATED on a new node: that is no edit. */
  if (r->own || frame->modified != frame->created)
    item->modified = frame->modified;
  return TRUE;
}

static void
read_attribute (Reader      *r,
                Frame       *frame,
                RtXmlImport *imp)
{
  const char *name = rt_xml_import_get_attr (imp, "NAME");
  const char *value = rt_xml_import_get_attr (imp, "VALUE");
  RtOutlineAttr attr;

  if (name == NULL)
    return;
  if (value == NULL)
    value = "";

  if (rt_outline_attr_lookup (name, &attr))
    {
      switch (attr)
        {
        case RT_ATTR_MAP:
          frame->is_title = r->frames->len == 1 && !frame->placed;
          return;
        case RT_ATTR_UNTITLED:
          frame->untitled = strcmp (value, "true") == 0;
          return;
        case RT_ATTR_PERSON:
          rt_outline_add_person_record (r->outline, value);
          return;
        default:
          break;
        }
    }
  if (frame->item != NULL && rt_outline_item_take_attr (frame->item, name, value))
    return;
  if (frame->extra->len > 0)
    g_string_append_c (frame->extra, '\n');
  g_string_append_printf (frame->extra, "%s: %s", name, value);
}

static void
start_rich (Reader  *r,
            guint    depth,
            guint    line,
            RichType type,
            gboolean plain)
{
  r->rich = type;
  r->rich_depth = depth;
  r->rich_line = line;
  r->rich_plain = plain;
  r->in_text = 0;
  r->saw_text = FALSE;
  g_string_truncate (r->plain, 0);
  g_string_truncate (r->loose, 0);
  g_clear_pointer (&r->html, rt_html_text_free);
  if (!plain)
    r->html = rt_html_text_new ();
}

static void
start_node_child (Reader      *r,
                  Frame       *frame,
                  RtXmlImport *imp,
                  const char  *name,
                  guint        line)
{
  guint depth = rt_xml_import_get_depth (imp);

  if (strcmp (name, "richcontent") == 0)
    {
      const char *type = rt_xml_import_get_attr (imp, "TYPE");
      const char *content_type = rt_xml_import_get_attr (imp, "CONTENT-TYPE");
      gboolean plain = content_type != NULL && g_str_has_prefix (content_type, "plain/");

      if (type != NULL && strcmp (type, "NOTE") == 0)
        start_rich (r, depth, line, RICH_NOTE, plain);
      else if (type != NULL && strcmp (type, "DETAILS") == 0)
        start_rich (r, depth, line, RICH_DETAILS, plain);
      else
        start_rich (r, depth, line, RICH_NODE, plain);
      return;
    }
  if (strcmp (name, "hook") == 0 &&
      g_strcmp0 (rt_xml_import_get_attr (imp, "NAME"),
                 "accessories/plugins/NodeNote.properties") == 0)
    {
      /* FreeMind 0.8 kept notes as <text> in a hook. */
      start_rich (r, depth, line, RICH_NOTE, TRUE);
      return;
    }

  if (strcmp (name, "icon") == 0 && frame->icon_kind < 0)
    {
      RtNodeKind kind;

      if (rt_kind_from_icon (rt_xml_import_get_attr (imp, "BUILTIN"), &kind))
        frame->icon_kind = kind;
    }
  else if (strcmp (name, "attribute") == 0)
    read_attribute (r, frame, imp);
  else if (strcmp (name, "arrowlink") == 0 && frame->item != NULL)
    {
      const char *destination = rt_xml_import_get_attr (imp, "DESTINATION");

      if (destination != NULL)
        rt_outline_item_add_arrow (frame->item, destination);
    }
  /* font, edge, cloud, hook, linktarget, attribute_layout: looks only. */
  rt_xml_import_skip (imp);
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
  Frame *frame;

  if (r->rich != RICH_NONE)
    {
      if (r->rich_plain && strcmp (name, "text") == 0)
        {
          r->in_text++;
          r->saw_text = TRUE;
        }
      else if (!r->rich_plain)
        rt_html_text_start (r->html, name);
      return TRUE;
    }

  if (depth == 1)
    {
      if (ns == NULL && strcmp (name, "map") == 0)
        return TRUE;
      rt_io_set_error_at (error, RT_IO_ERROR_INVALID, rt_xml_import_get_name (imp), line,
                          _("this is not a FreeMind map: it starts with <%s> instead of <map>."),
                          name);
      return FALSE;
    }

  frame = top_frame (r);
  if (ns == NULL && strcmp (name, "node") == 0)
    return start_node (r, imp, line, error);
  if (frame != NULL && ns == NULL)
    start_node_child (r, frame, imp, name, line);
  else
    rt_xml_import_skip (imp);
  return TRUE;
}

static gboolean
text_too_long (RtXmlImport *imp,
               guint        line,
               GError     **error)
{
  rt_io_set_error_at (error, RT_IO_ERROR_LIMIT, rt_xml_import_get_name (imp), line,
                      _("a text is longer than 1 MiB."));
  return FALSE;
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
  GString *into;

  if (r->rich == RICH_NONE)
    return TRUE;
  if (!r->rich_plain)
    {
      rt_html_text_add (r->html, text, len);
      if (rt_html_text_get_length (r->html) > RT_IMPORT_MAX_TEXT)
        return text_too_long (imp, r->rich_line, error);
      return TRUE;
    }

  into = r->in_text > 0 ? r->plain : r->loose;
  g_string_append_len (into, text, len);
  if (into->len > RT_IMPORT_MAX_TEXT)
    return text_too_long (imp, r->rich_line, error);
  return TRUE;
}

static void
end_rich (Reader *r,
          Frame  *frame)
{
  char *text;
  char **slot;

  if (!r->rich_plain)
    text = rt_html_text_finish (r->html);
  else if (r->saw_text)
    text = g_strdup (r->plain->str);
  else
    text = g_strstrip (g_strdup (r->loose->str));

  slot = r->rich == RICH_NODE ? &frame->rich_text :
         r->rich == RICH_NOTE ? &frame->note : &frame->detail;
  g_free (*slot);
  *slot = text;
  r->rich = RICH_NONE;
  g_clear_pointer (&r->html, rt_html_text_free);
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
  Frame *frame = top_frame (r);

  if (r->rich != RICH_NONE)
    {
      if (depth == r->rich_depth && frame != NULL)
        end_rich (r, frame);
      else if (r->rich_plain && strcmp (name, "text") == 0 && r->in_text > 0)
        r->in_text--;
      else if (!r->rich_plain)
        rt_html_text_end (r->html, name);
      return TRUE;
    }

  if (frame != NULL && frame->xml_depth == depth)
    {
      gboolean ok = end_node (r, frame, imp, error);

      g_ptr_array_set_size (r->frames, r->frames->len - 1);
      return ok;
    }
  return TRUE;
}

static const RtXmlImportHandlers handlers = {
  on_start,
  on_end,
  on_text,
};

static void
reader_init (Reader *r)
{
  memset (r, 0, sizeof *r);
  r->outline = rt_outline_new ();
  r->frames = g_ptr_array_new_with_free_func ((GDestroyNotify) frame_free);
  r->plain = g_string_new (NULL);
  r->loose = g_string_new (NULL);
}

static RtDocument *
reader_finish (Reader  *r,
               gboolean ok)
{
  RtDocument *doc = NULL;

  if (ok)
    {
      r->outline->text_marks = TRUE;
      r->outline->links_from_arrows = TRUE;
      /* In other maps the root is the central topic and its children are
       * the main branches: problems all. */
      r->outline->problem_levels = r->own ? 1 : 2;
      doc = rt_outline_build (r->outline);
    }

  g_ptr_array_unref (r->frames);
  rt_outline_free (r->outline);
  g_clear_pointer (&r->html, rt_html_text_free);
  g_string_free (r->plain, TRUE);
  g_string_free (r->loose, TRUE);
  return doc;
}

RtDocument *
rt_freemind_read_file (const char  *path,
                       GError     **error)
{
  Reader r;
  gboolean ok;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  reader_init (&r);
  ok = rt_xml_import_file (path, &handlers, &r, error);
  return reader_finish (&r, ok);
}

RtDocument *
rt_freemind_read_memory (const char  *data,
                         gsize        len,
                         const char  *display_name,
                         GError     **error)
{
  Reader r;
  gboolean ok;

  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  reader_init (&r);
  ok = rt_xml_import_memory (data, len, display_name, &handlers, &r, error);
  return reader_finish (&r, ok);
}
