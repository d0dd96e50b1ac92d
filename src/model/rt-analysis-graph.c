/* rt-analysis-graph.c: the link graph the ownership analysis walks, and
 * how a node came to be
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "roundtable-model"

#include "config.h"

#include <string.h>

#include "rt-analysis-private.h"

void
rt_analysis_graph_clear (RtAnalysisGraph *graph)
{
  g_clear_pointer (&graph->out_start, g_free);
  g_clear_pointer (&graph->out_edges, g_free);
  g_clear_pointer (&graph->in_start, g_free);
  g_clear_pointer (&graph->in_edges, g_free);
}

/* rt_document_get_node_index() searches the node list; a table built once
 * keeps the whole analysis linear. Keys are borrowed from the document. */
static GHashTable *
node_index_table (RtDocument *doc)
{
  guint n_nodes = rt_document_get_n_nodes (doc);
  GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n_nodes; i++)
    g_hash_table_insert (table, rt_document_get_node (doc, i)->id, GUINT_TO_POINTER (i + 1));
  return table;
}

static int
node_index (GHashTable *table,
            const char *node_id)
{
  gpointer value = node_id != NULL ? g_hash_table_lookup (table, node_id) : NULL;

  return value != NULL ? (int) GPOINTER_TO_UINT (value) - 1 : -1;
}

void
rt_analysis_graph_build (RtAnalysisGraph *graph,
                         RtDocument      *doc)
{
  guint n_nodes = rt_document_get_n_nodes (doc);
  guint n_links = rt_document_get_n_links (doc);
  g_autoptr(GHashTable) index = node_index_table (doc);
  g_autofree guint *from = g_new (guint, MAX (n_links, 1));
  g_autofree guint *to = g_new (guint, MAX (n_links, 1));
  g_autofree guint *out_fill = NULL;
  g_autofree guint *in_fill = NULL;
  guint n_edges = 0;

  for (guint i = 0; i < n_links; i++)
    {
      const RtLink *link = rt_document_get_link (doc, i);
      int f = node_index (index, link->from);
      int t = node_index (index, link->to);

      if (f < 0 || t < 0)
        continue;
      from[n_edges] = (guint) f;
      to[n_edges] = (guint) t;
      n_edges++;
    }

  graph->n_nodes = n_nodes;
  graph->out_start = g_new0 (guint, n_nodes + 1);
  graph->in_start = g_new0 (guint, n_nodes + 1);
  graph->out_edges = g_new (guint, MAX (n_edges, 1));
  graph->in_edges = g_new (guint, MAX (n_edges, 1));

  for (guint e = 0; e < n_edges; e++)
    {
      graph->out_start[from[e] + 1]++;
      graph->in_start[to[e] + 1]++;
    }
  for (guint i = 0; i < n_nodes; i++)
    {
      graph->out_start[i + 1] += graph->out_start[i];
      graph->in_start[i + 1] += graph->in_start[i];
    }

  out_fill = g_memdup2 (graph->out_start, sizeof (guint) * (n_nodes + 1));
  in_fill = g_memdup2 (graph->in_start, sizeof (guint) * (n_nodes + 1));
  for (guint e = 0; e < n_edges; e++)
    {
      graph->out_edges[out_fill[from[e]]++] = to[e];
      graph->in_edges[in_fill[to[e]]++] = from[e];
    }
}

/* Tarjan's algorithm, without recursion so that a long chain of nodes
 * cannot exhaust the stack. */
guint
rt_analysis_graph_components (const RtAnalysisGraph *graph,
                              guint                 *component)
{
  guint n = graph->n_nodes;
  g_autofree guint *order = g_new (guint, n);     /* discovery index + 1, 0 unvisited */
  g_autofree guint *low = g_new (guint, n);
  g_autofree guint *next_edge = g_new (guint, n);
  g_autofree guint *stack = g_new (guint, n);     /* Tarjan's stack */
  g_autofree guint *path = g_new (guint, n);      /* the depth-first path */
  g_autofree gboolean *on_stack = g_new0 (gboolean, n);
  guint counter = 0, n_stack = 0, n_components = 0;

  memset (order, 0, sizeof (guint) * n);

  for (guint root = 0; root < n; root++)
    {
      guint depth = 0;

      if (order[root] != 0)
        continue;

      path[depth++] = root;
      order[root] = low[root] = ++counter;
      next_edge[root] = graph->out_start[root];
      stack[n_stack++] = root;
      on_stack[root] = TRUE;

      while (depth > 0)
        {
          guint v = path[depth - 1];

          if (next_edge[v] < graph->out_start[v + 1])
            {
              guint w = graph->out_edges[next_edge[v]++];

              if (order[w] == 0)
                {
                  order[w] = low[w] = ++counter;
                  next_edge[w] = graph->out_start[w];
                  stack[n_stack++] = w;
                  on_stack[w] = TRUE;
                  path[depth++] = w;
                }
              else if (on_stack[w])
                {
                  low[v] = MIN (low[v], order[w]);
                }
              continue;
            }

          if (low[v] == order[v])
            {
              guint w;

              do
                {
                  w = stack[--n_stack];
                  on_stack[w] = FALSE;
                  component[w] = n_components;
                }
              while (w != v);
              n_components++;
            }

          depth--;
          if (depth > 0)
            {
              guint parent = path[depth - 1];
              low[parent] = MIN (low[parent], low[v]);
            }
        }
    }

  return n_components;
}

typedef struct {
  gint64 created;
  guint  index;
} OriginKey;

static int
compare_origin_keys (gconstpointer a,
                     gconstpointer b)
{
  const OriginKey *x = a, *y = b;

  if (x->created != y->created)
    return x->created < y->created ? -1 : 1;
  return (x->index > y->index) - (x->index < y->index);
}

GArray *
rt_analysis_get_origins (RtDocument *doc,
                         const char *node_id)
{
  g_autofree gboolean *visited = NULL;
  g_autoptr(GHashTable) index = NULL;
  g_autoptr(GArray) keys = NULL;
  g_autoptr(GArray) queue = NULL;
  GArray *origins;
  GPtrArray *out_links;
  int found;
  guint start;

  g_return_val_if_fail (RT_IS_DOCUMENT (doc), NULL);
  g_return_val_if_fail (node_id != NULL, NULL);

  if (rt_document_lookup_node (doc, node_id) == NULL)
    return NULL;
  index = node_index_table (doc);
  found = node_index (index, node_id);
  start = (guint) found;

  visited = g_new0 (gboolean, rt_document_get_n_nodes (doc));
  keys = g_array_new (FALSE, FALSE, sizeof (OriginKey));
  queue = g_array_new (FALSE, FALSE, sizeof (guint));

  /* Every node with a directed path to the start: a walk against the links. */
  visited[start] = TRUE;
  g_array_append_val (queue, start);
  for (guint q = 0; q < queue->len; q++)
    {
      const RtNode *node = rt_document_get_node (doc, g_array_index (queue, guint, q));
      GPtrArray *in_links = rt_document_get_links_to (doc, node->id);

      for (guint l = 0; l < in_links->len; l++)
        {
          const RtLink *link = g_ptr_array_index (in_links, l);
          int from = node_index (index, link->from);
          guint next;

          if (from < 0 || visited[from])
            continue;
          visited[from] = TRUE;
          next = (guint) from;
          g_array_append_val (queue, next);
        }
    }

  out_links = rt_document_get_links_from (doc, node_id);
  for (guint l = 0; l < out_links->len; l++)
    {
      const RtLink *link = g_ptr_array_index (out_links, l);
      int to;

      if (link->kind != RT_LINK_RESPONDS_TO && link->kind != RT_LINK_ARISES_FROM)
        continue;
      to = node_index (index, link->to);
      if (to >= 0)
        visited[to] = TRUE;
    }

  visited[start] = FALSE;
  for (guint i = 0; i < rt_document_get_n_nodes (doc); i++)
    {
      OriginKey key;

      if (!visited[i])
        continue;
      key.created = rt_document_get_node (doc, i)->created;
      key.index = i;
      g_array_append_val (keys, key);
    }
  g_array_sort (keys, compare_origin_keys);

  origins = g_array_sized_new (FALSE, FALSE, sizeof (RtOrigin), keys->len);
  for (guint i = 0; i < keys->len; i++)
    {
      RtOrigin origin;

      origin.node = rt_document_get_node (doc, g_array_index (keys, OriginKey, i).index);
      origin.author = origin.node->by != NULL
                        ? rt_document_lookup_person (doc, origin.node->by)
                        : NULL;
      g_array_append_val (origins, origin);
    }

  return origins;
}
