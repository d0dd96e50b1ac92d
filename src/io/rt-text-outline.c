/* rt-text-outline.c
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "roundtable-io"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "rt-import-xml.h"
#include "rt-io-error.h"
#include "rt-outline-codec.h"
#include "rt-outline-export.h"
#include "rt-outline.h"
#include "rt-text-outline.h"

#define TAB_WIDTH 4

/* Writing */

typedef struct {
  RtDocument *doc;
  GString    *out;
} Writer;

/* The person whose name, in parentheses after a space, ends text; the
 * longest such name wins. */
static const RtPerson *
find_suffix_person (RtDocument *doc,
                    const char *text,
                    gsize       len)
{
  const RtPerson *best = NULL;
  gsize best_len = 0;

  if (len < 4 || text[len - 1] != ')')
    return NULL;
  for (guint i = 0; i < rt_document_get_n_people (doc); i++)
    {
      const RtPerson *person = rt_document_get_person (doc, i);
      gsize name_len = person->name != NULL ? strlen (person->name) : 0;

      if (name_len == 0 || name_len + 3 > len || name_len <= best_len)
        continue;
      if (memcmp (text + len - name_len - 3, " (", 2) == 0 &&
          memcmp (text + len - name_len - 1, person->name, name_len) == 0)
        {
          best = person;
          best_len = name_len;
        }
    }
  return best;
}

static void
append_line_text (GString    *out,
                  const char *text)
{
  g_autofree char *clean = rt_outline_clean_text (text);

  for (const char *p = clean; *p != '\0'; p++)
    g_string_append_c (out, *p == '\n' || *p == '\r' ? ' ' : *p);
}

static void
visit (RtOutlineEntry *entry,
       gboolean        enter,
       gpointer        data)
{
  Writer *w = data;
  const RtNode *node = entry->node;
  const RtPerson *by = node->by != NULL ? rt_document_lookup_person (w->doc, node->by) : NULL;
  gsize start;

  if (!enter)
    return;

  for (guint i = 0; i < entry->depth; i++)
    g_string_append (w->out, "  ");
  g_string_append_c (w->out, rt_kind_get_mark (node->kind));
  if (node->text != NULL && node->text[0] != '\0')
    g_string_append_c (w->out, ' ');
  start = w->out->len;
  if (node->text != NULL)
    append_line_text (w->out, node->text);

  if (by != NULL && by->name != NULL && by->name[0] != '\0')
    {
      g_string_append (w->out, " (");
      append_line_text (w->out, by->name);
      g_string_append_c (w->out, ')');
    }
  else if (w->out->len > start &&
           (g_str_has_suffix (w->out->str + start, " ()") ||
            find_suffix_person (w->doc, w->out->str + start, w->out->len - start) != NULL))
    g_string_append (w->out, " ()");
  g_string_append_c (w->out, '\n');
}

char *
rt_text_outline_write (RtDocument      *doc,
                       const GPtrArray *node_ids)
{
  g_autoptr(RtOutlineTree) tree = NULL;
  Writer w;

  g_return_val_if_fail (RT_IS_DOCUMENT (doc), NULL);

  tree = rt_outline_tree_new (doc, node_ids, RT_IMPORT_MAX_LEVELS);
  w.doc = doc;
  w.out = g_string_new (NULL);
  rt_outline_tree_walk (tree, visit, &w);
  return g_string_free (w.out, FALSE);
}

/* Parsing */

typedef struct {
  guint width;
  int   item;
} Level;

typedef struct {
  RtOutline   *outline;
  RtDocument  *people;
  GHashTable  *copied;   /* ids of the people copied into the outline */
  GArray      *levels;   /* Level, the open lines */
  const char  *name;
  guint        n_lines;
} Parser;

static const char *
take_author (Parser *p,
             char   *text)
{
  gsize len = strlen (text);
  const RtPerson *person;

  if (p->people == NULL)
    return NULL;
  if (g_str_has_suffix (text, " ()"))
    {
      text[len - 3] = '\0';
      return NULL;
    }
  person = find_suffix_person (p->people, text, len);
  if (person == NULL)
    return NULL;

  text[len - strlen (person->name) - 3] = '\0';
  if (g_hash_table_add (p->copied, g_strdup (person->id)))
    g_ptr_array_add (p->outline->people, rt_person_copy (person));
  return person->id;
}

/* The text of a line as the writer would have written it: a carriage
 * return inside it is a space, control characters are left out. */
static char *
clean_line (const char *start,
            gsize       len)
{
  g_autofree char *copy = g_strndup (start, len);

  g_strdelimit (copy, "\r", ' ');
  return g_strchomp (rt_outline_clean_text (copy));
}

static gboolean
parse_line (Parser     *p,
            const char *line,
            gsize       len,
            guint       number,
            GError    **error)
{
  guint width = 0;
  gsize i = 0, offset;
  int parent;
  RtOutlineItem *item;
  RtNodeKind kind;
  g_autofree char *text = NULL;
  const char *author;
  Level level;

  for (; i < len && (line[i] == ' ' || line[i] == '\t'); i++)
    width = line[i] == '\t' ? (width / TAB_WIDTH + 1) * TAB_WIDTH : width + 1;
  while (len > i && g_ascii_isspace (line[len - 1]))
    len--;
  if (i == len)
    return TRUE;

  if (++p->n_lines > RT_TEXT_OUTLINE_MAX_LINES)
    {
      rt_io_set_error_at (error, RT_IO_ERROR_LIMIT, p->name, number,
                          _("there are more than %d lines to paste; paste fewer at a time."),
                          RT_TEXT_OUTLINE_MAX_LINES);
      return FALSE;
    }

  while (p->levels->len > 0 &&
         g_array_index (p->levels, Level, p->levels->len - 1).width >= width)
    g_array_set_size (p->levels, p->levels->len - 1);
  if (p->levels->len >= RT_IMPORT_MAX_LEVELS)
    {
      rt_io_set_error_at (error, RT_IO_ERROR_LIMIT, p->name, number,
                          _("the lines are indented more than %d levels deep; indent them "
                            "less, then paste again."),
                          RT_IMPORT_MAX_LEVELS);
      return FALSE;
    }
  parent = p->levels->len > 0 ? g_array_index (p->levels, Level, p->levels->len - 1).item : -1;

  text = clean_line (line + i, len - i);
  item = rt_outline_add_item (p->outline, parent, number);
  if (rt_kind_parse_mark (text, &kind, &offset))
    item->hint = kind;
  else if (g_str_has_prefix (text, "* ") || g_str_has_prefix (text, "\xe2\x80\xa2 "))
    offset = text[0] == '*' ? 2 : 4;
  else
    offset = 0;
  while (text[offset] == ' ' || text[offset] == '\t')
    offset++;
  memmove (text, text + offset, strlen (text + offset) + 1);

  author = take_author (p, text);
  g_strchomp (text);
  if (author != NULL)
    item->attrs[RT_ATTR_BY] = g_strdup (author);
  g_free (item->text);
  item->text = g_steal_pointer (&text);

  level.width = width;
  level.item = p->outline->items->len - 1;
  g_array_append_val (p->levels, level);
  return TRUE;
}

RtDocument *
rt_text_outline_parse (const char  *text,
                       gssize       len,
                       RtDocument  *people,
                       GError     **error)
{
  g_autoptr(RtOutline) outline = NULL;
  g_autoptr(GHashTable) copied = NULL;
  g_autoptr(GArray) levels = NULL;
  const char *end, *line;
  Parser p;
  guint number = 0;

  g_return_val_if_fail (text != NULL || len == 0, NULL);
  g_return_val_if_fail (people == NULL || RT_IS_DOCUMENT (people), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  p.name = _("The pasted text");
  if (len < 0)
    len = text != NULL ? strlen (text) : 0;
  if ((gsize) len > RT_TEXT_OUTLINE_MAX_SIZE)
    {
      rt_io_set_error_at (error, RT_IO_ERROR_LIMIT, p.name, 0,
                          _("it is larger than 1 MiB, more than can be pasted at once; "
                            "paste less at a time."));
      return NULL;
    }
  if (len > 0 && (!g_utf8_validate (text, len, &end) || end != text + len))
    {
      rt_io_set_error_at (error, RT_IO_ERROR_PARSE, p.name, 0,
                          _("it is not valid UTF-8 text, so it cannot be pasted."));
      return NULL;
    }

  outline = rt_outline_new ();
  copied = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  levels = g_array_new (FALSE, FALSE, sizeof (Level));
  p.outline = outline;
  p.people = people;
  p.copied = copied;
  p.levels = levels;
  p.n_lines = 0;

  end = text + len;
  for (line = text; line < end; )
    {
      const char *eol = memchr (line, '\n', end - line);
      const char *next = eol != NULL ? eol + 1 : end;

      if (eol == NULL)
        eol = end;
      if (!parse_line (&p, line, eol - line, ++number, error))
        return NULL;
      line = next;
    }

  outline->text_marks = FALSE;
  outline->links_from_arrows = FALSE;
  outline->problem_levels = 1;
  return rt_outline_build (outline);
}
