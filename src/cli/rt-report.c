/* rt-report.c: the workshop report a facilitator sends afterwards
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "roundtable-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "io/rt-io-error.h"
#include "model/rt-analysis.h"
#include "rt-report.h"

typedef struct {
  RtDocument *doc;
  RtAnalysis *analysis;
  GString    *out;
} Report;

/* Characters that would otherwise start emphasis, code, links, HTML, table
 * cells, headings or strike-through anywhere in a line. */
static gboolean
needs_escape (const char *p)
{
  switch (*p)
    {
    case '\\': case '`': case '*': case '_': case '[': case ']':
    case '<': case '>': case '|': case '#': case '~':
      return TRUE;
    case '&':
      return g_ascii_isalnum (p[1]) || p[1] == '#';
    default:
      return FALSE;
    }
}

/* Text within a line: line breaks become spaces. */
static void
append_inline (GString    *out,
               const char *text)
{
  if (text == NULL)
    return;
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\r' || *p == '\n' || *p == '\t')
        {
          if (*p == '\r' && p[1] == '\n')
            p++;
          g_string_append_c (out, ' ');
          continue;
        }
      if (needs_escape (p))
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

static char *
escape_inline (const char *text)
{
  GString *out = g_string_new (NULL);

  append_inline (out, text);
  return g_string_free (out, FALSE);
}

/* Text of its own paragraphs: each line is escaped so that it cannot start
 * a list, a quote, a heading or a code block. */
static void
append_block (GString    *out,
              const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);
      const char *p = line;

      if (*p == '-' || *p == '+' || *p == '=')
        g_string_append_c (out, '\\');
      else
        {
          while (g_ascii_isdigit (*p))
            p++;
          if (p != line && (*p == '.' || *p == ')'))
            {
              g_string_append_len (out, line, p - line);
              g_string_append_c (out, '\\');
              line = (char *) p;
            }
        }
      append_inline (out, line);
      g_string_append_c (out, '\n');
    }
}

static const char *
person_name (Report     *report,
             const char *person_id)
{
  const RtPersonStats *stats;

  if (person_id == NULL)
    return _("Unknown");
  stats = rt_analysis_lookup_person (report->analysis, person_id);
  return stats != NULL ? stats->name : person_id;
}

/* Escaped names joined with commas. */
static char *
join_names (Report    *report,
            GPtrArray *ids)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < ids->len; i++)
    {
      if (i > 0)
        g_string_append (out, _(", "));
      append_inline (out, person_name (report, g_ptr_array_index (ids, i)));
    }
  return g_string_free (out, FALSE);
}

static char *
quoted_text (const char *text)
{
  if (text == NULL || *text == '\0')
    return g_strdup (_("(no text)"));
  return escape_inline (text);
}

static char *
warning_sentence (Report             *report,
                  const RtDecision   *decision,
                  RtDecisionWarnings  warning)
{
  g_autofree char *text = quoted_text (decision->text);

  switch ((int) warning)
    {
    case RT_DECISION_WARNING_UNOWNED:
      return g_strdup_printf (_("No one has committed to carrying out “%s”."), text);

    case RT_DECISION_WARNING_DECIDED_WITHOUT_GROUP:
      {
        g_autofree char *name = escape_inline (person_name (report, decision->sole_author));

        return g_strdup_printf (_("“%s” was shaped by %s alone: no one else contributed "
                                  "to it or to the ideas linked to it."),
                                text, name);
      }

    case RT_DECISION_WARNING_OPEN_OBJECTION:
      {
        g_autofree char *names = join_names (report, decision->objecting);

        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "“%s” has an open objection from %s.",
                                             "“%s” has open objections from %s.",
                                             decision->objecting->len),
                                text, names);
      }

    default:
      g_assert_not_reached ();
    }
}

static void
write_header (Report *report)
{
  const char *title = rt_document_get_title (report->doc);
  const char *description = rt_document_get_description (report->doc);
  gint64 when = rt_document_get_modified_time (report->doc);

  g_string_append (report->out, "# ");
  if (title != NULL && *title != '\0')
    append_inline (report->out, title);
  else
    g_string_append (report->out, _("Workshop report"));
  g_string_append (report->out, "\n\n");

  if (when == RT_TIME_NONE)
    when = rt_document_get_created (report->doc);
  if (when != RT_TIME_NONE)
    {
      g_autoptr(GDateTime) date = g_date_time_new_from_unix_utc (when);

      if (date != NULL)
        {
          g_autofree char *day = g_date_time_format (date, "%Y-%m-%d");

          g_string_append_printf (report->out, _("Date: %s"), day);
          g_string_append (report->out, "\n\n");
        }
    }

  if (description != NULL && *description != '\0')
    {
      append_block (report->out, description);
      g_string_append_c (report->out, '\n');
    }
}

static void
write_people (Report *report)
{
  g_autoptr(GPtrArray) absent = g_ptr_array_new ();
  guint n_people = rt_analysis_get_n_people (report->analysis);

  g_string_append_printf (report->out, "## %s\n\n", _("People present"));
  for (guint i = 0; i < n_people; i++)
    {
      const RtPersonStats *stats = rt_analysis_get_person (report->analysis, i);

      if (!stats->present)
        {
          g_ptr_array_add (absent, stats->id);
          continue;
        }
      g_string_append (report->out, "- ");
      append_inline (report->out, stats->name);
      g_string_append_c (report->out, '\n');
    }
  if (rt_analysis_get_n_present (report->analysis) == 0)
    g_string_append_printf (report->out, "%s\n", _("No one is marked as present."));
  g_string_append_c (report->out, '\n');

  if (absent->len > 0)
    {
      g_autofree char *names = join_names (report, absent);

      g_string_append_printf (report->out, _("Absent: %s."), names);
      g_string_append (report->out, "\n\n");
    }
}

static void
write_decision (Report           *report,
                const RtDecision *decision)
{
  const RtNode *node = rt_document_lookup_node (report->doc, decision->id);
  RtDecisionWarnings warnings[RT_N_DECISION_WARNINGS];
  guint n_warnings = rt_decision_warnings_split (decision->warnings, warnings);
  g_autofree char *text = quoted_text (decision->text);

  g_string_append_printf (report->out, "### %s\n\n", text);

  g_string_append_printf (report->out, "**%s**\n\n", _("Owners"));
  if (decision->owners->len == 0)
    g_string_append_printf (report->out, "- %s\n", _("No one yet."));
  for (guint i = 0; i < decision->owners->len; i++)
    {
      const char *id = g_ptr_array_index (decision->owners, i);
      const RtStance *stance = rt_node_find_stance (node, id);

      g_string_append (report->out, "- ");
      append_inline (report->out, person_name (report, id));
      if (stance->text != NULL && *stance->text != '\0')
        {
          g_string_append (report->out, _(": "));
          append_inline (report->out, stance->text);
        }
      if (stance->due != NULL)
        {
          g_string_append_c (report->out, ' ');
          g_string_append_printf (report->out, _("(due %s)"), stance->due);
        }
      g_string_append_c (report->out, '\n');
    }
  g_string_append_c (report->out, '\n');

  if (decision->supporters->len > 0)
    {
      g_autofree char *names = join_names (report, decision->supporters);

      g_string_append_printf (report->out, "**%s** %s\n\n", _("Supporting:"), names);
    }
  if (decision->accepting->len > 0)
    {
      g_autofree char *names = join_names (report, decision->accepting);

      g_string_append_printf (report->out, "**%s** %s\n\n", _("Accepting:"), names);
    }
  if (decision->objecting->len > 0)
    {
      g_string_append_printf (report->out, "**%s**\n\n", _("Objections"));
      for (guint i = 0; i < decision->objecting->len; i++)
        {
          const char *id = g_ptr_array_index (decision->objecting, i);
          const RtStance *stance = rt_node_find_stance (node, id);

          g_string_append (report->out, "- ");
          append_inline (report->out, person_name (report, id));
          if (stance->text != NULL && *stance->text != '\0')
            {
              g_autofree char *said = escape_inline (stance->text);

              g_string_append (report->out, _(": "));
              g_string_append_printf (report->out, _("“%s”"), said);
            }
          g_string_append_c (report->out, '\n');
        }
      g_string_append_c (report->out, '\n');
    }

  if (n_warnings > 0)
    {
      g_string_append_printf (report->out, "**%s**\n\n", _("Warnings"));
      for (guint w = 0; w < n_warnings; w++)
        {
          g_autofree char *sentence = warning_sentence (report, decision, warnings[w]);

          g_string_append_printf (report->out, "- %s\n", sentence);
        }
      g_string_append_c (report->out, '\n');
    }
}

static void
write_decisions (Report *report)
{
  guint n = rt_analysis_get_n_decisions (report->analysis);

  g_string_append_printf (report->out, "## %s\n\n", _("Decisions"));
  if (n == 0)
    g_string_append_printf (report->out, "%s\n\n", _("No response has been adopted."));
  for (guint i = 0; i < n; i++)
    write_decision (report, rt_analysis_get_decision (report->analysis, i));
}

static void
write_open_problems (Report *report)
{
  guint n = rt_analysis_get_n_problems (report->analysis);
  guint n_present = rt_analysis_get_n_present (report->analysis);
  guint n_open = 0;

  g_string_append_printf (report->out, "## %s\n\n", _("Open problems"));
  for (guint i = 0; i < n; i++)
    {
      const RtProblemStats *problem = rt_analysis_get_problem (report->analysis, i);
      g_autofree char *text = NULL;
      int percent;

      if (problem->status == RT_STATUS_RESOLVED)
        continue;
      n_open++;
      text = quoted_text (problem->text);
      percent = (int) lround (problem->ownership * 100.0);
      g_string_append (report->out, "- ");
      g_string_append_printf (report->out,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%s (ownership %d%%: %u of %u present person)",
                                           "%s (ownership %d%%: %u of %u present people)",
                                           n_present),
                              text, percent, problem->n_owners, n_present);
      g_string_append_c (report->out, '\n');
    }
  if (n_open == 0)
    g_string_append_printf (report->out, "%s\n", _("No problem is open."));
  g_string_append_c (report->out, '\n');
}

static void
write_objections (Report *report)
{
  guint n_nodes = rt_document_get_n_nodes (report->doc);
  guint n_objections = 0;

  g_string_append_printf (report->out, "## %s\n\n", _("Objections"));
  for (guint i = 0; i < n_nodes; i++)
    {
      const RtNode *node = rt_document_get_node (report->doc, i);

      for (guint s = 0; s < node->stances->len; s++)
        {
          const RtStance *stance = g_ptr_array_index (node->stances, s);
          g_autofree char *name = NULL;
          g_autofree char *text = NULL;

          if (stance->level != RT_STANCE_OBJECT)
            continue;
          n_objections++;
          name = escape_inline (person_name (report, stance->person));
          text = quoted_text (node->text);
          g_string_append (report->out, "- ");
          /* Translators: a person, a node's text and its kind ("Response") */
          g_string_append_printf (report->out, _("%s objects to “%s” (%s)"),
                                  name, text, rt_node_kind_get_label (node->kind));
          if (stance->text != NULL && *stance->text != '\0')
            {
              g_autofree char *said = escape_inline (stance->text);

              g_string_append (report->out, _(": "));
              g_string_append_printf (report->out, _("“%s”"), said);
            }
          g_string_append_c (report->out, '\n');
        }
    }
  if (n_objections == 0)
    g_string_append_printf (report->out, "%s\n", _("No one has objected to anything."));
  g_string_append_c (report->out, '\n');
}

static void
write_participation (Report *report)
{
  guint n_people = rt_analysis_get_n_people (report->analysis);
  GPtrArray *not_heard = rt_analysis_get_not_heard (report->analysis);

  g_string_append_printf (report->out, "## %s\n\n", _("Participation"));
  if (n_people > 0)
    {
      g_string_append_printf (report->out, "| %s | %s | %s | %s |\n",
                              _("Person"), _("Contributions"), _("Credits"),
                              _("Commitments"));
      g_string_append (report->out, "| --- | ---: | ---: | ---: |\n");
    }
  for (guint i = 0; i < n_people; i++)
    {
      const RtPersonStats *stats = rt_analysis_get_person (report->analysis, i);

      g_string_append (report->out, "| ");
      append_inline (report->out, stats->name);
      if (!stats->present)
        g_string_append_printf (report->out, " %s", _("(absent)"));
      g_string_append_printf (report->out, " | %u | %u | %u |\n", stats->total,
                              stats->credits, stats->stances[RT_STANCE_COMMIT]);
    }
  if (n_people > 0)
    g_string_append_c (report->out, '\n');

  if (not_heard->len > 0)
    {
      g_autofree char *names = join_names (report, not_heard);

      g_string_append_printf (report->out, _("Not heard yet: %s."), names);
    }
  else if (rt_analysis_get_n_present (report->analysis) > 0)
    {
      g_string_append (report->out, _("Everyone present has been heard."));
    }
  else
    {
      g_string_append (report->out, _("No one is marked as present."));
    }
  g_string_append (report->out, "\n\n");

  if (rt_analysis_get_n_nodes (report->analysis, RT_N_NODE_KINDS)
      > rt_analysis_get_n_unattributed (report->analysis, RT_N_NODE_KINDS))
    {
      int percent = (int) lround (rt_analysis_get_top_two_share (report->analysis) * 100.0);

      g_string_append_printf (report->out,
                              _("Top-two share: the two most active people contributed "
                                "%d%% of the ideas whose author is known."),
                              percent);
    }
  else
    {
      g_string_append (report->out, _("Top-two share: no idea has a known author yet."));
    }
  g_string_append (report->out, "\n\n");
}

static void
write_warnings (Report *report)
{
  guint n = rt_analysis_get_n_decisions (report->analysis);
  guint n_written = 0;

  g_string_append_printf (report->out, "## %s\n\n", _("Warnings"));
  for (guint i = 0; i < n; i++)
    {
      const RtDecision *decision = rt_analysis_get_decision (report->analysis, i);
      RtDecisionWarnings warnings[RT_N_DECISION_WARNINGS];
      guint n_warnings = rt_decision_warnings_split (decision->warnings, warnings);

      for (guint w = 0; w < n_warnings; w++)
        {
          g_autofree char *sentence = warning_sentence (report, decision, warnings[w]);

          g_string_append_printf (report->out, "- %s\n", sentence);
          n_written++;
        }
    }
  if (n_written == 0)
    g_string_append_printf (report->out, "%s\n", _("No warnings."));
}

char *
rt_report_markdown (RtDocument *doc)
{
  g_autoptr(RtAnalysis) analysis = NULL;
  Report report;

  g_return_val_if_fail (RT_IS_DOCUMENT (doc), NULL);

  analysis = rt_analysis_new (doc);
  report.doc = doc;
  report.analysis = analysis;
  report.out = g_string_new (NULL);

  write_header (&report);
  write_people (&report);
  write_decisions (&report);
  write_open_problems (&report);
  write_objections (&report);
  write_participation (&report);
  write_warnings (&report);

  return g_string_free (report.out, FALSE);
}

gboolean
rt_report_markdown_file (RtDocument  *doc,
                         const char  *path,
                         GError     **error)
{
  g_autofree char *markdown = NULL;

  g_return_val_if_fail (RT_IS_DOCUMENT (doc), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  markdown = rt_report_markdown (doc);
  return rt_io_write_export (path, markdown, strlen (markdown), error);
}
