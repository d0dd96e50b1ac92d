/* rt-sample-map.c: made-up maps of any size, for tests and benchmarks
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "roundtable-render"

#include "config.h"

#include "rt-layout.h"
#include "rt-sample-map.h"

static const char *const names[] = {
  "Amira Haddad", "Ben Okafor", "Chen Wei", "Dolores Ruiz", "Elif Şahin",
  "Frank Müller", "Grace Nkemelu", "Hamid Rahimi", "Ines Carvalho",
  "Jonas Berg", "Keiko Tanaka", "Luis Ortega",
};

static const char *const colors[] = {
  "#1c71d8", "#e66100", "#2ec27e", "#9141ac", "#c01c28", "#865e3c",
  "#e5a50a", "#0e8a8a", "#3d3846", "#a51d2d", "#26a269", "#613583",
};

static const char *const subjects[] = {
  "the Saturday rota", "the reading room", "the youth club", "the budget",
  "the volunteers", "the heating bill", "the opening hours", "the car park",
  "the new members", "the school visits", "the evening classes", "the website",
  "the café corner", "the book sale", "the local press", "the council grant",
};

static const char *const problem_forms[] = {
  "How do we keep %s going through the winter?",
  "Who looks after %s?",
  "What happens to %s when the grant ends?",
  "How can more people hear about %s?",
  "Why is nobody using %s?",
  "Is %s still worth the effort?",
};

static const char *const response_forms[] = {
  "Ask the neighbours to run %s",
  "Share %s with the school next door",
  "A monthly rota for %s",
  "Move %s to Tuesday evenings",
  "Write to the council about %s and ask for a two-year commitment",
  "Try %s for three months, then decide",
};

static const char *const pro_forms[] = {
  "Costs nothing",
  "People already asked for it",
  "We tried something similar in 2019 and it worked well for a whole year",
  "Brings in families",
  "Easy to stop if it fails",
};

static const char *const con_forms[] = {
  "Needs a key-holder every time",
  "Volunteers drift away after a few months",
  "The union has to agree first",
  "Takes money from %s",
  "Nobody has time for this before the summer holidays start",
};

static const char *const note_forms[] = {
  "Last year about 300 visits on an average Saturday",
  "See the minutes of the October meeting about %s",
  "Heating costs about £85 a day",
  "Petition: 412 signatures",
};

typedef struct {
  RtDocument *doc;
  GRand      *rand;
  guint       n_people;
  guint       next;       /* node number */
  guint       target;
  gint64      clock;
} Gen;

static const char *
pick (Gen *g, const char *const *list, guint n)
{
  return list[g_rand_int_range (g->rand, 0, (gint32) n)];
}

#define PICK(g, list) pick ((g), (list), G_N_ELEMENTS (list))

static char *
person_id (Gen *g)
{
  return g_strdup_printf ("p%d", g_rand_int_range (g->rand, 1, (gint32) g->n_people + 1));
}

static RtNode *
add_node (Gen *g, RtNodeKind kind, const char *form)
{
  g_autofree char *id = g_strdup_printf ("n%u", ++g->next);
  RtNode *node = rt_node_new (id, kind);
  char *text;

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  text = g_strdup_printf (form, PICK (g, subjects));
#pragma GCC diagnostic pop
  g_free (node->text);
  node->text = text;
  node->by = person_id (g);
  g->clock += g_rand_int_range (g->rand, 20, 200);
  node->created = g->clock;

  if (g_rand_int_range (g->rand, 0, 6) == 0)
    {
      g_autofree char *c = person_id (g);

      if (g_strcmp0 (c, node->by) != 0)
        g_ptr_array_add (node->credits, g_steal_pointer (&c));
    }
  rt_document_take_node (g->doc, node);
  return node;
}

static void
add_link (Gen *g, const RtNode *from, const RtNode *to, RtLinkKind kind)
{
  RtLink *link = rt_link_new (from->id, to->id, kind);

  rt_document_take_link (g->doc, link);
}

static void
add_stances (Gen *g, RtNode *node)
{
  guint n = g_rand_int_range (g->rand, 0, 6), i;
  g_autofree gboolean *used = g_new0 (gboolean, g->n_people + 1);

  for (i = 0; i < n; i++)
    {
      int p = g_rand_int_range (g->rand, 1, (gint32) g->n_people + 1);
      g_autofree char *pid = g_strdup_printf ("p%d", p);
      RtStanceLevel level = (RtStanceLevel) g_rand_int_range (g->rand, RT_STANCE_COMMIT,
                                                              RT_N_STANCE_LEVELS);

      if (used[p])
        continue;
      used[p] = TRUE;
      g_ptr_array_add (node->stances, rt_stance_new (pid, level));
    }
}

static void grow_problem (Gen *g, RtNode *problem, int depth);

static void
grow_response (Gen *g, RtNode *response, int depth)
{
  int n = g_rand_int_range (g->rand, 0, 4), i;

  add_stances (g, response);
  for (i = 0; i < n && g->next < g->target; i++)
    {
      gboolean pro = g_rand_boolean (g->rand);
      RtNode *arg = add_node (g, pro ? RT_NODE_PRO : RT_NODE_CON,
                              pro ? PICK (g, pro_forms) : PICK (g, con_forms));

      add_link (g, arg, response, pro ? RT_LINK_SUPPORTS : RT_LINK_OPPOSES);
      if (g_rand_int_range (g->rand, 0, 8) == 0 && g->next < g->target)
        {
          RtNode *reply = add_node (g, RT_NODE_CON, PICK (g, con_forms));

          add_link (g, reply, arg, RT_LINK_OPPOSES);
        }
    }
  if (depth < 2 && g_rand_int_range (g->rand, 0, 7) == 0 && g->next < g->target)
    {
      RtNode *sub = add_node (g, RT_NODE_PROBLEM, PICK (g, problem_forms));

      add_link (g, sub, response, RT_LINK_ARISES_FROM);
      grow_problem (g, sub, depth + 1);
    }
}

static void
grow_problem (Gen *g, RtNode *problem, int depth)
{
  int n = g_rand_int_range (g->rand, 1, 5), i;

  if (g_rand_int_range (g->rand, 0, 3) == 0 && g->next < g->target)
    {
      RtNode *note = add_node (g, RT_NODE_NOTE, PICK (g, note_forms));

      add_link (g, note, problem, RT_LINK_RELATES_TO);
    }
  for (i = 0; i < n && g->next < g->target; i++)
    {
      RtNode *response = add_node (g, RT_NODE_RESPONSE, PICK (g, response_forms));
      int roll = g_rand_int_range (g->rand, 0, 10);

      response->status = roll < 2 ? RT_STATUS_ADOPTED : roll < 3 ? RT_STATUS_REJECTED
                       : roll < 4 ? RT_STATUS_PARKED : RT_STATUS_PROPOSED;
      add_link (g, response, problem, RT_LINK_RESPONDS_TO);
      grow_response (g, response, depth);
    }
  if (g_rand_int_range (g->rand, 0, 4) == 0)
    problem->status = RT_STATUS_RESOLVED;
}

RtDocument *
rt_sample_map_new (guint    n_nodes,
                   guint32  seed,
                   gboolean placed)
{
  Gen g = { 0 };
  guint i;
  g_autofree char *title = NULL;
  RtNode *previous = NULL;

  g.doc = rt_document_new ();
  g.rand = g_rand_new_with_seed (seed);
  g.n_people = MIN (G_N_ELEMENTS (names), MAX (3, n_nodes / 4));
  g.target = n_nodes;
  g.clock = 1795600000;  /* late 2026 */
  title = g_strdup_printf ("Sample map of %u nodes", n_nodes);
  rt_document_set_meta (g.doc, title, NULL, g.clock, g.clock);

  for (i = 0; i < g.n_people; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i + 1);
      RtPerson *person = rt_person_new (id, names[i]);

      g_free (person->color);
      person->color = g_strdup (colors[i]);
      person->role = i == 0 ? RT_ROLE_FACILITATOR : RT_ROLE_PARTICIPANT;
      person->present = i % 7 != 6;
      rt_document_take_person (g.doc, person);
    }

  while (g.next < g.target)
    {
      RtNode *problem = add_node (&g, RT_NODE_PROBLEM, PICK (&g, problem_forms));

      grow_problem (&g, problem, 0);
      if (previous != NULL && g_rand_int_range (g.rand, 0, 5) == 0)
        add_link (&g, problem, previous, RT_LINK_RELATES_TO);
      previous = problem;
    }
  g_rand_free (g.rand);

  if (placed)
    {
      g_autoptr(RtMetrics) metrics = rt_metrics_new ();

      rt_layout_apply (g.doc, metrics, RT_LAYOUT_ALL, NULL);
      rt_document_clear_history (g.doc);
      rt_document_mark_saved (g.doc);
    }
  return g.doc;
}
