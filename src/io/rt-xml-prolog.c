/* rt-xml-prolog.c
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "roundtable-io"

#include "config.h"

#include <string.h>

#include "rt-xml-prolog.h"

typedef struct {
  const char *p;
  const char *end;
  guint       line;
} Scan;

static gboolean
starts_with (Scan       *s,
             const char *word)
{
  gsize n = strlen (word);

  return (gsize) (s->end - s->p) >= n && memcmp (s->p, word, n) == 0;
}

/* Moves past the next occurrence of word; FALSE if the data ends first. */
static gboolean
skip_past (Scan       *s,
           const char *word)
{
  gsize n = strlen (word);

  while ((gsize) (s->end - s->p) >= n)
    {
      if (memcmp (s->p, word, n) == 0)
        {
          s->p += n;
          return TRUE;
        }
      if (*s->p == '\n')
        s->line++;
      s->p++;
    }
  return FALSE;
}

static void
skip_space (Scan *s)
{
  while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\r' || *s->p == '\n'))
    {
      if (*s->p == '\n')
        s->line++;
      s->p++;
    }
}

/* The internal subset, after its '['. */
static RtPrologVerdict
scan_subset (Scan *s)
{
  while (s->p < s->end)
    {
      char c = *s->p;

      if (c == ']')
        return RT_PROLOG_SAFE;
      if (c == '"' || c == '\'')
        {
          char quote[2] = { c, '\0' };

          s->p++;
          if (!skip_past (s, quote))
            return RT_PROLOG_MORE;
          continue;
        }
      if (c == '<')
        {
          if (s->end - s->p < 9)
            return RT_PROLOG_MORE;
          if (starts_with (s, "<!--"))
            {
              s->p += 4;
              if (!skip_past (s, "-->"))
                return RT_PROLOG_MORE;
              continue;
            }
          if (starts_with (s, "<?"))
            {
              s->p += 2;
              if (!skip_past (s, "?>"))
                return RT_PROLOG_MORE;
              continue;
            }
          if (starts_with (s, "<!ENTITY"))
            return RT_PROLOG_ENTITIES;
        }
      if (c == '\n')
        s->line++;
      s->p++;
    }
  return RT_PROLOG_MORE;
}

/* After "<!DOCTYPE": a name, perhaps an external id, perhaps a subset. */
static RtPrologVerdict
scan_doctype (Scan *s)
{
  while (s->p < s->end)
    {
      char c = *s->p;

      if (c == '>')
        return RT_PROLOG_SAFE;
      if (c == '[')
        {
          s->p++;
          return scan_subset (s);
        }
      if (c == '"' || c == '\'' || starts_with (s, "SYSTEM") || starts_with (s, "PUBLIC"))
        return RT_PROLOG_EXTERNAL;
      if (s->end - s->p < 6 && (c == 'S' || c == 'P'))
        return RT_PROLOG_MORE;
      if (c == '\n')
        s->line++;
      s->p++;
    }
  return RT_PROLOG_MORE;
}

RtPrologVerdict
rt_xml_check_prolog (const char *data,
                     gsize       len,
                     guint      *doctype_line)
{
  Scan s = { data, data + len, 1 };

  if (starts_with (&s, "\xef\xbb\xbf"))
    s.p += 3;

  for (;;)
    {
      skip_space (&s);
      if (s.end - s.p < 2)
        return RT_PROLOG_MORE;
      if (s.p[0] != '<')
        return RT_PROLOG_SAFE;
      if (s.p[1] == '?')
        {
          s.p += 2;
          if (!skip_past (&s, "?>"))
            return RT_PROLOG_MORE;
          continue;
        }
      if (s.p[1] != '!')
        return RT_PROLOG_SAFE;
      if (s.end - s.p < 9)
        return RT_PROLOG_MORE;
      if (starts_with (&s, "<!--"))
        {
          s.p += 4;
          if (!skip_past (&s, "-->"))
            return RT_PROLOG_MORE;
          continue;
        }
      if (starts_with (&s, "<!DOCTYPE"))
        {
          if (doctype_line != NULL)
            *doctype_line = s.line;
          s.p += 9;
          return scan_doctype (&s);
        }
      return RT_PROLOG_SAFE;
    }
}
