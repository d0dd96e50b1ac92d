/* test-history.c: undo, redo, merging, groups, the saved-marker, signals
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "model/rt-command.h"

#define assert_docs_equal(a, b) G_STMT_START { \
  g_autofree char *why_ = NULL; \
  if (!rt_document_equal ((a), (b), &why_)) \
    g_error ("%s:%d: documents differ: %s", __FILE__, __LINE__, why_); \
} G_STMT_END

static RtDocument *
make_small (void)
{
  RtDocument *doc = rt_document_new ();
  RtNode *node;

  rt_document_take_person (doc, rt_person_new ("p1", "Amira Haddad"));
  rt_document_take_person (doc, rt_person_new ("p2", "Ben Okafor"));
  node = rt_node_new ("n1", RT_NODE_PROBLEM);
  node->by = g_strdup ("p1");
  rt_document_take_node (doc, node);
  node = rt_node_new ("n2", RT_NODE_RESPONSE);
  node->by = g_strdup ("p2");
  rt_document_take_node (doc, node);
  rt_document_take_link (doc, rt_link_new ("n2", "n1", RT_LINK_RESPONDS_TO));
  return doc;
}

static void
run (RtDocument *doc,
     RtCommand  *command)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (rt_document_execute (doc, command, &error));
  g_assert_no_error (error);
}

static void
move_one (RtDocument *doc,
          const char *id,
          double      x,
          double      y,
          guint       key)
{
  run (doc, rt_command_move_nodes (1, &id, &x, &y, TRUE, key));
}

static void
test_create_destroy (void)
{
  RtDocument *doc = make_small ();

  run (doc, rt_command_set_text ("n1", "Who opens?", "p1"));
  rt_document_begin_group (doc, "Open");
  run (doc, rt_command_set_pinned ("n1", TRUE));
  g_assert_finalize_object (doc);
}

static void
test_typing_merges (void)
{
  g_autoptr(RtDocument) doc = make_small ();
  const RtNode *n1 = rt_document_lookup_node (doc, "n1");

  run (doc, rt_command_set_text ("n1", "W", "p1"));
  run (doc, rt_command_set_text ("n1", "Wh", "p1"));
  run (doc, rt_command_set_text ("n1", "Who", "p2"));
  g_assert_cmpuint (rt_document_get_history_length (doc), ==, 1);
  g_assert_cmpstr (rt_document_get_undo_label (doc), ==, "Typing");
  g_assert_cmpstr (n1->modified_by, ==, "p2");
  g_assert_true (rt_document_undo (doc));
  g_assert_cmpstr (n1->text, ==, "");
  g_assert_null (n1->modified_by);
  g_assert_cmpint (n1->modified, ==, RT_TIME_NONE);
  g_assert_true (rt_document_redo (doc));
  g_assert_cmpstr (n1->text, ==, "Who");

  /* Undo and redo end the merging. */
  run (doc, rt_command_set_text ("n1", "Who ", "p1"));
  g_assert_cmpuint (rt_document_get_history_length (doc), ==, 2);

  /* Another node is another step. */
  run (doc, rt_command_set_text ("n2", "R", NULL));
  g_assert_cmpuint (rt_document_get_history_length (doc), ==, 3);

  /* Sealed: a new step even on the same node. */
  rt_document_seal (doc);
  run (doc, rt_command_set_text ("n2", "Ro", NULL));
  g_assert_cmpuint (rt_document_get_history_length (doc), ==, 4);

  /* A different command in between. */
  run (doc, rt_command_set_pinned ("n2", TRUE));
  run (doc, rt_command_set_text ("n2", "Rot", NULL));
  g_assert_cmpuint (rt_document_get_history_length (doc), ==, 6);

  /* A failed command does not break the run of typing. */
  g_assert_false (rt_document_execute (doc, rt_command_set_text ("n9", "x", NULL), NULL));
  run (doc, rt_command_set_text ("n2", "Rota", NULL));
  g_assert_cmpuint (rt_document_get_history_length (doc), ==, 6);

  /* Text and details do not merge with each other. */
  run (doc, rt_command_set_details ("n2", "D", NULL));
  run (doc, rt_command_set_details ("n2", "De", NULL));
  g_assert_cmpuint (rt_document_get_history_length (doc), ==, 7);
  g_assert_true (rt_document_undo (doc));
  g_assert_null (rt_document_lookup_node (doc, "n2")->details);
}

static void
test_drag_merges (void)
{
  g_autoptr(RtDocument) doc = make_small ();
  g_autoptr(RtDocument) start = rt_document_copy (doc);
  const RtNode *n1 = rt_document_lookup_node (doc, "n1");
  const RtNode *n2 = rt_document_lookup_node (doc, "n2");
  const char *both[] = { "n1", "n2" };
  const double xs[] = { 50, 60 };
  const double ys[] = { 5, 6 };

  move_one (doc, "n1", 1, 1, 7);
  move_one (doc, "n1", 2, 2, 7);
  run (doc, rt_command_move_nodes (2, both, xs, ys, TRUE, 7));
  g_assert_cmpuint (rt_document_get_history_length (doc), ==, 1);
  g_assert_cmpstr (rt_document_get_undo_label (doc), ==, "Move");
  g_assert_cmpfloat (n1->x, ==, 50);
  g_assert_cmpfloat (n2->y, ==, 6);
  g_assert_true (rt_document_undo (doc));
  assert_docs_equal (start, doc);
  g_assert_false (n2->has_position);
  g_assert_true (rt_document_redo (doc));
  g_assert_cmpfloat (n2->x, ==, 60);
  g_assert_true (n2->pinned);

  /* Another key, no key: separate steps. */
  move_one (doc, "n1", 3, 3, 8);
  move_one (doc, "n1", 4, 4, 0);
  move_one (doc, "n1", 5, 5, 0);
  g_assert_cmpuint (rt_document_get_history_length (doc), ==, 4);
}

/* A drag given up: its merged step goes, with nothing to redo, and the
 * document and its saved state are as before it. */
static void
test_undo_discard (void)
{
  g_autoptr(RtDocument) doc = make_small ();
  g_autoptr(RtDocument) start = NULL;

  run (doc, rt_command_set_pinned ("n1", TRUE));
  rt_document_mark_saved (doc);
  start = rt_document_copy (doc);
  move_one (doc, "n1", 1, 1, 9);
  move_one (doc, "n1", 2, 2, 9);
  g_assert_cmpuint (rt_document_get_history_length (doc), ==, 2);
  g_assert_true (rt_document_get_modified (doc));

  g_assert_true (rt_document_undo_discard (doc));
  assert_docs_equal (start, doc);
  g_assert_cmpuint (rt_document_get_history_length (doc), ==, 1);
  g_assert_false (rt_document_can_redo (doc));
  g_assert_false (rt_document_get_modified (doc));
  g_assert_cmpstr (rt_document_get_undo_label (doc), !=, "Move");

  /* The step before stays undoable; with no step, nothing to discard. */
  g_assert_true (rt_document_undo_discard (doc));
  g_assert_false (rt_document_undo_discard (doc));
  g_assert_true (rt_document_get_modified (doc));
}

static void
test_saved_marker (void)
{
  g_autoptr(RtDocument) doc = make_small ();

  g_assert_false (rt_document_get_modified (doc));
  run (doc, rt_command_set_pinned ("n1", TRUE));
  g_assert_true (rt_document_get_modified (doc));
  g_assert_true (rt_document_undo (doc));
  g_assert_false (rt_document_get_modified (doc));
  g_assert_true (rt_document_redo (doc));
  g_assert_true (rt_document_get_modified (doc));

  rt_document_mark_saved (doc);
  g_assert_false (rt_document_get_modified (doc));
  run (doc, rt_command_set_pinned ("n2", TRUE));
  g_assert_true (rt_document_get_modified (doc));
  g_assert_true (rt_document_undo (doc));
  g_assert_false (rt_document_get_modified (doc));
  g_assert_true (rt_document_undo (doc));
  g_assert_true (rt_document_get_modified (doc));
  g_assert_true (rt_document_redo (doc));
  g_assert_false (rt_document_get_modified (doc));

  /* Saved in the middle, then a new branch: the saved state is gone. */
  g_assert_true (rt_document_undo (doc));
  run (doc, rt_command_set_text ("n1", "Other", NULL));
  g_assert_true (rt_document_get_modified (doc));
  g_assert_true (rt_document_undo (doc));
  g_assert_true (rt_document_get_modified (doc));
  g_assert_true (rt_document_redo (doc));
  rt_document_mark_saved (doc);
  g_assert_false (rt_document_get_modified (doc));

  /* Typing that merges into the saved step: modified until saved again,
   * even after undoing back and redoing. */
  run (doc, rt_command_set_text ("n2", "Typed", NULL));
  g_assert_cmpuint (rt_document_get_history_length (doc), ==, 2);
  rt_document_mark_saved (doc);
  run (doc, rt_command_set_text ("n2", "Typed more", NULL));
  g_assert_cmpuint (rt_document_get_history_length (doc), ==, 2);
  g_assert_true (rt_document_get_modified (doc));
  g_assert_true (rt_document_undo (doc));
  g_assert_true (rt_document_get_modified (doc));
  g_assert_true (rt_document_redo (doc));
  g_assert_true (rt_document_get_modified (doc));
  rt_document_mark_saved (doc);
  g_assert_false (rt_document_get_modified (doc));

  /* A restored draft needs saving though the history says otherwise. */
  rt_document_mark_unsaved (doc);
  g_assert_true (rt_document_get_modified (doc));
  rt_document_mark_saved (doc);

  /* Clearing the history at the saved state keeps it saved. */
  rt_document_clear_history (doc);
  g_assert_false (rt_document_get_modified (doc));
  g_assert_false (rt_document_can_undo (doc));
  g_assert_cmpuint (rt_document_get_history_length (doc), ==, 0);
  run (doc, rt_command_set_pinned ("n1", FALSE));
  rt_document_clear_history (doc);
  g_assert_true (rt_document_get_modified (doc));
}

static void
test_groups (void)
{
  g_autoptr(RtDocument) doc = make_small ();
  g_autoptr(RtDocument) start = rt_document_copy (doc);
  g_autoptr(RtDocument) end = NULL;
  RtNode *node = rt_node_new ("n3", RT_NODE_PRO);
  RtLink *link = rt_link_new ("n3", "n2", RT_LINK_SUPPORTS);

  rt_document_begin_group (doc, "Add Pro");
  run (doc, rt_command_add_node (node, -1));
  g_assert_true (rt_document_get_modified (doc));
  rt_document_begin_group (doc, "Inner");
  run (doc, rt_command_add_link (link, -1));
  run (doc, rt_command_set_text ("n3", "C", NULL));
  rt_document_end_group (doc);
  run (doc, rt_command_set_text ("n3", "Ch", NULL));
  rt_document_end_group (doc);
  end = rt_document_copy (doc);

  g_assert_cmpuint (rt_document_get_history_length (doc), ==, 1);
  g_assert_cmpstr (rt_document_get_undo_label (doc), ==, "Add Pro");
  g_assert_true (rt_document_undo (doc));
  assert_docs_equal (start, doc);
  g_assert_false (rt_document_get_modified (doc));
  g_assert_true (rt_document_redo (doc));
  assert_docs_equal (end, doc);

  /* Commands after a group do not merge into it. */
  run (doc, rt_command_set_text ("n3", "Che", NULL));
  g_assert_cmpuint (rt_document_get_history_length (doc), ==, 2);

  /* An empty group adds nothing; a failed command inside adds nothing. */
  rt_document_begin_group (doc, "Nothing");
  rt_document_begin_group (doc, "Nothing either");
  g_assert_false (rt_document_execute (doc, rt_command_set_text ("n9", "", NULL), NULL));
  rt_document_end_group (doc);
  rt_document_end_group (doc);
  g_assert_cmpuint (rt_document_get_history_length (doc), ==, 2);
  g_assert_cmpstr (rt_document_get_undo_label (doc), ==, "Typing");

  /* A group after an undo drops the redo steps. */
  g_assert_true (rt_document_undo (doc));
  rt_document_begin_group (doc, "Pin");
  run (doc, rt_command_set_pinned ("n1", TRUE));
  rt_document_end_group (doc);
  g_assert_cmpuint (rt_document_get_history_length (doc), ==, 2);
  g_assert_false (rt_document_can_redo (doc));
  g_assert_cmpstr (rt_document_get_undo_label (doc), ==, "Pin");

  rt_node_free (node);
  rt_link_free (link);
}

typedef struct {
  guint counts[12];
  guint notify_modified;
  guint notify_can_undo;
  guint notify_can_redo;
  guint notify_title;
} Counter;

static const char *const signal_names[] = {
  "node-added", "node-removed", "node-changed", "link-added", "link-removed",
  "link-changed", "person-added", "person-removed", "person-changed",
  "stance-changed", "meta-changed", "changed",
};

enum {
  NODE_ADDED, NODE_REMOVED, NODE_CHANGED, LINK_ADDED, LINK_REMOVED, LINK_CHANGED,
  PERSON_ADDED, PERSON_REMOVED, PERSON_CHANGED, STANCE_CHANGED, META_CHANGED, CHANGED,
};

static void
on_pointer_signal (RtDocument *doc,
                   gpointer    object,
                   guint      *count)
{
  g_assert_nonnull (object);
  (*count)++;
}

static void
on_stance_changed (RtDocument   *doc,
                   const RtNode *node,
                   const char   *person,
                   guint        *count)
{
  g_assert_nonnull (node);
  g_assert_nonnull (person);
  (*count)++;
}

static void
on_plain_signal (RtDocument *doc,
                 guint      *count)
{
  (*count)++;
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
connect_counter (RtDocument *doc,
                 Counter    *counter)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (signal_names); i++)
    {
      GCallback callback = G_CALLBACK (on_pointer_signal);

      if (i == STANCE_CHANGED)
        callback = G_CALLBACK (on_stance_changed);
      else if (i == META_CHANGED || i == CHANGED)
        callback = G_CALLBACK (on_plain_signal);
      g_signal_connect (doc, signal_names[i], callback, &counter->counts[i]);
    }
  g_signal_connect (doc, "notify::modified", G_CALLBACK (on_notify),
                    &counter->notify_modified);
  g_signal_connect (doc, "notify::can-undo", G_CALLBACK (on_notify),
                    &counter->notify_can_undo);
  g_signal_connect (doc, "notify::can-redo", G_CALLBACK (on_notify),
                    &counter->notify_can_redo);
  g_signal_connect (doc, "notify::title", G_CALLBACK (on_notify), &counter->notify_title);
}

static void
test_signals (void)
{
  g_autoptr(RtDocument) doc = make_small ();
  g_autoptr(RtNode) node = rt_node_new ("n3", RT_NODE_CON);
  g_autoptr(RtLink) link = rt_link_new ("n3", "n2", RT_LINK_OPPOSES);
  g_autoptr(RtPerson) person = rt_person_new ("p3", "Chen Wei");
  Counter c = { 0 };

  connect_counter (doc, &c);

  run (doc, rt_command_add_node (node, -1));
  g_assert_cmpuint (c.counts[NODE_ADDED], ==, 1);
  g_assert_cmpuint (c.counts[CHANGED], ==, 1);
  g_assert_cmpuint (c.notify_modified, ==, 1);
  g_assert_cmpuint (c.notify_can_undo, ==, 1);
  g_assert_cmpuint (c.notify_can_redo, ==, 0);

  run (doc, rt_command_add_link (link, -1));
  g_assert_cmpuint (c.counts[LINK_ADDED], ==, 1);
  g_assert_cmpuint (c.counts[CHANGED], ==, 2);
  /* Still modified, still undoable: no notification. */
  g_assert_cmpuint (c.notify_modified, ==, 1);
  g_assert_cmpuint (c.notify_can_undo, ==, 1);

  run (doc, rt_command_set_text ("n3", "Costly", NULL));
  g_assert_cmpuint (c.counts[NODE_CHANGED], ==, 1);
  run (doc, rt_command_set_stance ("n3", "p1", RT_STANCE_AGREE, NULL, NULL, 1));
  g_assert_cmpuint (c.counts[STANCE_CHANGED], ==, 1);
  run (doc, rt_command_set_link_kind ("n3", "n2", RT_LINK_OPPOSES, RT_LINK_RELATES_TO));
  g_assert_cmpuint (c.counts[LINK_CHANGED], ==, 1);
  run (doc, rt_command_add_person (person, -1));
  g_assert_cmpuint (c.counts[PERSON_ADDED], ==, 1);
  g_free (person->name);
  person->name = g_strdup ("Chen");
  run (doc, rt_command_set_person (person));
  g_assert_cmpuint (c.counts[PERSON_CHANGED], ==, 1);
  run (doc, rt_command_remove_person (doc, "p3", NULL));
  g_assert_cmpuint (c.counts[PERSON_REMOVED], ==, 1);
  run (doc, rt_command_set_meta ("Title", NULL));
  g_assert_cmpuint (c.counts[META_CHANGED], ==, 1);
  g_assert_cmpuint (c.notify_title, ==, 1);
  run (doc, rt_command_set_meta ("Title", "Description"));
  g_assert_cmpuint (c.counts[META_CHANGED], ==, 2);
  g_assert_cmpuint (c.notify_title, ==, 1);

  /* Removing a node removes its links first, each with its signal. */
  run (doc, rt_command_remove_node (doc, "n2", NULL));
  g_assert_cmpuint (c.counts[NODE_REMOVED], ==, 1);
  g_assert_cmpuint (c.counts[LINK_REMOVED], ==, 2);
  g_assert_cmpuint (c.counts[CHANGED], ==, 11);

  g_assert_true (rt_document_undo (doc));
  g_assert_cmpuint (c.counts[NODE_ADDED], ==, 2);
  g_assert_cmpuint (c.counts[LINK_ADDED], ==, 3);
  g_assert_cmpuint (c.counts[CHANGED], ==, 12);
  g_assert_cmpuint (c.notify_can_redo, ==, 1);

  g_assert_true (rt_document_redo (doc));
  g_assert_cmpuint (c.counts[CHANGED], ==, 13);
  g_assert_cmpuint (c.notify_can_redo, ==, 2);

  /* Back to the start: no longer modified, nothing to undo. */
  while (rt_document_undo (doc))
    ;
  g_assert_cmpuint (c.notify_modified, ==, 2);
  g_assert_cmpuint (c.notify_can_undo, ==, 2);
  g_assert_false (rt_document_get_modified (doc));

  /* Saving an unmodified document changes nothing. */
  rt_document_mark_saved (doc);
  g_assert_cmpuint (c.notify_modified, ==, 2);
  rt_document_mark_unsaved (doc);
  g_assert_cmpuint (c.notify_modified, ==, 3);
  rt_document_mark_unsaved (doc);
  g_assert_cmpuint (c.notify_modified, ==, 3);

  /* A refused command says nothing. */
  memset (&c, 0, sizeof c);
  g_assert_false (rt_document_execute (doc, rt_command_set_text ("n9", "", NULL), NULL));
  g_assert_cmpuint (c.counts[CHANGED], ==, 0);
  g_assert_cmpuint (c.counts[NODE_CHANGED], ==, 0);
}

/* The links and contributor indexes agree with a plain scan. */
static void
assert_indexes (RtDocument *doc)
{
  guint i, j;

  for (i = 0; i < rt_document_get_n_nodes (doc); i++)
    {
      const RtNode *node = rt_document_get_node (doc, i);
      GPtrArray *from = rt_document_get_links_from (doc, node->id);
      GPtrArray *to = rt_document_get_links_to (doc, node->id);
      guint n_from = 0, n_to = 0;

      g_assert_true (rt_document_lookup_node (doc, node->id) == node);
      for (j = 0; j < rt_document_get_n_links (doc); j++)
        {
          const RtLink *link = rt_document_get_link (doc, j);

          if (strcmp (link->from, node->id) == 0)
            g_assert_true (from->pdata[n_from++] == link);
          if (strcmp (link->to, node->id) == 0)
            g_assert_true (to->pdata[n_to++] == link);
        }
      g_assert_cmpuint (from->len, ==, n_from);
      g_assert_cmpuint (to->len, ==, n_to);
    }
  for (i = 0; i < rt_document_get_n_people (doc); i++)
    {
      const RtPerson *person = rt_document_get_person (doc, i);
      guint count = 0;

      g_assert_true (rt_document_lookup_person (doc, person->id) == person);
      for (j = 0; j < rt_document_get_n_nodes (doc); j++)
        count += g_strcmp0 (rt_document_get_node (doc, j)->by, person->id) == 0;
      g_assert_cmpuint (rt_document_count_nodes_by (doc, person->id), ==, count);
    }
}

typedef struct {
  GRand *rand;
  RtDocument *doc;
  guint move_key;
} Fuzz;

static gboolean
chance (Fuzz *f,
        guint percent)
{
  return (guint) g_rand_int_range (f->rand, 0, 100) < percent;
}

static const char *
any_node (Fuzz *f)
{
  guint n = rt_document_get_n_nodes (f->doc);

  if (n == 0 || chance (f, 2))
    return "missing";
  return rt_document_get_node (f->doc, g_rand_int_range (f->rand, 0, n))->id;
}

/* A person id, or NULL now and then. */
static const char *
any_person (Fuzz *f)
{
  guint n = rt_document_get_n_people (f->doc);

  if (n == 0 || chance (f, 15))
    return NULL;
  return rt_document_get_person (f->doc, g_rand_int_range (f->rand, 0, n))->id;
}

static const char *
any_text (Fuzz *f)
{
  static const char *texts[] = {
    "", "Rota", "Who opens?", "Keys", "Ask the council", "Too costly",
    "Line one\nLine two", "Ünïcödé ✓",
  };

  return texts[g_rand_int_range (f->rand, 0, G_N_ELEMENTS (texts))];
}

static const RtLink *
any_link (Fuzz *f)
{
  guint n = rt_document_get_n_links (f->doc);

  if (n == 0)
    return NULL;
  return rt_document_get_link (f->doc, g_rand_int_range (f->rand, 0, n));
}

static RtCommand *
random_add_node (Fuzz *f)
{
  g_autofree char *id = rt_document_new_node_id (f->doc);
  g_autoptr(RtNode) node = rt_node_new (id, g_rand_int_range (f->rand, 0, RT_N_NODE_KINDS));
  const char *credit = any_person (f);
  const char *stance = any_person (f);
  int n = (int) rt_document_get_n_nodes (f->doc);

  node->by = g_strdup (any_person (f));
  g_free (node->text);
  node->text = g_strdup (any_text (f));
  node->created = g_rand_int_range (f->rand, 0, 1000);
  if (chance (f, 50))
    {
      node->has_position = TRUE;
      node->x = g_rand_double_range (f->rand, -500, 500);
      node->y = g_rand_double_range (f->rand, -500, 500);
    }
  if (credit != NULL && g_strcmp0 (credit, node->by) != 0)
    g_ptr_array_add (node->credits, g_strdup (credit));
  if (stance != NULL)
    g_ptr_array_add (node->stances, rt_stance_new (stance, RT_STANCE_AGREE));
  return rt_command_add_node (node, g_rand_int_range (f->rand, -1, n + 1));
}

static RtCommand *
random_add_link (Fuzz *f)
{
  g_autoptr(RtLink) link = rt_link_new (any_node (f), any_node (f),
                                        g_rand_int_range (f->rand, 0, RT_N_LINK_KINDS));
  int n = (int) rt_document_get_n_links (f->doc);

  link->by = g_strdup (any_person (f));
  return rt_command_add_link (link, g_rand_int_range (f->rand, -1, n + 1));
}

static RtCommand *
random_person_command (Fuzz *f)
{
  const char *id = any_person (f);
  g_autoptr(RtPerson) person = NULL;

  switch (g_rand_int_range (f->rand, 0, 4))
    {
    case 0:
      {
        g_autofree char *new_id = rt_document_new_person_id (f->doc);
        int n = (int) rt_document_get_n_people (f->doc);

        person = rt_person_new (new_id, "Someone new");
        return rt_command_add_person (person, g_rand_int_range (f->rand, -1, n + 1));
      }
    case 1:
      if (id == NULL)
        return NULL;
      person = rt_person_copy (rt_document_lookup_person (f->doc, id));
      person->present = !person->present;
      g_free (person->name);
      person->name = g_strdup (any_text (f));
      return rt_command_set_person (person);
    case 2:
      return id != NULL ? rt_command_remove_person (f->doc, id, NULL) : NULL;
    default:
      {
        const char *keep = any_person (f);

        if (id == NULL || keep == NULL)
          return NULL;
        return rt_command_merge_people (f->doc, id, keep, NULL);
      }
    }
}

static RtCommand *
random_move (Fuzz *f)
{
  const char *ids[3];
  double xs[3], ys[3];
  guint n = g_rand_int_range (f->rand, 1, 4);
  guint i;

  for (i = 0; i < n; i++)
    {
      ids[i] = any_node (f);
      xs[i] = g_rand_double_range (f->rand, -1000, 1000);
      ys[i] = g_rand_double_range (f->rand, -1000, 1000);
    }
  if (chance (f, 30))
    return rt_command_place_nodes (n, ids, xs, ys);
  if (chance (f, 20))
    f->move_key++;
  return rt_command_move_nodes (n, ids, xs, ys, chance (f, 50), f->move_key % 3);
}

static RtCommand *
random_command (Fuzz *f)
{
  const RtLink *link;
  const char *node;

  switch (g_rand_int_range (f->rand, 0, 20))
    {
    case 0:
    case 1:
      return random_add_node (f);
    case 2:
      return rt_command_remove_node (f->doc, any_node (f), NULL);
    case 3:
    case 4:
      return rt_command_set_text (any_node (f), any_text (f), any_person (f));
    case 5:
      return rt_command_set_details (any_node (f), any_text (f), any_person (f));
    case 6:
      return rt_command_set_kind (any_node (f), g_rand_int_range (f->rand, 0, RT_N_NODE_KINDS));
    case 7:
      return rt_command_set_status (any_node (f), g_rand_int_range (f->rand, 0, RT_N_STATUSES));
    case 8:
      return rt_command_set_author (any_node (f), any_person (f));
    case 9:
      return random_move (f);
    case 10:
      return rt_command_set_pinned (any_node (f), chance (f, 50));
    case 11:
      node = any_node (f);
      if (chance (f, 50))
        return rt_command_add_credit (node, any_person (f) ? : "nobody");
      return rt_command_remove_credit (node, any_person (f) ? : "nobody");
    case 12:
      return rt_command_set_stance (any_node (f), any_person (f) ? : "nobody",
                                    g_rand_int_range (f->rand, 0, RT_N_STANCE_LEVELS),
                                    any_text (f), chance (f, 30) ? "2026-12-01" : NULL,
                                    chance (f, 50) ? RT_TIME_NONE : 12345);
    case 13:
    case 14:
      return random_add_link (f);
    case 15:
      link = any_link (f);
      return link != NULL ? rt_command_remove_link (link->from, link->to, link->kind) : NULL;
    case 16:
      link = any_link (f);
      return link != NULL ? rt_command_set_link_kind (link->from, link->to, link->kind,
                                                      g_rand_int_range (f->rand, 0,
                                                                        RT_N_LINK_KINDS))
                          : NULL;
    case 17:
      return random_person_command (f);
    case 18:
      return rt_command_merge_nodes (f->doc, any_node (f), any_node (f), NULL);
    default:
      return rt_command_set_meta (chance (f, 80) ? any_text (f) : NULL, NULL);
    }
}

typedef struct {
  guint nodes;
  guint links;
  guint people;
} Mirror;

static void
on_mirror (RtDocument *doc,
           gpointer    object,
           guint      *count)
{
  (*count)++;
}

static void
on_mirror_down (RtDocument *doc,
                gpointer    object,
                guint      *count)
{
  g_assert_cmpuint (*count, >, 0);
  (*count)--;
}

static void
run_random (guint32 seed,
            guint   steps)
{
  g_autoptr(RtDocument) doc = make_small ();
  g_autoptr(RtDocument) start = NULL;
  g_autoptr(RtDocument) end = NULL;
  Fuzz f = { g_rand_new_with_seed (seed), doc, 1 };
  Mirror mirror = { 2, 1, 2 };
  guint depth = 0;
  guint executed = 0, refused = 0;
  guint i;

  g_signal_connect (doc, "node-added", G_CALLBACK (on_mirror), &mirror.nodes);
  g_signal_connect (doc, "node-removed", G_CALLBACK (on_mirror_down), &mirror.nodes);
  g_signal_connect (doc, "link-added", G_CALLBACK (on_mirror), &mirror.links);
  g_signal_connect (doc, "link-removed", G_CALLBACK (on_mirror_down), &mirror.links);
  g_signal_connect (doc, "person-added", G_CALLBACK (on_mirror), &mirror.people);
  g_signal_connect (doc, "person-removed", G_CALLBACK (on_mirror_down), &mirror.people);
  start = rt_document_copy (doc);

  for (i = 0; i < steps; i++)
    {
      guint roll = g_rand_int_range (f.rand, 0, 100);

      if (roll < 6 && depth == 0)
        rt_document_undo (doc);
      else if (roll < 9 && depth == 0)
        rt_document_redo (doc);
      else if (roll < 11 && depth < 2)
        {
          rt_document_begin_group (doc, "Group");
          depth++;
        }
      else if (roll < 14 && depth > 0)
        {
          rt_document_end_group (doc);
          depth--;
        }
      else if (roll < 16)
        rt_document_seal (doc);
      else
        {
          RtCommand *command = random_command (&f);
          g_autoptr(RtDocument) before = NULL;
          g_autoptr(GError) error = NULL;

          if (command == NULL)
            continue;
          before = rt_document_copy (doc);
          if (rt_document_execute (doc, command, &error))
            executed++;
          else
            {
              g_assert_error (error, RT_DOCUMENT_ERROR, error->code);
              assert_docs_equal (before, doc);
              refused++;
            }
        }

      g_assert_cmpuint (mirror.nodes, ==, rt_document_get_n_nodes (doc));
      g_assert_cmpuint (mirror.links, ==, rt_document_get_n_links (doc));
      g_assert_cmpuint (mirror.people, ==, rt_document_get_n_people (doc));
      if (i % 50 == 0)
        assert_indexes (doc);
    }
  while (depth-- > 0)
    rt_document_end_group (doc);

  g_test_message ("seed %u: %u executed, %u refused, %u nodes, %u links, %u steps",
                  seed, executed, refused, rt_document_get_n_nodes (doc),
                  rt_document_get_n_links (doc), rt_document_get_history_length (doc));
  g_assert_cmpuint (executed, >, steps / 3);
  assert_indexes (doc);
  end = rt_document_copy (doc);

  while (rt_document_undo (doc))
    ;
  assert_docs_equal (start, doc);
  assert_indexes (doc);
  g_assert_false (rt_document_get_modified (doc));

  while (rt_document_redo (doc))
    ;
  assert_docs_equal (end, doc);
  assert_indexes (doc);

  g_rand_free (f.rand);
}

static void
test_random (void)
{
  run_random (20261124, 4000);
  run_random (7, 3000);
  run_random (424242, 3000);
}


int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/history/create-destroy", test_create_destroy);
  g_test_add_func ("/history/typing-merges", test_typing_merges);
  g_test_add_func ("/history/drag-merges", test_drag_merges);
  g_test_add_func ("/history/saved-marker", test_saved_marker);
  g_test_add_func ("/history/undo-discard", test_undo_discard);
  g_test_add_func ("/history/groups", test_groups);
  g_test_add_func ("/history/signals", test_signals);
  g_test_add_func ("/history/random", test_random);

  return g_test_run ();
}
