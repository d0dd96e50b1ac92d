/* rt-clipboard-paste.c: the nodes a copy takes, and adding them to a map
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-app"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rt-command.h"
#include "render/rt-layout.h"
#include "rt-clipboard-paste.h"

/* Up to this many pasted nodes are placed one by one beside their
 * parents; more are laid out together. */
#define PLACE_ONE_BY_ONE 150

/* The fragment. */

static void
add_person_id (GHashTable *ids,
               const char *id)
{
  if (id != NULL)
    g_hash_table_add (ids, (gpointer) id);
}

RtDocument *
rt_clipboard_fragment_new (RtDocument         *document,
                           const char * const *node_ids)
{
  g_autoptr(GHashTable) nodes = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) people = g_hash_table_new (g_str_hash, g_str_equal);
  RtDocument *fragment;

  g_return_val_if_fail (RT_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (node_ids != NULL, NULL);

  for (guint i = 0; node_ids[i] != NULL; i++)
    {
      const RtNode *node = rt_document_lookup_node (document, node_ids[i]);

      if (node == NULL)
        continue;
      g_hash_table_add (nodes, node->id);
      add_person_id (people, node->by);
      add_person_id (people, node->modified_by);
      for (guint c = 0; c < node->credits->len; c++)
        add_person_id (people, g_ptr_array_index (node->credits, c));
      for (guint s = 0; s < node->stances->len; s++)
        add_person_id (people, ((RtStance *) g_ptr_array_index (node->stances, s))->person);
    }
  for (guint i = 0; i < rt_document_get_n_links (document); i++)
    {
      const RtLink *link = rt_document_get_link (document, i);

      if (g_hash_table_contains (nodes, link->from) && g_hash_table_contains (nodes, link->to))
        add_person_id (people, link->by);
    }

  /* Everything in the map's own order. */
  fragment = rt_document_new ();
  for (guint i = 0; i < rt_document_get_n_people (document); i++)
    {
      const RtPerson *person = rt_document_get_person (document, i);

      if (g_hash_table_contains (people, person->id))
        rt_document_take_person (fragment, rt_person_copy (person));
    }
  for (guint i = 0; i < rt_document_get_n_nodes (document); i++)
    {
      const RtNode *node = rt_document_get_node (document, i);

      if (g_hash_table_contains (nodes, node->id))
        rt_document_take_node (fragment, rt_node_copy (node));
    }
  for (guint i = 0; i < rt_document_get_n_links (document); i++)
    {
      const RtLink *link = rt_document_get_link (document, i);

      if (g_hash_table_contains (nodes, link->from) && g_hash_table_contains (nodes, link->to))
        rt_document_take_link (fragment, rt_link_copy (link));
    }
  return fragment;
}

/* Pasting into a document. */

static gboolean
same_name (const char *a,
           const char *b)
{
  g_autofree char *na = g_utf8_normalize (a, -1, G_NORMALIZE_ALL);
  g_autofree char *nb = g_utf8_normalize (b, -1, G_NORMALIZE_ALL);
  g_autofree char *fa = NULL;
  g_autofree char *fb = NULL;

  if (na == NULL || nb == NULL)
    return g_strcmp0 (a, b) == 0;
  fa = g_utf8_casefold (g_strstrip (na), -1);
  fb = g_utf8_casefold (g_strstrip (nb), -1);
  return g_strcmp0 (fa, fb) == 0;
}

static const RtPerson *
find_person (RtDocument     *document,
             const RtPerson *person)
{
  const RtPerson *same_id = rt_document_lookup_person (document, person->id);

  if (same_id != NULL && same_name (same_id->name, person->name))
    return same_id;
  for (guint i = 0; i < rt_document_get_n_people (document); i++)
    {
      const RtPerson *other = rt_document_get_person (document, i);

      if (same_name (other->name, person->name))
        return other;
    }
  return NULL;
}

static char *
map_person (GHashTable *people,
            const char *id)
{
  return id != NULL ? g_strdup (g_hash_table_lookup (people, id)) : NULL;
}

/* The node with its people and id those of the document pasted into. */
static RtNode *
remap_node (const RtNode *node,
            const char   *id,
            GHashTable   *people,
            const char   *speaker)
{
  RtNode *copy = rt_node_copy (node);
  GPtrArray *credits = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *stances = g_ptr_array_new_with_free_func ((GDestroyNotify) rt_stance_free);

  g_free (copy->id);
  copy->id = g_strdup (id);
  g_free (copy->by);
  copy->by = map_person (people, node->by);
  if (copy->by == NULL)
    copy->by = g_strdup (speaker);
  g_free (copy->modified_by);
  copy->modified_by = map_person (people, node->modified_by);
  copy->has_position = FALSE;
  copy->pinned = FALSE;

  for (guint i = 0; i < node->credits->len; i++)
    {
      char *person = map_person (people, g_ptr_array_index (node->credits, i));

      /* Two people of the fragment may be one person here. */
      if (person == NULL || g_strcmp0 (person, copy->by) == 0 ||
          g_ptr_array_find_with_equal_func (credits, person, g_str_equal, NULL))
        g_free (person);
      else
        g_ptr_array_add (credits, person);
    }
  for (guint i = 0; i < node->stances->len; i++)
    {
      const RtStance *stance = g_ptr_array_index (node->stances, i);
      g_autofree char *person = map_person (people, stance->person);
      gboolean taken = FALSE;

      for (guint j = 0; person != NULL && j < stances->len; j++)
        taken |= g_str_equal (((RtStance *) g_ptr_array_index (stances, j))->person, person);
      if (person != NULL && !taken)
        {
          RtStance *moved = rt_stance_copy (stance);

          g_free (moved->person);
          moved->person = g_steal_pointer (&person);
          g_ptr_array_add (stances, moved);
        }
    }
  g_ptr_array_unref (copy->credits);
  copy->credits = credits;
  g_ptr_array_unref (copy->stances);
  copy->stances = stances;
  return copy;
}

/* As rt-layout.h has it: a link makes a parent unless it merely relates
 * two nodes (a note's relates-to still does). */
static gboolean
is_structural (RtDocument   *document,
               const RtLink *link)
{
  const RtNode *from;

  if (link->kind != RT_LINK_RELATES_TO)
    return TRUE;
  from = rt_document_lookup_node (document, link->from);
  return from != NULL && from->kind == RT_NODE_NOTE;
}

/* The target of the node's first structural link, or NULL. */
static const char *
first_parent (RtDocument *document,
              const char *node_id)
{
  GPtrArray *links = rt_document_get_links_from (document, node_id);

  for (guint i = 0; i < links->len; i++)
    {
      const RtLink *link = g_ptr_array_index (links, i);

      if (is_structural (document, link))
        return link->to;
    }
  return NULL;
}

/* A point near x, y where the node overlaps no placed node: further down
 * while it would. */
static void
free_point (RtDocument   *document,
            RtMetrics    *metrics,
            const RtNode *node,
            double       *x,
            double       *y)
{
  double w, h, gap = RT_LAYOUT_SIBLING_GAP;

  rt_metrics_get_size (metrics, node, &w, &h);
  for (int attempt = 0; attempt < 64; attempt++)
    {
      RtRect rect = { *x - w / 2.0 - gap, *y - h / 2.0 - gap, w + 2.0 * gap, h + 2.0 * gap };
      gboolean free = TRUE;

      for (guint i = 0; free && i < rt_document_get_n_nodes (document); i++)
        {
          const RtNode *other = rt_document_get_node (document, i);
          RtRect other_rect;

          if (!other->has_position || other == node)
            continue;
          rt_metrics_get_rect (metrics, other, &other_rect);
          free = !rt_rect_intersects (&rect, &other_rect);
        }
      if (free)
        return;
      *y += h + gap;
    }
}

static void
set_position (RtDocument *scratch,
              const char *id,
              double      x,
              double      y)
{
  const char *ids[] = { id };
  g_autoptr(GError) error = NULL;

  if (!rt_document_execute (scratch, rt_command_place_nodes (1, ids, &x, &y), &error))
    g_warning ("Could not place %s: %s", id, error->message);
}

/* Places the pasted nodes in scratch: parents before children, each
 * beside its parent, a node without a placed parent near x, y. */
static void
place_pasted (RtDocument *scratch,
              RtMetrics  *metrics,
              GPtrArray  *ids,
              double      x,
              double      y)
{
  g_autoptr(GHashTable) pending = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean stuck = FALSE;

  if (ids->len > PLACE_ONE_BY_ONE)
    {
      g_autoptr(RtLayoutResult) result = rt_layout_arrange (scratch, metrics, RT_LAYOUT_UNPLACED);
      RtCommand *command = rt_layout_result_to_command (result);
      g_autoptr(GError) error = NULL;

      if (command != NULL && !rt_document_execute (scratch, command, &error))
        g_warning ("Could not lay out the pasted nodes: %s", error->message);
      return;
    }

  for (guint i = 0; i < ids->len; i++)
    g_hash_table_add (pending, g_ptr_array_index (ids, i));
  while (g_hash_table_size (pending) > 0)
    {
      gboolean placed_any = FALSE;

      for (guint i = 0; i < ids->len; i++)
        {
          const char *id = g_ptr_array_index (ids, i);
          const char *parent;
          const RtNode *parent_node;
          double px = x, py = y;

          if (!g_hash_table_contains (pending, id))
            continue;
          parent = first_parent (scratch, id);
          /* A parent still to be placed goes first, unless the links go
           * round in a circle. */
          if (!stuck && parent != NULL && g_hash_table_contains (pending, parent))
            continue;
          parent_node = parent != NULL ? rt_document_lookup_node (scratch, parent) : NULL;
          if (parent_node != NULL && parent_node->has_position)
            rt_layout_place_new (scratch, metrics, id, &px, &py);
          else
            free_point (scratch, metrics, rt_document_lookup_node (scratch, id), &px, &py);
          set_position (scratch, id, px, py);
          g_hash_table_remove (pending, id);
          placed_any = TRUE;
          stuck = FALSE;
        }
      if (!placed_any)
        stuck = TRUE;
    }
}

GPtrArray *
rt_clipboard_paste_into (RtDocument  *document,
                         RtMetrics   *metrics,
                         RtDocument  *fragment,
                         const char  *parent_id,
                         double       x,
                         double       y,
                         const char  *speaker,
                         GError     **error)
{
  g_autoptr(RtDocument) scratch = NULL;
  g_autoptr(GHashTable) people = NULL;
  g_autoptr(GHashTable) nodes = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GPtrArray) links = NULL;
  RtCommand *group;
  const RtNode *parent = NULL;
  guint n_nodes;

  g_return_val_if_fail (RT_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (RT_IS_METRICS (metrics), NULL);
  g_return_val_if_fail (RT_IS_DOCUMENT (fragment), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  n_nodes = rt_document_get_n_nodes (fragment);
  if (n_nodes == 0)
    {
      g_set_error_literal (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_INVALID,
                           _("The clipboard holds nothing to paste"));
      return NULL;
    }
  if (n_nodes > RT_CLIPBOARD_MAX_NODES)
    {
      g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_INVALID,
                   _("The clipboard holds %u nodes; at most %u can be pasted at once. "
                     "Copy fewer, then paste."),
                   n_nodes, RT_CLIPBOARD_MAX_NODES);
      return NULL;
    }
  if (speaker != NULL && rt_document_lookup_person (document, speaker) == NULL)
    speaker = NULL;
  if (parent_id != NULL)
    parent = rt_document_lookup_node (document, parent_id);

  scratch = rt_document_copy (document);
  group = rt_command_group_new (_("Paste"));
  people = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  nodes = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  ids = g_ptr_array_new_with_free_func (g_free);
  links = g_ptr_array_new_with_free_func ((GDestroyNotify) rt_link_free);

  for (guint i = 0; i < rt_document_get_n_people (fragment); i++)
    {
      const RtPerson *person = rt_document_get_person (fragment, i);
      const RtPerson *match = find_person (document, person);
      RtPerson *added;

      if (match != NULL)
        {
          g_hash_table_insert (people, person->id, g_strdup (match->id));
          continue;
        }
      added = rt_person_copy (person);
      g_free (added->id);
      added->id = rt_document_new_person_id (scratch);
      g_hash_table_insert (people, person->id, g_strdup (added->id));
      rt_command_group_add (group, rt_command_add_person (added, -1));
      rt_document_take_person (scratch, added);
    }

  for (guint i = 0; i < n_nodes; i++)
    {
      const RtNode *node = rt_document_get_node (fragment, i);
      char *id = rt_document_new_node_id (scratch);

      g_hash_table_insert (nodes, node->id, g_strdup (id));
      g_ptr_array_add (ids, id);
      rt_document_take_node (scratch, remap_node (node, id, people, speaker));
    }

  for (guint i = 0; i < rt_document_get_n_links (fragment); i++)
    {
      const RtLink *link = rt_document_get_link (fragment, i);
      RtLink *copy = rt_link_copy (link);

      g_free (copy->from);
      copy->from = g_strdup (g_hash_table_lookup (nodes, link->from));
      g_free (copy->to);
      copy->to = g_strdup (g_hash_table_lookup (nodes, link->to));
      g_free (copy->by);
      copy->by = map_person (people, link->by);
      if (copy->from == NULL || copy->to == NULL ||
          rt_document_find_link (scratch, copy->from, copy->to, copy->kind) != NULL)
        {
          rt_link_free (copy);
          continue;
        }
      g_ptr_array_add (links, rt_link_copy (copy));
      rt_document_take_link (scratch, copy);
    }

  /* What has no parent among the pasted nodes hangs under the selected
   * node. */
  if (parent != NULL)
    {
      for (guint i = 0; i < ids->len; i++)
        {
          const char *id = g_ptr_array_index (ids, i);
          const char *above = first_parent (scratch, id);
          const RtNode *node = rt_document_lookup_node (scratch, id);
          RtLink *link;

          if (above != NULL)
            continue;
          link = rt_link_new (id, parent->id, rt_link_kind_infer (node->kind, parent->kind));
          g_free (link->by);
          link->by = g_strdup (speaker);
          link->created = rt_time_now ();
          g_ptr_array_add (links, rt_link_copy (link));
          rt_document_take_link (scratch, link);
        }
    }

  place_pasted (scratch, metrics, ids, x, y);

  for (guint i = 0; i < ids->len; i++)
    rt_command_group_add (group, rt_command_add_node (rt_document_lookup_node (scratch,
                                                                             g_ptr_array_index (ids, i)),
                                                      -1));
  for (guint i = 0; i < links->len; i++)
    rt_command_group_add (group, rt_command_add_link (g_ptr_array_index (links, i), -1));

  if (!rt_document_execute (document, group, error))
    return NULL;
  return g_steal_pointer (&ids);
}
