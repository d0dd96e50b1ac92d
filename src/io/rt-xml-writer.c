/* rt-xml-writer.c
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The output is produced by hand rather than through libxml2's writer: the
 * format is small and fixed, and building it straight into one buffer is
 * several times faster than a tree or xmlTextWriter.
 */
#define G_LOG_DOMAIN "roundtable-io"

#include "config.h"

#include <math.h>
#include <string.h>

#include "rt-xml-writer.h"

#define CHUNK_SIZE (64 * 1024)

/* Where a writer is in the document, so that it can stop and go on. */
enum { STAGE_HEAD, STAGE_NODES, STAGE_LINKS, STAGE_DONE };

typedef struct {
  GString       *buf;
  GOutputStream *stream;      /* NULL: everything stays in buf */
  GCancellable  *cancellable;
  GError        *error;
  int            stage;
  guint          index;       /* the next node or link */
} Writer;

/* What a byte needs: 0 nothing, 1 an escape or removal, 2 a look at the
 * character it starts (U+FFFE and U+FFFF begin with 0xEF). */
enum { PLAIN, SPECIAL, LEAD_EF };

static guint8 text_class[256];
static guint8 attr_class[256];

static void
init_classes (void)
{
  static gsize done = 0;

  if (!g_once_init_enter (&done))
    return;

  for (guint c = 0; c < 0x20; c++)
    text_class[c] = attr_class[c] = SPECIAL;
  text_class['\t'] = text_class['\n'] = PLAIN;
  text_class['&'] = text_class['<'] = text_class['>'] = SPECIAL;
  attr_class['&'] = attr_class['<'] = attr_class['>'] = attr_class['"'] = SPECIAL;
  text_class[0xef] = attr_class[0xef] = LEAD_EF;

  g_once_init_leave (&done, 1);
}

/* g_string_append_len is not inlined and checks for overlap: these are
 * the writer's innermost calls. */
static inline void
add_len (GString    *out,
         const char *text,
         gsize       len)
{
  if (G_LIKELY (out->len + len < out->allocated_len))
    {
      memcpy (out->str + out->len, text, len);
      out->len += len;
      out->str[out->len] = '\0';
    }
  else
    g_string_append_len (out, text, len);
}

static inline void
add (GString    *out,
     const char *text)
{
  add_len (out, text, strlen (text));
}

static void
flush (Writer *w)
{
  gsize written;

  if (w->stream == NULL || w->error != NULL || w->buf->len == 0)
    return;
  if (!g_output_stream_write_all (w->stream, w->buf->str, w->buf->len, &written,
                                  w->cancellable, &w->error))
    return;
  g_string_truncate (w->buf, 0);
}

static inline void
maybe_flush (Writer *w)
{
  if (w->stream != NULL && w->buf->len >= CHUNK_SIZE)
    flush (w);
}

static void
append_escaped_valid (GString      *out,
                      const char   *text,
                      const guint8 *classes)
{
  const guchar *p = (const guchar *) text;
  const guchar *run = p;

  for (;; p++)
    {
      guint8 cls = classes[*p];

      if (G_LIKELY (cls == PLAIN))
        continue;
      if (cls == LEAD_EF)
        {
          /* U+FFFE and U+FFFF are not XML characters: leave them out. */
          if (p[1] == 0xbf && (p[2] == 0xbe || p[2] == 0xbf))
            {
              add_len (out, (const char *) run, p - run);
              p += 2;
              run = p + 1;
            }
          continue;
        }

      if (*p == '\0')
        break;
      add_len (out, (const char *) run, p - run);
      run = p + 1;
      switch (*p)
        {
        case '&': add_len (out, "&amp;", 5); break;
        case '<': add_len (out, "&lt;", 4); break;
        case '>': add_len (out, "&gt;", 4); break;
        case '"': add_len (out, "&quot;", 6); break;
        /* Parsers turn these into spaces or line feeds unless escaped. */
        case '\t': add_len (out, "&#9;", 4); break;
        case '\n': add_len (out, "&#10;", 5); break;
        case '\r': add_len (out, "&#13;", 5); break;
        default: break; /* other control characters: left out */
        }
    }
  add_len (out, (const char *) run, p - run);
}

static void
append_escaped (GString      *out,
                const char   *text,
                const guint8 *classes)
{
  if (G_LIKELY (g_utf8_validate (text, -1, NULL)))
    append_escaped_valid (out, text, classes);
  else
    {
      g_autofree char *valid = g_utf8_make_valid (text, -1);

      append_escaped_valid (out, valid, classes);
    }
}

static void
append_attr (GString    *out,
             const char *name,
             const char *value)
{
  if (value == NULL)
    return;
  g_string_append_c (out, ' ');
  add (out, name);
  add_len (out, "=\"", 2);
  append_escaped (out, value, attr_class);
  g_string_append_c (out, '"');
}

/* A plain constant known to need no escaping. */
static void
append_attr_raw (GString    *out,
                 const char *name,
                 const char *value)
{
  g_string_append_c (out, ' ');
  add (out, name);
  add_len (out, "=\"", 2);
  add (out, value);
  g_string_append_c (out, '"');
}

static char *
put_digits (char   *end,
            guint64 v,
            guint   min_digits)
{
  guint n = 0;

  do
    {
      *--end = '0' + v % 10;
      v /= 10;
      n++;
    }
  while (v > 0 || n < min_digits);
  return end;
}

gboolean
rt_xml_format_time (gint64 t,
                    char   out[21])
{
  /* 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z */
  const gint64 first = G_GINT64_CONSTANT (-62135596800);
  const gint64 last = G_GINT64_CONSTANT (253402300799);
  gint64 days, secs, z, era, doe, yoe, doy, mp, y, m, d;

  if (t == RT_TIME_NONE || t < first || t > last)
    return FALSE;

  days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
  secs = t - days * 86400;

  /* Days to civil date, after Howard Hinnant's chrono algorithms. */
  z = days + 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = z - era * 146097;
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = yoe + era * 400;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;

  put_digits (out + 4, y, 4);
  out[4] = '-';
  put_digits (out + 7, m, 2);
  out[7] = '-';
  put_digits (out + 10, d, 2);
  out[10] = 'T';
  put_digits (out + 13, secs / 3600, 2);
  out[13] = ':';
  put_digits (out + 16, secs / 60 % 60, 2);
  out[16] = ':';
  put_digits (out + 19, secs % 60, 2);
  out[19] = 'Z';
  out[20] = '\0';
  return TRUE;
}

static void
append_time_attr (GString    *out,
                  const char *name,
                  gint64      t)
{
  char text[21];

  if (rt_xml_format_time (t, text))
    append_attr_raw (out, name, text);
}

/* Positions are mostly whole or have a few decimals: n / 10^k for a small
 * k. Division of two exactly representable numbers rounds the exact
 * quotient, as a correct strtod rounds the decimal n·10^-k, so when the
 * quotient equals v the decimal reads back as v; the smallest such k gives
 * the shortest fraction. */
static gboolean
append_short_decimal (GString *out,
                      double   v)
{
  static const double powers[] = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8 };
  double magnitude = fabs (v);

  if (magnitude >= 1e15 || magnitude < 1e-8)
    return FALSE;

  for (guint k = 0; k < G_N_ELEMENTS (powers); k++)
    {
      double scaled = magnitude * powers[k];
      guint64 n;
      char digits[32];
      char *end = digits + sizeof digits, *start;

      if (scaled >= 9007199254740992.0) /* 2^53 */
        return FALSE;
      n = (guint64) llround (scaled);
      if ((double) n / powers[k] != magnitude)
        continue;

      start = put_digits (end, n, k + 1);
      if (k > 0)
        {
          /* Open a gap for the decimal point before the last k digits. */
          memmove (start - 1, start, end - start - k);
          start--;
          *(end - k - 1) = '.';
        }
      if (v < 0)
        *--start = '-';
      add_len (out, start, end - start);
      return TRUE;
    }
  return FALSE;
}

/* The shortest decimal that reads back as the same double. */
static void
append_number (GString *out,
               double   v)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  if (v == 0)
    {
      g_string_append_c (out, '0');
      return;
    }
  if (append_short_decimal (out, v))
    return;

  for (int precision = 15; precision <= 17; precision++)
    {
      char format[8] = "%.15g";

      format[3] = '0' + precision % 10;
      g_ascii_formatd (text, sizeof text, format, v);
      if (precision == 17 || g_ascii_strtod (text, NULL) == v)
        break;
    }
  add (out, text);
}

static void
append_text_element (GString    *out,
                     const char *indent,
                     const char *name,
                     const char *text)
{
  add (out, indent);
  g_string_append_c (out, '<');
  add (out, name);
  g_string_append_c (out, '>');
  append_escaped (out, text, text_class);
  add_len (out, "</", 2);
  add (out, name);
  add_len (out, ">\n", 2);
}

static gboolean
has_meta (RtDocument *doc)
{
  char text[21];

  return rt_document_get_title (doc) != NULL || rt_document_get_description (doc) != NULL ||
         rt_xml_format_time (rt_document_get_created (doc), text) ||
         rt_xml_format_time (rt_document_get_modified_time (doc), text);
}

static void
write_meta (Writer     *w,
            RtDocument *doc)
{
  const char *title = rt_document_get_title (doc);
  const char *description = rt_document_get_description (doc);
  char created[21], modified[21];
  gboolean has_created = rt_xml_format_time (rt_document_get_created (doc), created);
  gboolean has_modified = rt_xml_format_time (rt_document_get_modified_time (doc), modified);

  if (!has_meta (doc))
    return;

  add (w->buf, "  <meta>\n");
  if (title != NULL)
    append_text_element (w->buf, "    ", "title", title);
  if (description != NULL)
    append_text_element (w->buf, "    ", "description", description);
  if (has_created)
    append_text_element (w->buf, "    ", "created", created);
  if (has_modified)
    append_text_element (w->buf, "    ", "modified", modified);
  add (w->buf, "  </meta>\n");
}

static void
write_people (Writer     *w,
              RtDocument *doc)
{
  guint n = rt_document_get_n_people (doc);

  if (n == 0)
    return;

  add (w->buf, "  <people>\n");
  for (guint i = 0; i < n && w->error == NULL; i++)
    {
      const RtPerson *person = rt_document_get_person (doc, i);

      add (w->buf, "    <person");
      append_attr (w->buf, "id", person->id);
      append_attr (w->buf, "name", person->name != NULL ? person->name : "");
      if (person->color != NULL)
        {
          g_autofree char *color = g_ascii_strdown (person->color, -1);

          append_attr (w->buf, "color", color);
        }
      if (person->role == RT_ROLE_FACILITATOR)
        append_attr_raw (w->buf, "role", "facilitator");
      if (!person->present)
        append_attr_raw (w->buf, "present", "false");
      add (w->buf, "/>\n");
      maybe_flush (w);
    }
  add (w->buf, "  </people>\n");
}

static void
write_node (GString      *out,
            const RtNode *node)
{
  add (out, "    <node");
  append_attr (out, "id", node->id);
  append_attr_raw (out, "kind", rt_node_kind_to_string (node->kind));
  append_attr (out, "by", node->by);
  append_time_attr (out, "created", node->created);
  if (node->status != RT_STATUS_NONE && node->status != rt_status_default_for_kind (node->kind) &&
      rt_status_valid_for_kind (node->status, node->kind))
    append_attr_raw (out, "status", rt_status_to_string (node->status));
  if (node->has_position && isfinite (node->x) && isfinite (node->y))
    {
      add (out, " x=\"");
      append_number (out, node->x);
      add (out, "\" y=\"");
      append_number (out, node->y);
      g_string_append_c (out, '"');
    }
  if (node->pinned)
    append_attr_raw (out, "pinned", "true");
  append_time_attr (out, "modified", node->modified);
  append_attr (out, "modified-by", node->modified_by);
  add (out, ">\n");

  append_text_element (out, "      ", "text", node->text != NULL ? node->text : "");
  if (node->details != NULL)
    append_text_element (out, "      ", "details", node->details);

  for (guint i = 0; i < node->credits->len; i++)
    {
      add (out, "      <credit");
      append_attr (out, "person", node->credits->pdata[i]);
      add (out, "/>\n");
    }

  for (guint i = 0; i < node->stances->len; i++)
    {
      const RtStance *stance = node->stances->pdata[i];

      add (out, "      <stance");
      append_attr (out, "person", stance->person);
      append_attr_raw (out, "level", rt_stance_level_to_string (stance->level));
      append_time_attr (out, "at", stance->at);
      append_attr (out, "due", stance->due);
      if (stance->text != NULL && stance->text[0] != '\0')
        {
          g_string_append_c (out, '>');
          append_escaped (out, stance->text, text_class);
          add (out, "</stance>\n");
        }
      else
        add (out, "/>\n");
    }

  add (out, "    </node>\n");
}

static void
write_link (Writer       *w,
            const RtLink *link)
{
  add (w->buf, "    <link");
  append_attr (w->buf, "from", link->from);
  append_attr (w->buf, "to", link->to);
  append_attr_raw (w->buf, "kind", rt_link_kind_to_string (link->kind));
  append_attr (w->buf, "by", link->by);
  append_time_attr (w->buf, "created", link->created);
  add (w->buf, "/>\n");
}

/* Whether the clock is past deadline, asked every 256 items only. */
static gboolean
out_of_time (Writer *w,
             gint64  deadline)
{
  return deadline != G_MAXINT64 && (w->index & 255) == 0 &&
         g_get_monotonic_time () >= deadline;
}

/* Writes on from where w stopped until the document is done (TRUE) or
 * the monotonic clock passes deadline (FALSE). */
static gboolean
write_some (Writer     *w,
            RtDocument *doc,
            gint64      deadline)
{
  guint n_nodes = rt_document_get_n_nodes (doc);
  guint n_links = rt_document_get_n_links (doc);

  if (w->stage == STAGE_HEAD)
    {
      init_classes ();
      add (w->buf, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      if (n_nodes == 0 && rt_document_get_n_people (doc) == 0 && n_links == 0 &&
          !has_meta (doc))
        {
          add (w->buf, "<roundtable version=\"1\"/>\n");
          w->stage = STAGE_DONE;
          return TRUE;
        }
      add (w->buf, "<roundtable version=\"1\">\n");
      write_meta (w, doc);
      write_people (w, doc);
      if (n_nodes > 0)
        add (w->buf, "  <nodes>\n");
      w->stage = STAGE_NODES;
      w->index = 0;
    }
  if (w->stage == STAGE_NODES)
    {
      while (w->index < n_nodes && w->error == NULL)
        {
          write_node (w->buf, rt_document_get_node (doc, w->index++));
          maybe_flush (w);
          if (out_of_time (w, deadline))
            return FALSE;
        }
      if (n_nodes > 0)
        add (w->buf, "  </nodes>\n");
      if (n_links > 0)
        add (w->buf, "  <links>\n");
      w->stage = STAGE_LINKS;
      w->index = 0;
    }
  if (w->stage == STAGE_LINKS)
    {
      while (w->index < n_links && w->error == NULL)
        {
          write_link (w, rt_document_get_link (doc, w->index++));
          maybe_flush (w);
          if (out_of_time (w, deadline))
            return FALSE;
        }
      if (n_links > 0)
        add (w->buf, "  </links>\n");
      add (w->buf, "</roundtable>\n");
      w->stage = STAGE_DONE;
    }
  return TRUE;
}

static void
write_document (Writer     *w,
                RtDocument *doc)
{
  write_some (w, doc, G_MAXINT64);
}

GBytes *
rt_xml_write_bytes (RtDocument *doc)
{
  Writer w = { 0, };

  g_return_val_if_fail (RT_IS_DOCUMENT (doc), NULL);

  /* Most of a map is its nodes: start near the final size. */
  w.buf = g_string_sized_new (1024 + 256 * (gsize) rt_document_get_n_nodes (doc));
  write_document (&w, doc);
  return g_string_free_to_bytes (w.buf);
}

gboolean
rt_xml_write_to_stream (RtDocument    *doc,
                        GOutputStream *stream,
                        GCancellable  *cancellable,
                        GError       **error)
{
  Writer w = { 0, };

  g_return_val_if_fail (RT_IS_DOCUMENT (doc), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  w.buf = g_string_sized_new (CHUNK_SIZE + 4096);
  w.stream = stream;
  w.cancellable = cancellable;
  write_document (&w, doc);
  flush (&w);
  g_string_free (w.buf, TRUE);

  if (w.error != NULL)
    {
      g_propagate_error (error, w.error);
      return FALSE;
    }
  return TRUE;
}

/* Serialising in slices. */

#define SLICE_US      (8 * 1000)
#define MAX_RESTARTS  3

typedef struct {
  RtDocument *doc;
  Writer      w;
  gulong      changed_id;
  guint       idle_id;
  guint       restarts;
  gboolean    changed;
} Slices;

static void
slices_free (gpointer data)
{
  Slices *sl = data;

  g_clear_handle_id (&sl->idle_id, g_source_remove);
  g_clear_signal_handler (&sl->changed_id, sl->doc);
  g_clear_object (&sl->doc);
  if (sl->w.buf != NULL)
    g_string_free (sl->w.buf, TRUE);
  g_free (sl);
}

static void
slices_start (Slices *sl)
{
  if (sl->w.buf != NULL)
    g_string_free (sl->w.buf, TRUE);
  memset (&sl->w, 0, sizeof sl->w);
  sl->w.buf = g_string_sized_new (1024 + 256 * (gsize) rt_document_get_n_nodes (sl->doc));
  sl->changed = FALSE;
}

static void
slices_changed_cb (RtDocument *doc,
                   Slices     *sl)
{
  sl->changed = TRUE;
}

/* One slice; TRUE when the bytes are ready. */
static gboolean
slices_run (Slices *sl)
{
  gint64 deadline;

  if (sl->changed)
    {
      /* The document changed under the bytes made so far. After a few
       * tries (someone typing into a big map) the rest is done at once. */
      sl->restarts++;
      slices_start (sl);
    }
  deadline = sl->restarts >= MAX_RESTARTS ? G_MAXINT64 : g_get_monotonic_time () + SLICE_US;
  return write_some (&sl->w, sl->doc, deadline);
}

static void
slices_return (GTask *task)
{
  Slices *sl = g_task_get_task_data (task);

  g_task_return_pointer (task, g_string_free_to_bytes (g_steal_pointer (&sl->w.buf)),
                         (GDestroyNotify) g_bytes_unref);
}

static gboolean
slices_idle_cb (gpointer user_data)
{
  GTask *task = user_data;
  Slices *sl = g_task_get_task_data (task);

  if (g_task_return_error_if_cancelled (task))
    {
      sl->idle_id = 0;
      return G_SOURCE_REMOVE;
    }
  if (!slices_run (sl))
    return G_SOURCE_CONTINUE;
  sl->idle_id = 0;
  slices_return (task);
  return G_SOURCE_REMOVE;
}

void
rt_xml_write_bytes_async (RtDocument          *doc,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Slices *sl;

  g_return_if_fail (RT_IS_DOCUMENT (doc));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (doc, cancellable, callback, user_data);
  g_task_set_source_tag (task, rt_xml_write_bytes_async);
  g_task_set_name (task, "[roundtable] serialise");
  sl = g_new0 (Slices, 1);
  sl->doc = g_object_ref (doc);
  g_task_set_task_data (task, sl, slices_free);
  slices_start (sl);

  /* A workshop-sized map is done in the first slice, before this returns. */
  if (slices_run (sl))
    {
      slices_return (task);
      return;
    }
  sl->changed_id = g_signal_connect (doc, "changed", G_CALLBACK (slices_changed_cb), sl);
  sl->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, slices_idle_cb,
                                 g_object_ref (task), g_object_unref);
}

GBytes *
rt_xml_write_bytes_finish (RtDocument    *doc,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, doc), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == rt_xml_write_bytes_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
