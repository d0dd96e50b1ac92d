/* rt-stats.c: the ownership figures of a map as JSON
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "roundtable-cli"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "model/rt-analysis.h"
#include "rt-stats.h"

static void
add_kind_counts (JsonBuilder *builder,
                 const guint *per_kind,
                 guint        total)
{
  json_builder_begin_object (builder);
  for (guint k = 0; k < RT_N_NODE_KINDS; k++)
    {
      json_builder_set_member_name (builder, rt_node_kind_to_string ((RtNodeKind) k));
      json_builder_add_int_value (builder, per_kind[k]);
    }
  json_builder_set_member_name (builder, "total");
  json_builder_add_int_value (builder, total);
  json_builder_end_object (builder);
}

static void
add_id_list (JsonBuilder *builder,
             const char  *name,
             GPtrArray   *ids)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < ids->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (ids, i));
  json_builder_end_array (builder);
}

static void
add_person (JsonBuilder         *builder,
            const RtPersonStats *stats)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, stats->id);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, stats->name);
  json_builder_set_member_name (builder, "present");
  json_builder_add_boolean_value (builder, stats->present);
  json_builder_set_member_name (builder, "contributions");
  add_kind_counts (builder, stats->contributions, stats->total);
  json_builder_set_member_name (builder, "credits");
  json_builder_add_int_value (builder, stats->credits);
  json_builder_set_member_name (builder, "stances");
  json_builder_begin_object (builder);
  for (guint l = RT_STANCE_COMMIT; l < RT_N_STANCE_LEVELS; l++)
    {
      json_builder_set_member_name (builder, rt_stance_level_to_string ((RtStanceLevel) l));
      json_builder_add_int_value (builder, stats->stances[l]);
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);
}

static void
add_decision (JsonBuilder      *builder,
              const RtDecision *decision)
{
  RtDecisionWarnings warnings[RT_N_DECISION_WARNINGS];
  guint n_warnings = rt_decision_warnings_split (decision->warnings, warnings);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, decision->id);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, decision->text);
  add_id_list (builder, "owners", decision->owners);
  add_id_list (builder, "supporters", decision->supporters);
  add_id_list (builder, "accepting", decision->accepting);
  add_id_list (builder, "objecting", decision->objecting);
  json_builder_set_member_name (builder, "warnings");
  json_builder_begin_array (builder);
  for (guint w = 0; w < n_warnings; w++)
    json_builder_add_string_value (builder, rt_decision_warning_to_string (warnings[w]));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
add_problem (JsonBuilder          *builder,
             const RtProblemStats *problem)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, problem->id);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, problem->text);
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, rt_status_to_string (problem->status));
  json_builder_set_member_name (builder, "ownership");
  json_builder_add_double_value (builder, problem->ownership);
  json_builder_end_object (builder);
}

/* json-glib writes every double with 17 significant digits, so an ownership
 * of 0.33 comes out as 0.33000000000000002. Rewrite each number outside
 * strings in the shortest form that reads back as the same double, and end
 * the text with a line break. */
static char *
shorten_numbers (const char *json)
{
  GString *out = g_string_sized_new (strlen (json));
  gboolean in_string = FALSE;
  const char *p = json;

  while (*p != '\0')
    {
      if (in_string)
        {
          if (*p == '\\' && p[1] != '\0')
            {
              g_string_append_len (out, p, 2);
              p += 2;
              continue;
            }
          if (*p == '"')
            in_string = FALSE;
          g_string_append_c (out, *p++);
        }
      else if (*p == '"')
        {
          in_string = TRUE;
          g_string_append_c (out, *p++);
        }
      else if (*p == '-' || g_ascii_isdigit (*p))
        {
          const char *start = p;
          g_autofree char *token = NULL;
          char buffer[G_ASCII_DTOSTR_BUF_SIZE];
          gboolean is_double;
          double value;

          while (*p == '-' || *p == '+' || *p == '.' || *p == 'e' || *p == 'E'
                 || g_ascii_isdigit (*p))
            p++;
          token = g_strndup (start, p - start);
          is_double = strpbrk (token, ".eE") != NULL;
          if (!is_double)
            {
              g_string_append (out, token);
              continue;
            }

          value = g_ascii_strtod (token, NULL);
          for (int digits = 1; digits <= 17; digits++)
            {
              char format[8];

              g_snprintf (format, sizeof format, "%%.%dg", digits);
              g_ascii_formatd (buffer, sizeof buffer, format, value);
              if (g_ascii_strtod (buffer, NULL) == value)
                break;
            }
          g_string_append (out, buffer);
          /* Keep a double looking like one, as json-glib does ("1.0"). */
          if (strpbrk (buffer, ".eE") == NULL)
            g_string_append (out, ".0");
        }
      else
        {
          g_string_append_c (out, *p++);
        }
    }

  g_string_append_c (out, '\n');
  return g_string_free (out, FALSE);
}

char *
rt_stats_to_json (RtDocument *doc)
{
  g_autoptr(RtAnalysis) analysis = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *raw = NULL;
  guint per_kind[RT_N_NODE_KINDS];

  g_return_val_if_fail (RT_IS_DOCUMENT (doc), NULL);

  analysis = rt_analysis_new (doc);
  builder = json_builder_new ();
  json_builder_begin_object (builder);

  json_builder_set_member_name (builder, "people");
  json_builder_begin_array (builder);
  for (guint i = 0; i < rt_analysis_get_n_people (analysis); i++)
    add_person (builder, rt_analysis_get_person (analysis, i));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "nodes");
  for (guint k = 0; k < RT_N_NODE_KINDS; k++)
    per_kind[k] = rt_analysis_get_n_nodes (analysis, (RtNodeKind) k);
  add_kind_counts (builder, per_kind, rt_analysis_get_n_nodes (analysis, RT_N_NODE_KINDS));

  add_id_list (builder, "not_heard", rt_analysis_get_not_heard (analysis));

  json_builder_set_member_name (builder, "top_two_share");
  json_builder_add_double_value (builder, rt_analysis_get_top_two_share (analysis));

  json_builder_set_member_name (builder, "decisions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < rt_analysis_get_n_decisions (analysis); i++)
    add_decision (builder, rt_analysis_get_decision (analysis, i));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "problems");
  json_builder_begin_array (builder);
  for (guint i = 0; i < rt_analysis_get_n_problems (analysis); i++)
    add_problem (builder, rt_analysis_get_problem (analysis, i));
  json_builder_end_array (builder);

  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  raw = json_generator_to_data (generator, NULL);

  return shorten_numbers (raw);
}
