/* rt-window-print-markdown.c: reading the report's Markdown for printing
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-app"

#include "config.h"

#include <string.h>

#include "rt-window-print-markdown.h"

typedef enum {
  TAG_BOLD,
  TAG_ITALIC,
  TAG_CODE,
} Tag;

static const char *const tag_names[] = { "b", "i", "tt" };

typedef struct {
  GString *out;
  Tag      stack[8];
  guint    depth;
} Markup;

static gboolean
markup_is_open (Markup *m,
                Tag     tag)
{
  for (guint i = 0; i < m->depth; i++)
    if (m->stack[i] == tag)
      return TRUE;
  return FALSE;
}

/* Opens the tag, or closes it when open; tags opened inside it are closed
 * and reopened around the close, so that the markup stays well nested. */
static void
markup_toggle (Markup *m,
               Tag     tag)
{
  guint at;

  if (!markup_is_open (m, tag))
    {
      if (m->depth < G_N_ELEMENTS (m->stack))
        {
          m->stack[m->depth++] = tag;
          g_string_append_printf (m->out, "<%s>", tag_names[tag]);
        }
      return;
    }
  for (at = 0; m->stack[at] != tag; at++)
    ;
  for (guint i = m->depth; i > at; i--)
    g_string_append_printf (m->out, "</%s>", tag_names[m->stack[i - 1]]);
  memmove (&m->stack[at], &m->stack[at + 1], (m->depth - at - 1) * sizeof (Tag));
  m->depth--;
  for (guint i = at; i < m->depth; i++)
    g_string_append_printf (m->out, "<%s>", tag_names[m->stack[i]]);
}

static void
markup_append_char (Markup     *m,
                    const char *p,
                    const char *end)
{
  const char *next = g_utf8_find_next_char (p, end);
  g_autofree char *escaped = NULL;

  if (next == NULL)
    next = end;
  escaped = g_markup_escape_text (p, next - p);
  g_string_append (m->out, escaped);
}

char *
rt_print_markdown_inline (const char *text,
                          gssize      len)
{
  Markup m = { g_string_new (NULL), { 0 }, 0 };
  const char *p, *end;

  g_return_val_if_fail (text != NULL, NULL);

  if (len < 0)
    len = strlen (text);
  end = text + len;
  p = text;
  while (p < end)
    {
      if (markup_is_open (&m, TAG_CODE))
        {
          if (*p == '`')
            markup_toggle (&m, TAG_CODE);
          else
            markup_append_char (&m, p, end);
        }
      else if (*p == '\\' && p + 1 < end && g_ascii_ispunct (p[1]))
        {
          p++;
          markup_append_char (&m, p, end);
        }
      else if (*p == '`')
        markup_toggle (&m, TAG_CODE);
      else if (*p == '*' && p + 1 < end && p[1] == '*')
        {
          markup_toggle (&m, TAG_BOLD);
          p++;
        }
      else if (*p == '*')
        markup_toggle (&m, TAG_ITALIC);
      else
        markup_append_char (&m, p, end);
      p = g_utf8_find_next_char (p, end);
      if (p == NULL)
        break;
    }
  while (m.depth > 0)
    g_string_append_printf (m.out, "</%s>", tag_names[m.stack[--m.depth]]);
  return g_string_free (m.out, FALSE);
}

/* A table row's cells, split at pipes that are not escaped. */
GPtrArray *
rt_print_markdown_split_row (const char *line)
{
  GPtrArray *cells = g_ptr_array_new_with_free_func (g_free);
  const char *p = line, *start;

  while (*p == ' ')
    p++;
  if (*p == '|')
    p++;
  start = p;
  for (; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        {
          p++;
          continue;
        }
      if (*p == '|')
        {
          g_ptr_array_add (cells, g_strstrip (g_strndup (start, p - start)));
          start = p + 1;
        }
    }
  /* Text after the last pipe is a cell only when the row does not end in
   * one. */
  {
    g_autofree char *rest = g_strstrip (g_strdup (start));

    if (*rest != '\0')
      g_ptr_array_add (cells, g_steal_pointer (&rest));
  }
  return cells;
}

gboolean
rt_print_markdown_alignment_row (GPtrArray      *cells,
                                 PangoAlignment *align,
                                 guint           n_align)
{
  if (cells->len == 0)
    return FALSE;
  for (guint i = 0; i < cells->len; i++)
    {
      const char *c = g_ptr_array_index (cells, i);
      gsize len = strlen (c);
      gboolean left = len > 0 && c[0] == ':';
      gboolean right = len > 0 && c[len - 1] == ':';

      if (strspn (c, ":-") != len || strchr (c, '-') == NULL)
        return FALSE;
      if (i < n_align)
        align[i] = left && right ? PANGO_ALIGN_CENTER : right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;
    }
  return TRUE;
}

guint
rt_print_markdown_heading_level (const char *line)
{
  guint level = 0;

  while (line[level] == '#')
    level++;
  if (level == 0 || level > 6 || (line[level] != ' ' && line[level] != '\0'))
    return 0;
  return level;
}

gboolean
rt_print_markdown_is_list_item (const char *line)
{
  return (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ';
}
