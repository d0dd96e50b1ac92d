/* rt-html-text.c
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "roundtable-io"

#include "config.h"

#include <string.h>

#include "rt-html-text.h"

struct _RtHtmlText
{
  GString  *out;
  guint     breaks;     /* line breaks owed before the next character */
  gboolean  space;      /* a collapsible space owed */
  guint     pre;        /* open <pre> elements */
  guint     hidden;     /* open <head>, <style>, <script>, <title> */
  gboolean  paragraph_has_text;
};

static const char *const block_elements[] = {
  "p", "div", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote",
  "pre", "ul", "ol", "dl", "table", "hr", "address", "center", "section", "article",
  "header", "footer", "caption",
};

static const char *const hidden_elements[] = { "head", "style", "script", "title" };

static gboolean
is_one_of (const char        *name,
           const char *const *names,
           gsize              n)
{
  for (gsize i = 0; i < n; i++)
    if (g_ascii_strcasecmp (name, names[i]) == 0)
      return TRUE;
  return FALSE;
}

RtHtmlText *
rt_html_text_new (void)
{
  RtHtmlText *self = g_new0 (RtHtmlText, 1);

  self->out = g_string_new (NULL);
  return self;
}

void
rt_html_text_free (RtHtmlText *self)
{
  if (self == NULL)
    return;
  g_string_free (self->out, TRUE);
  g_free (self);
}

static void
owe_break (RtHtmlText *self)
{
  if (self->breaks == 0)
    self->breaks = 1;
  self->space = FALSE;
}

void
rt_html_text_start (RtHtmlText *self,
                    const char *name)
{
  if (is_one_of (name, hidden_elements, G_N_ELEMENTS (hidden_elements)))
    self->hidden++;
  else if (g_ascii_strcasecmp (name, "br") == 0)
    {
      self->breaks++;
      self->space = FALSE;
    }
  else if (is_one_of (name, block_elements, G_N_ELEMENTS (block_elements)))
    {
      owe_break (self);
      if (g_ascii_strcasecmp (name, "pre") == 0)
        self->pre++;
      if (g_ascii_strcasecmp (name, "p") == 0)
        self->paragraph_has_text = FALSE;
    }
}

void
rt_html_text_end (RtHtmlText *self,
                  const char *name)
{
  if (is_one_of (name, hidden_elements, G_N_ELEMENTS (hidden_elements)))
    {
      if (self->hidden > 0)
        self->hidden--;
    }
  else if (is_one_of (name, block_elements, G_N_ELEMENTS (block_elements)))
    {
      owe_break (self);
      if (g_ascii_strcasecmp (name, "pre") == 0 && self->pre > 0)
        self->pre--;
      /* An empty paragraph is how editors keep a blank line. */
      if (g_ascii_strcasecmp (name, "p") == 0 && !self->paragraph_has_text && self->out->len > 0)
        self->breaks++;
      self->paragraph_has_text = TRUE;
    }
}

static void
pay_debts (RtHtmlText *self)
{
  if (self->out->len == 0)
    {
      /* Nothing before: no leading blank lines or spaces. */
      self->breaks = 0;
      self->space = FALSE;
      return;
    }
  for (; self->breaks > 0; self->breaks--)
    g_string_append_c (self->out, '\n');
  if (self->space)
    g_string_append_c (self->out, ' ');
  self->space = FALSE;
}

void
rt_html_text_add (RtHtmlText *self,
                  const char *text,
                  gsize       len)
{
  const char *end = text + len;

  if (self->hidden > 0)
    return;

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (self->pre > 0 && (c == '\n' || c == '\r'))
        {
          if (c == '\n')
            self->breaks++;
          continue;
        }
      if (self->pre == 0 && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'))
        {
          if (self->breaks == 0)
            self->space = TRUE;
          continue;
        }

      pay_debts (self);
      if (c == 0x00a0)
        g_string_append_c (self->out, ' ');
      else
        g_string_append_len (self->out, p, g_utf8_next_char (p) - p);
      self->paragraph_has_text = TRUE;
    }
}

gsize
rt_html_text_get_length (RtHtmlText *self)
{
  return self->out->len;
}

char *
rt_html_text_finish (RtHtmlText *self)
{
  char *text = g_strdup (self->out->str);

  g_string_truncate (self->out, 0);
  self->breaks = 0;
  self->space = FALSE;
  return text;
}
