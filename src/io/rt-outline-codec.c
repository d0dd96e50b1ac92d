/* rt-outline-codec.c
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "roundtable-io"

#include "config.h"

#include <string.h>

#include "rt-outline-codec.h"
#include "rt-xml-writer.h"

static const char *const attr_names[RT_N_ATTRS] = {
  "roundtable-map", "roundtable-untitled", "roundtable-person", "roundtable-id",
  "roundtable-kind", "roundtable-status", "roundtable-by", "roundtable-by-name",
  "roundtable-modified", "roundtable-modified-by", "roundtable-credits",
  "roundtable-stances", "roundtable-link", "roundtable-links",
};

const char *
rt_outline_attr_name (RtOutlineAttr attr)
{
  g_return_val_if_fail (attr < RT_N_ATTRS, NULL);
  return attr_names[attr];
}

gboolean
rt_outline_attr_lookup (const char    *name,
                        RtOutlineAttr *out)
{
  if (strncmp (name, RT_ATTR_PREFIX, strlen (RT_ATTR_PREFIX)) != 0)
    return FALSE;
  for (guint i = 0; i < RT_N_ATTRS; i++)
    if (strcmp (name, attr_names[i]) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

void
rt_record_append_field (GString    *out,
                        const char *field)
{
  if (field == NULL)
    return;
  for (const char *p = field; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\':
        case ':':
        case ';':
          g_string_append_c (out, '\\');
          g_string_append_c (out, *p);
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        default:
          g_string_append_c (out, *p);
          break;
        }
    }
}

GPtrArray *
rt_record_split_list (const char *value)
{
  GPtrArray *records = g_ptr_array_new_with_free_func (g_free);
  const char *start = value;
  const char *p = value;

  for (;;)
    {
      if (*p == '\\' && p[1] != '\0')
        {
          p += 2;
          continue;
        }
      if (*p == ';' || *p == '\0')
        {
          while (start < p && g_ascii_isspace (*start))
            start++;
          if (start < p)
            g_ptr_array_add (records, g_strndup (start, p - start));
          if (*p == '\0')
            break;
          start = p + 1;
        }
      p++;
    }
  return records;
}

char **
rt_record_split_fields (const char *record,
                        guint       max_fields,
                        guint      *n_fields)
{
  GPtrArray *fields = g_ptr_array_new ();
  GString *field = g_string_new (NULL);

  g_assert (max_fields > 0);

  for (const char *p = record; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        {
          p++;
          g_string_append_c (field, *p == 'n' ? '\n' : *p == 'r' ? '\r' : *p);
        }
      else if (*p == ':' && fields->len + 1 < max_fields)
        {
          g_ptr_array_add (fields, g_string_free (field, FALSE));
          field = g_string_new (NULL);
        }
      else
        g_string_append_c (field, *p);
    }
  g_ptr_array_add (fields, g_string_free (field, FALSE));

  if (n_fields != NULL)
    *n_fields = fields->len;
  g_ptr_array_add (fields, NULL);
  return (char **) g_ptr_array_free (fields, FALSE);
}

void
rt_record_format_time (gint64 t,
                       char   out[17])
{
  char iso[21];

  out[0] = '\0';
  if (!rt_xml_format_time (t, iso))
    return;
  /* 2026-11-24T18:16:10Z → 20261124T181610Z */
  memcpy (out, iso, 4);
  memcpy (out + 4, iso + 5, 2);
  memcpy (out + 6, iso + 8, 3);
  memcpy (out + 9, iso + 11, 2);
  memcpy (out + 11, iso + 14, 2);
  memcpy (out + 13, iso + 17, 3);
  out[16] = '\0';
}

static gboolean
digits (const char *s,
        guint       n,
        int        *out)
{
  int v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      v = v * 10 + (s[i] - '0');
    }
  *out = v;
  return TRUE;
}

static gboolean
utc_time (int     year,
          int     month,
          int     day,
          int     hour,
          int     minute,
          int     second,
          gint64  offset,
          gint64 *out)
{
  g_autoptr(GDateTime) dt = NULL;

  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 ||
      day > g_date_get_days_in_month (month, year) || hour > 23 || minute > 59 ||
      second > 60)
    return FALSE;
  /* A leap second reads as the last second of its minute. */
  dt = g_date_time_new_utc (year, month, day, hour, minute, MIN (second, 59));
  if (dt == NULL || !rt_outline_time_is_valid (g_date_time_to_unix (dt) - offset))
    return FALSE;
  *out = g_date_time_to_unix (dt) - offset;
  return TRUE;
}

gboolean
rt_outline_time_is_valid (gint64 t)
{
  char text[21];

  return rt_xml_format_time (t, text);
}

gboolean
rt_record_parse_time (const char *s,
                      gint64     *out)
{
  int y, mo, d, h, mi, se;
  gint64 t;

  if (s == NULL)
    return FALSE;
  if (strlen (s) == 16 && s[8] == 'T' && s[15] == 'Z' &&
      digits (s, 4, &y) && digits (s + 4, 2, &mo) && digits (s + 6, 2, &d) &&
      digits (s + 9, 2, &h) && digits (s + 11, 2, &mi) && digits (s + 13, 2, &se))
    return utc_time (y, mo, d, h, mi, se, 0, out);
  if (!rt_time_parse (s, &t) || !rt_outline_time_is_valid (t))
    return FALSE;
  *out = t;
  return TRUE;
}

static const char *const week_days[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
static const char *const months[] = {
  "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
};

char *
rt_rfc822_format (gint64 t)
{
  g_autoptr(GDateTime) dt = NULL;
  char iso[21];

  if (!rt_xml_format_time (t, iso))
    return NULL;
  dt = g_date_time_new_from_unix_utc (t);
  if (dt == NULL)
    return NULL;
  /* Names in English whatever the locale, as RFC 822 wants them. */
  return g_strdup_printf ("%s, %02d %s %04d %02d:%02d:%02d GMT",
                          week_days[g_date_time_get_day_of_week (dt) - 1],
                          g_date_time_get_day_of_month (dt),
                          months[g_date_time_get_month (dt) - 1],
                          g_date_time_get_year (dt),
                          g_date_time_get_hour (dt),
                          g_date_time_get_minute (dt),
                          g_date_time_get_second (dt));
}

static gboolean
parse_zone (const char *zone,
            gint64     *offset)
{
  static const struct { const char *name; int hours; } zones[] = {
    { "GMT", 0 }, { "UT", 0 }, { "UTC", 0 }, { "Z", 0 },
    { "EST", -5 }, { "EDT", -4 }, { "CST", -6 }, { "CDT", -5 },
    { "MST", -7 }, { "MDT", -6 }, { "PST", -8 }, { "PDT", -7 },
  };
  int hh, mm;

  if ((zone[0] == '+' || zone[0] == '-') && strlen (zone) == 5 &&
      digits (zone + 1, 2, &hh) && digits (zone + 3, 2, &mm) && mm < 60)
    {
      *offset = (gint64) (hh * 3600 + mm * 60) * (zone[0] == '-' ? -1 : 1);
      return TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (zones); i++)
    if (g_ascii_strcasecmp (zone, zones[i].name) == 0)
      {
        *offset = (gint64) zones[i].hours * 3600;
        return TRUE;
      }
  return FALSE;
}

gboolean
rt_rfc822_parse (const char *s,
                 gint64     *out)
{
  g_auto(GStrv) words = NULL;
  guint n, i = 0;
  int day, month = -1, year, h, mi, se = 0;
  gint64 offset = 0;
  const char *clock;

  if (s == NULL)
    return FALSE;
  words = g_strsplit_set (s, " \t", -1);
  n = 0;
  for (guint k = 0; words[k] != NULL; k++)
    if (words[k][0] != '\0')
      words[n++] = words[k];
    else
      g_free (words[k]);
  words[n] = NULL;

  /* [Tue,] 24 Nov 2026 18:00[:00] [GMT] */
  if (n > 0 && g_ascii_isalpha (words[0][0]))
    i++;
  if (n - i < 4 || !g_ascii_isdigit (words[i][0]) || strlen (words[i]) > 2 ||
      !digits (words[i], strlen (words[i]), &day))
    return FALSE;
  for (guint m = 0; m < G_N_ELEMENTS (months); m++)
    if (g_ascii_strncasecmp (words[i + 1], months[m], 3) == 0)
      month = m + 1;
  if (month < 0)
    return FALSE;
  if (strlen (words[i + 2]) == 2 && digits (words[i + 2], 2, &year))
    year += year < 50 ? 2000 : 1900;
  else if (strlen (words[i + 2]) != 4 || !digits (words[i + 2], 4, &year))
    return FALSE;

  clock = words[i + 3];
  if (strlen (clock) < 5 || !digits (clock, 2, &h) || clock[2] != ':' ||
      !digits (clock + 3, 2, &mi))
    return FALSE;
  if (clock[5] == ':' && (strlen (clock) != 8 || !digits (clock + 6, 2, &se)))
    return FALSE;
  if (clock[5] != ':' && clock[5] != '\0')
    return FALSE;

  if (n - i >= 5 && !parse_zone (words[i + 4], &offset))
    return FALSE;
  return utc_time (year, month, day, h, mi, se, offset, out);
}

static const char marks[RT_N_NODE_KINDS] = { '?', '!', '+', '-', '#' };

char
rt_kind_get_mark (RtNodeKind kind)
{
  g_return_val_if_fail (kind < RT_N_NODE_KINDS, '#');
  return marks[kind];
}

gboolean
rt_kind_from_mark (char        mark,
                   RtNodeKind *out)
{
  for (guint k = 0; k < RT_N_NODE_KINDS; k++)
    if (marks[k] == mark)
      {
        *out = k;
        return TRUE;
      }
  return FALSE;
}

gboolean
rt_kind_parse_mark (const char *text,
                    RtNodeKind *kind,
                    gsize      *offset)
{
  gsize i = 1;

  if (text == NULL || text[0] == '\0' || !rt_kind_from_mark (text[0], kind))
    return FALSE;
  if (text[1] != '\0' && text[1] != ' ' && text[1] != '\t')
    return FALSE;
  while (text[i] == ' ' || text[i] == '\t')
    i++;
  *offset = i;
  return TRUE;
}

/* What Roundtable writes: icons both FreeMind 1.0 and Freeplane know,
 * except "addition", which only Freeplane draws. */
static const char *const kind_icons[RT_N_NODE_KINDS] = {
  "help", "idea", "addition", "button_cancel", "info",
};

static const struct {
  const char *icon;
  RtNodeKind  kind;
} icon_kinds[] = {
  { "help", RT_NODE_PROBLEM },
  { "question", RT_NODE_PROBLEM },
  { "emoji-2753", RT_NODE_PROBLEM },    /* ❓ */
  { "emoji-2754", RT_NODE_PROBLEM },    /* ❔ */
  { "idea", RT_NODE_RESPONSE },
  { "button_ok", RT_NODE_RESPONSE },
  { "emoji-1F4A1", RT_NODE_RESPONSE },  /* 💡 */
  { "addition", RT_NODE_PRO },
  { "plus", RT_NODE_PRO },
  { "emoji-2795", RT_NODE_PRO },        /* ➕ */
  { "emoji-1F44D", RT_NODE_PRO },       /* 👍 */
  { "subtraction", RT_NODE_CON },
  { "minus", RT_NODE_CON },
  { "button_cancel", RT_NODE_CON },
  { "emoji-2796", RT_NODE_CON },        /* ➖ */
  { "emoji-1F44E", RT_NODE_CON },       /* 👎 */
  { "info", RT_NODE_NOTE },
  { "pencil", RT_NODE_NOTE },
  { "edit", RT_NODE_NOTE },
  { "emoji-2139", RT_NODE_NOTE },       /* ℹ */
  { "emoji-1F4DD", RT_NODE_NOTE },      /* 📝 */
};

const char *
rt_kind_get_icon (RtNodeKind kind)
{
  g_return_val_if_fail (kind < RT_N_NODE_KINDS, NULL);
  return kind_icons[kind];
}

gboolean
rt_kind_from_icon (const char *icon,
                   RtNodeKind *out)
{
  if (icon == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (icon_kinds); i++)
    if (g_ascii_strcasecmp (icon, icon_kinds[i].icon) == 0)
      {
        *out = icon_kinds[i].kind;
        return TRUE;
      }
  return FALSE;
}

/* The same colors, in the same order, as the map reader's. */
static const char *const palette[] = {
  "#1c71d8", "#e66100", "#2ec27e", "#c01c28", "#813d9c",
  "#986a44", "#e5a50a", "#3584e4", "#26a269", "#a51d2d",
};

void
rt_outline_assign_colors (GPtrArray *people)
{
  g_autoptr(GHashTable) used = g_hash_table_new (g_str_hash, g_str_equal);
  guint next = 0, uncolored = 0;

  for (guint i = 0; i < people->len; i++)
    {
      RtPerson *person = people->pdata[i];

      if (person->color != NULL)
        g_hash_table_add (used, person->color);
    }

  for (guint i = 0; i < people->len; i++)
    {
      RtPerson *person = people->pdata[i];

      if (person->color != NULL)
        continue;
      while (next < G_N_ELEMENTS (palette) && g_hash_table_contains (used, (gpointer) palette[next]))
        next++;
      if (next < G_N_ELEMENTS (palette))
        person->color = g_strdup (palette[next++]);
      else
        person->color = g_strdup (palette[uncolored % G_N_ELEMENTS (palette)]);
      uncolored++;
    }
}
