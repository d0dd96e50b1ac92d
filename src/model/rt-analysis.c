/* rt-analysis.c: who owns what the group decided
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "roundtable-model"

#include "config.h"

#include <math.h>
#include <string.h>

#include "rt-analysis-private.h"

struct _RtAnalysis
{
  grefcount   ref_count;
  GArray     *people;        /* RtPersonStats, document order */
  GHashTable *person_index;  /* person id (borrowed from people) -> index + 1 */
  guint       n_present;
  guint       n_nodes[RT_N_NODE_KINDS + 1];
  guint       n_unattributed[RT_N_NODE_KINDS + 1];
  GPtrArray  *not_heard;     /* owned char * */
  double      top_two_share;
  GArray     *decisions;     /* RtDecision */
  GArray     *problems;      /* RtProblemStats */
};

G_DEFINE_BOXED_TYPE (RtAnalysis, rt_analysis, rt_analysis_ref, rt_analysis_unref)

static void
person_stats_clear (gpointer data)
{
  RtPersonStats *stats = data;

  g_clear_pointer (&stats->id, g_free);
  g_clear_pointer (&stats->name, g_free);
}

static void
decision_clear (gpointer data)
{
  RtDecision *decision = data;

  g_clear_pointer (&decision->id, g_free);
  g_clear_pointer (&decision->text, g_free);
  g_clear_pointer (&decision->owners, g_ptr_array_unref);
  g_clear_pointer (&decision->supporters, g_ptr_array_unref);
  g_clear_pointer (&decision->accepting, g_ptr_array_unref);
  g_clear_pointer (&decision->objecting, g_ptr_array_unref);
  g_clear_pointer (&decision->sole_author, g_free);
}

static void
problem_stats_clear (gpointer data)
{
  RtProblemStats *problem = data;

  g_clear_pointer (&problem->id, g_free);
  g_clear_pointer (&problem->text, g_free);
}

RtAnalysis *
rt_analysis_new (RtDocument *doc)
{
  RtAnalysis *self;

  g_return_val_if_fail (doc == NULL || RT_IS_DOCUMENT (doc), NULL);

  self = g_new0 (RtAnalysis, 1);
  g_ref_count_init (&self->ref_count);
  self->people = g_array_new (FALSE, TRUE, sizeof (RtPersonStats));
  g_array_set_clear_func (self->people, person_stats_clear);
  self->person_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->not_heard = g_ptr_array_new_with_free_func (g_free);
  self->decisions = g_array_new (FALSE, TRUE, sizeof (RtDecision));
  g_array_set_clear_func (self->decisions, decision_clear);
  self->problems = g_array_new (FALSE, TRUE, sizeof (RtProblemStats));
  g_array_set_clear_func (self->problems, problem_stats_clear);

  if (doc != NULL)
    rt_analysis_recompute (self, doc);

  return self;
}

RtAnalysis *
rt_analysis_ref (RtAnalysis *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_ref_count_inc (&self->ref_count);
  return self;
}

void
rt_analysis_unref (RtAnalysis *self)
{
  g_return_if_fail (self != NULL);

  if (!g_ref_count_dec (&self->ref_count))
    return;

  g_hash_table_unref (self->person_index);
  g_array_unref (self->people);
  g_ptr_array_unref (self->not_heard);
  g_array_unref (self->decisions);
  g_array_unref (self->problems);
  g_free (self);
}

static void
reset (RtAnalysis *self)
{
  g_hash_table_remove_all (self->person_index);
  g_array_set_size (self->people, 0);
  g_ptr_array_set_size (self->not_heard, 0);
  g_array_set_size (self->decisions, 0);
  g_array_set_size (self->problems, 0);
  self->n_present = 0;
  memset (self->n_nodes, 0, sizeof self->n_nodes);
  memset (self->n_unattributed, 0, sizeof self->n_unattributed);
  self->top_two_share = 0.0;
}

/* Index of a person in the document's order, or -1. */
static int
person_index (RtAnalysis *self,
              const char *person_id)
{
  gpointer value;

  if (person_id == NULL)
    return -1;
  value = g_hash_table_lookup (self->person_index, person_id);
  return value != NULL ? (int) GPOINTER_TO_UINT (value) - 1 : -1;
}

static void
bits_set (guint64 *bits,
          guint    bit)
{
  bits[bit / 64] |= G_GUINT64_CONSTANT (1) << (bit % 64);
}

static guint
bits_count (const guint64 *bits,
            guint          n_words)
{
  guint count = 0;

  for (guint i = 0; i < n_words; i++)
    count += (guint) __builtin_popcountll (bits[i]);
  return count;
}

static double
round_two_decimals (double value)
{
  return floor (value * 100.0 + 0.5) / 100.0;
}

/* For each problem, the present people who contributed to it or to any node
 * with a path to it: contributor sets are unions over strongly connected
 * components, pushed forward along the links in topological order. */
static void
compute_problems (RtAnalysis            *self,
                  RtDocument            *doc,
                  const RtAnalysisGraph *graph,
                  const int             *present_bit)
{
  guint n_nodes = graph->n_nodes;
  guint n_words = MAX ((self->n_present + 63) / 64, 1);
  g_autofree guint *component = NULL;
  g_autofree guint64 *sets = NULL;
  g_autofree guint *members_start = NULL;
  g_autofree guint *members = NULL;
  g_autofree guint *fill = NULL;
  guint n_components;

  if (self->n_nodes[RT_NODE_PROBLEM] == 0)
    return;

  component = g_new (guint, MAX (n_nodes, 1));
  n_components = rt_analysis_graph_components (graph, component);
  sets = g_new0 (guint64, (gsize) n_components * n_words);

  for (guint i = 0; i < n_nodes && self->n_present > 0; i++)
    {
      const RtNode *node = rt_document_get_node (doc, i);
      guint64 *set = sets + (gsize) component[i] * n_words;
      int p = person_index (self, node->by);

      if (p >= 0 && present_bit[p] >= 0)
        bits_set (set, (guint) present_bit[p]);
      for (guint c = 0; c < node->credits->len; c++)
        {
          p = person_index (self, g_ptr_array_index (node->credits, c));
          if (p >= 0 && present_bit[p] >= 0)
            bits_set (set, (guint) present_bit[p]);
        }
    }

  /* Nodes grouped by component, to walk components in order. */
  members_start = g_new0 (guint, n_components + 1);
  members = g_new (guint, MAX (n_nodes, 1));
  for (guint i = 0; i < n_nodes; i++)
    members_start[component[i] + 1]++;
  for (guint c = 0; c < n_components; c++)
    members_start[c + 1] += members_start[c];
  fill = g_memdup2 (members_start, sizeof (guint) * (n_components + 1));
  for (guint i = 0; i < n_nodes; i++)
    members[fill[component[i]]++] = i;

  for (guint c = n_components; c-- > 0 && self->n_present > 0;)
    {
      const guint64 *set = sets + (gsize) c * n_words;

      for (guint m = members_start[c]; m < members_start[c + 1]; m++)
        {
          guint v = members[m];

          for (guint e = graph->out_start[v]; e < graph->out_start[v + 1]; e++)
            {
              guint d = component[graph->out_edges[e]];
              guint64 *target = sets + (gsize) d * n_words;

              if (d == c)
                continue;
              for (guint k = 0; k < n_words; k++)
                target[k] |= set[k];
            }
        }
    }

  for (guint i = 0; i < n_nodes; i++)
    {
      const RtNode *node = rt_document_get_node (doc, i);
      RtProblemStats problem = { 0 };

      if (node->kind != RT_NODE_PROBLEM)
        continue;

      problem.id = g_strdup (node->id);
      problem.text = g_strdup (node->text);
      problem.status = node->status;
      if (self->n_present > 0)
        {
          problem.n_owners = bits_count (sets + (gsize) component[i] * n_words, n_words);
          problem.ownership = round_two_decimals ((double) problem.n_owners / self->n_present);
        }
      g_array_append_val (self->problems, problem);
    }
}

typedef struct {
  guint           order;  /* person index, or beyond the people for unknown ids */
  const RtStance *stance;
} StanceEntry;

static int
compare_stance_entries (gconstpointer a,
                        gconstpointer b)
{
  const StanceEntry *x = a, *y = b;

  return (x->order > y->order) - (x->order < y->order);
}

typedef struct {
  guint *seen;     /* per person: the stamp of the last decision that saw them */
  guint  stamp;
  guint  n_found;  /* distinct people, counted up to two */
  int    first;    /* the first one found */
} Contributors;

static void
contributors_add (Contributors *contributors,
                  int           person)
{
  if (person < 0 || contributors->seen[person] == contributors->stamp)
    return;
  contributors->seen[person] = contributors->stamp;
  if (contributors->n_found++ == 0)
    contributors->first = person;
}

static void
count_contributors (RtAnalysis   *self,
                    const RtNode *node,
                    Contributors *contributors)
{
  contributors_add (contributors, person_index (self, node->by));
  for (guint c = 0; c < node->credits->len && contributors->n_found < 2; c++)
    contributors_add (contributors,
                      person_index (self, g_ptr_array_index (node->credits, c)));
}

static void
add_decision (RtAnalysis            *self,
              RtDocument            *doc,
              const RtAnalysisGraph *graph,
              guint                  node_index,
              guint                 *seen,
              guint                  stamp)
{
  const RtNode *node = rt_document_get_node (doc, node_index);
  RtDecision decision = { 0 };
  g_autofree StanceEntry *entries = g_new (StanceEntry, MAX (node->stances->len, 1));
  Contributors contributors = { seen, stamp, 0, -1 };
  gboolean objected = FALSE;

  decision.id = g_strdup (node->id);
  decision.text = g_strdup (node->text);
  decision.owners = g_ptr_array_new_with_free_func (g_free);
  decision.supporters = g_ptr_array_new_with_free_func (g_free);
  decision.accepting = g_ptr_array_new_with_free_func (g_free);
  decision.objecting = g_ptr_array_new_with_free_func (g_free);

  for (guint s = 0; s < node->stances->len; s++)
    {
      const RtStance *stance = g_ptr_array_index (node->stances, s);
      int p = person_index (self, stance->person);

      entries[s].order = p >= 0 ? (guint) p : self->people->len + s;
      entries[s].stance = stance;
    }
  qsort (entries, node->stances->len, sizeof (StanceEntry), compare_stance_entries);

  for (guint s = 0; s < node->stances->len; s++)
    {
      const RtStance *stance = entries[s].stance;
      GPtrArray *list = NULL;

      switch (stance->level)
        {
        case RT_STANCE_COMMIT:
          list = decision.owners;
          break;
        case RT_STANCE_AGREE:
          list = decision.supporters;
          break;
        case RT_STANCE_ACCEPT:
          list = decision.accepting;
          break;
        case RT_STANCE_OBJECT:
          list = decision.objecting;
          objected = TRUE;
          break;
        case RT_STANCE_NONE:
        case RT_N_STANCE_LEVELS:
        default:
          break;
        }
      if (list != NULL)
        g_ptr_array_add (list, g_strdup (stance->person));
    }

  count_contributors (self, node, &contributors);
  for (guint e = graph->out_start[node_index];
       e < graph->out_start[node_index + 1] && contributors.n_found < 2; e++)
    count_contributors (self, rt_document_get_node (doc, graph->out_edges[e]), &contributors);
  for (guint e = graph->in_start[node_index];
       e < graph->in_start[node_index + 1] && contributors.n_found < 2; e++)
    count_contributors (self, rt_document_get_node (doc, graph->in_edges[e]), &contributors);

  if (contributors.n_found == 1)
    decision.sole_author = g_strdup (g_array_index (self->people, RtPersonStats,
                                                    contributors.first).id);
  if (decision.owners->len == 0)
    decision.warnings |= RT_DECISION_WARNING_UNOWNED;
  if (contributors.n_found == 1 && self->n_present >= 2)
    decision.warnings |= RT_DECISION_WARNING_DECIDED_WITHOUT_GROUP;
  if (objected)
    decision.warnings |= RT_DECISION_WARNING_OPEN_OBJECTION;

  g_array_append_val (self->decisions, decision);
}

static void
count_people (RtAnalysis *self,
              RtDocument *doc,
              int        *present_bit)
{
  guint n_people = rt_document_get_n_people (doc);

  for (guint i = 0; i < n_people; i++)
    {
      const RtPerson *person = rt_document_get_person (doc, i);
      RtPersonStats stats = { 0 };

      stats.id = g_strdup (person->id);
      stats.name = g_strdup (person->name);
      stats.present = person->present;
      g_array_append_val (self->people, stats);
      g_hash_table_insert (self->person_index,
                           g_array_index (self->people, RtPersonStats, i).id,
                           GUINT_TO_POINTER (i + 1));
      present_bit[i] = person->present ? (int) self->n_present++ : -1;
    }
}

static void
count_nodes (RtAnalysis *self,
             RtDocument *doc)
{
  guint n_nodes = rt_document_get_n_nodes (doc);

  for (guint i = 0; i < n_nodes; i++)
    {
      const RtNode *node = rt_document_get_node (doc, i);
      RtNodeKind kind = node->kind;
      int p = person_index (self, node->by);

      self->n_nodes[kind]++;
      self->n_nodes[RT_N_NODE_KINDS]++;
      if (p >= 0)
        {
          RtPersonStats *stats = &g_array_index (self->people, RtPersonStats, p);

          stats->contributions[kind]++;
          stats->total++;
          stats->heard = TRUE;
        }
      else
        {
          self->n_unattributed[kind]++;
          self->n_unattributed[RT_N_NODE_KINDS]++;
        }

      for (guint c = 0; c < node->credits->len; c++)
        {
          p = person_index (self, g_ptr_array_index (node->credits, c));
          if (p >= 0)
            {
              RtPersonStats *stats = &g_array_index (self->people, RtPersonStats, p);

              stats->credits++;
              stats->heard = TRUE;
            }
        }

      for (guint s = 0; s < node->stances->len; s++)
        {
          const RtStance *stance = g_ptr_array_index (node->stances, s);

          p = person_index (self, stance->person);
          if (p >= 0 && stance->level > RT_STANCE_NONE && stance->level < RT_N_STANCE_LEVELS)
            g_array_index (self->people, RtPersonStats, p).stances[stance->level]++;
        }
    }
}

static void
compute_shares (RtAnalysis *self)
{
  guint first = 0, second = 0, known = 0;

  for (guint i = 0; i < self->people->len; i++)
    {
      const RtPersonStats *stats = &g_array_index (self->people, RtPersonStats, i);

      known += stats->total;
      if (stats->total > first)
        {
          second = first;
          first = stats->total;
        }
      else if (stats->total > second)
        {
          second = stats->total;
        }
      if (stats->present && !stats->heard)
        g_ptr_array_add (self->not_heard, g_strdup (stats->id));
    }

  self->top_two_share = known > 0 ? (double) (first + second) / known : 0.0;
}

void
rt_analysis_recompute (RtAnalysis *self,
                       RtDocument *doc)
{
  g_autofree int *present_bit = NULL;
  g_autofree guint *seen = NULL;
  RtAnalysisGraph graph = { 0 };
  guint n_nodes;

  g_return_if_fail (self != NULL);
  g_return_if_fail (RT_IS_DOCUMENT (doc));

  reset (self);

  present_bit = g_new (int, MAX (rt_document_get_n_people (doc), 1));
  count_people (self, doc, present_bit);
  count_nodes (self, doc);
  compute_shares (self);

  rt_analysis_graph_build (&graph, doc);
  n_nodes = rt_document_get_n_nodes (doc);

  seen = g_new0 (guint, MAX (self->people->len, 1));
  for (guint i = 0; i < n_nodes; i++)
    {
      const RtNode *node = rt_document_get_node (doc, i);

      if (node->kind == RT_NODE_RESPONSE && node->status == RT_STATUS_ADOPTED)
        add_decision (self, doc, &graph, i, seen, self->decisions->len + 1);
    }

  compute_problems (self, doc, &graph, present_bit);
  rt_analysis_graph_clear (&graph);
}

guint
rt_analysis_get_n_people (RtAnalysis *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->people->len;
}

const RtPersonStats *
rt_analysis_get_person (RtAnalysis *self,
                        guint       index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->people->len, NULL);

  return &g_array_index (self->people, RtPersonStats, index);
}

const RtPersonStats *
rt_analysis_lookup_person (RtAnalysis *self,
                           const char *person_id)
{
  int index;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (person_id != NULL, NULL);

  index = person_index (self, person_id);
  return index >= 0 ? &g_array_index (self->people, RtPersonStats, index) : NULL;
}

guint
rt_analysis_get_n_present (RtAnalysis *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_present;
}

guint
rt_analysis_get_n_nodes (RtAnalysis *self,
                         RtNodeKind  kind)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (kind <= RT_N_NODE_KINDS, 0);

  return self->n_nodes[kind];
}

guint
rt_analysis_get_n_unattributed (RtAnalysis *self,
                                RtNodeKind  kind)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (kind <= RT_N_NODE_KINDS, 0);

  return self->n_unattributed[kind];
}

GPtrArray *
rt_analysis_get_not_heard (RtAnalysis *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->not_heard;
}

double
rt_analysis_get_top_two_share (RtAnalysis *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return self->top_two_share;
}

guint
rt_analysis_get_n_decisions (RtAnalysis *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->decisions->len;
}

const RtDecision *
rt_analysis_get_decision (RtAnalysis *self,
                          guint       index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->decisions->len, NULL);

  return &g_array_index (self->decisions, RtDecision, index);
}

guint
rt_analysis_get_n_problems (RtAnalysis *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->problems->len;
}

const RtProblemStats *
rt_analysis_get_problem (RtAnalysis *self,
                         guint       index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->problems->len, NULL);

  return &g_array_index (self->problems, RtProblemStats, index);
}

const char *
rt_decision_warning_to_string (RtDecisionWarnings warning)
{
  switch ((int) warning)
    {
    case RT_DECISION_WARNING_UNOWNED:
      return "unowned";
    case RT_DECISION_WARNING_DECIDED_WITHOUT_GROUP:
      return "decided-without-group";
    case RT_DECISION_WARNING_OPEN_OBJECTION:
      return "open-objection";
    default:
      return NULL;
    }
}

guint
rt_decision_warnings_split (RtDecisionWarnings  warnings,
                            RtDecisionWarnings *out)
{
  static const RtDecisionWarnings order[RT_N_DECISION_WARNINGS] = {
    RT_DECISION_WARNING_UNOWNED,
    RT_DECISION_WARNING_DECIDED_WITHOUT_GROUP,
    RT_DECISION_WARNING_OPEN_OBJECTION,
  };
  guint n = 0;

  g_return_val_if_fail (out != NULL, 0);

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if (warnings & order[i])
      out[n++] = order[i];
  return n;
}
