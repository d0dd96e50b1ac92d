/* rt-outline-export.c
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "roundtable-io"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "rt-io-error.h"
#include "rt-outline-codec.h"
#include "rt-outline-export.h"
#include "rt-xml-writer.h"

/* Union-find over entries, to refuse a parent that would close a cycle
 * without walking up the tree for every link. */
static guint
find_root (guint *sets,
           guint  i)
{
  guint root = i;

  while (sets[root] != root)
    root = sets[root];
  while (sets[i] != root)
    {
      guint next = sets[i];

      sets[i] = root;
      i = next;
    }
  return root;
}

static void
choose_parent (RtOutlineTree *tree,
               RtDocument    *doc,
               GHashTable    *index,
               guint         *sets,
               guint          i)
{
  RtOutlineEntry *entry = &tree->entries[i];
  GPtrArray *links = rt_document_get_links_from (doc, entry->node->id);

  /* Structural links first, then relates-to. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint l = 0; l < links->len; l++)
      {
        const RtLink *link = links->pdata[l];
        guint t;

        if ((link->kind == RT_LINK_RELATES_TO) != (pass == 1))
          continue;
        t = GPOINTER_TO_UINT (g_hash_table_lookup (index, link->to));
        if (t == 0 || t - 1 == i || find_root (sets, t - 1) == i)
          continue;
        entry->parent = &tree->entries[t - 1];
        entry->tree_link = link;
        sets[i] = find_root (sets, t - 1);
        return;
      }
}

static void
add_child (RtOutlineEntry *parent,
           RtOutlineEntry *child)
{
  if (parent->children == NULL)
    parent->children = g_ptr_array_new ();
  g_ptr_array_add (parent->children, child);
}

/* Depths from the roots; a child that would be too deep becomes a root. */
static void
limit_depth (RtOutlineTree *tree,
             guint          max_levels)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  for (guint r = 0; r < tree->roots->len; r++)
    {
      RtOutlineEntry *root = tree->roots->pdata[r];

      root->depth = 0;
      g_ptr_array_add (stack, root);
      while (stack->len > 0)
        {
          RtOutlineEntry *entry = g_ptr_array_steal_index (stack, stack->len - 1);
          guint kept = 0;

          for (guint c = 0; entry->children != NULL && c < entry->children->len; c++)
            {
              RtOutlineEntry *child = entry->children->pdata[c];

              if (entry->depth + 1 >= max_levels)
                {
                  child->parent = NULL;
                  child->tree_link = NULL;
                  g_ptr_array_add (tree->roots, child);
                  continue;
                }
              child->depth = entry->depth + 1;
              entry->children->pdata[kept++] = child;
              g_ptr_array_add (stack, child);
            }
          if (entry->children != NULL)
            g_ptr_array_set_size (entry->children, kept);
        }
    }
}

RtOutlineTree *
rt_outline_tree_new (RtDocument      *doc,
                     const GPtrArray *node_ids,
                     guint            max_levels)
{
  RtOutlineTree *tree = g_new0 (RtOutlineTree, 1);
  g_autoptr(GHashTable) wanted = NULL;
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
  g_autofree guint *sets = NULL;
  guint n_nodes = rt_document_get_n_nodes (doc);

  g_return_val_if_fail (max_levels > 0, NULL);

  if (node_ids != NULL)
    {
      wanted = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < node_ids->len; i++)
        g_hash_table_add (wanted, node_ids->pdata[i]);
    }
  for (guint i = 0; i < n_nodes; i++)
    {
      const RtNode *node = rt_document_get_node (doc, i);

      if (wanted == NULL || g_hash_table_contains (wanted, node->id))
        g_ptr_array_add (nodes, (gpointer) node);
    }

  tree->n_entries = nodes->len;
  tree->entries = g_new0 (RtOutlineEntry, nodes->len);
  tree->roots = g_ptr_array_new ();
  sets = g_new (guint, nodes->len);
  for (guint i = 0; i < nodes->len; i++)
    {
      tree->entries[i].node = nodes->pdata[i];
      sets[i] = i;
      g_hash_table_insert (index, tree->entries[i].node->id, GUINT_TO_POINTER (i + 1));
    }

  for (guint i = 0; i < tree->n_entries; i++)
    choose_parent (tree, doc, index, sets, i);
  for (guint i = 0; i < tree->n_entries; i++)
    {
      RtOutlineEntry *entry = &tree->entries[i];

      if (entry->parent != NULL)
        add_child (entry->parent, entry);
      else
        g_ptr_array_add (tree->roots, entry);
    }
  limit_depth (tree, max_levels);

  for (guint i = 0; i < tree->n_entries; i++)
    {
      RtOutlineEntry *entry = &tree->entries[i];
      GPtrArray *links = rt_document_get_links_from (doc, entry->node->id);

      for (guint l = 0; l < links->len; l++)
        {
          const RtLink *link = links->pdata[l];

          if (link == entry->tree_link || !g_hash_table_contains (index, link->to))
            continue;
          if (entry->other_links == NULL)
            entry->other_links = g_ptr_array_new ();
          g_ptr_array_add (entry->other_links, (gpointer) link);
        }
    }
  return tree;
}

void
rt_outline_tree_free (RtOutlineTree *tree)
{
  if (tree == NULL)
    return;
  for (guint i = 0; i < tree->n_entries; i++)
    {
      g_clear_pointer (&tree->entries[i].children, g_ptr_array_unref);
      g_clear_pointer (&tree->entries[i].other_links, g_ptr_array_unref);
    }
  g_free (tree->entries);
  g_ptr_array_unref (tree->roots);
  g_free (tree);
}

typedef struct {
  RtOutlineEntry *entry;
  guint           next_child;
} WalkFrame;

void
rt_outline_tree_walk (RtOutlineTree *tree,
                      void         (*visit) (RtOutlineEntry *entry,
                                             gboolean        enter,
                                             gpointer        data),
                      gpointer       data)
{
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (WalkFrame));

  for (guint r = 0; r < tree->roots->len; r++)
    {
      WalkFrame root = { tree->roots->pdata[r], 0 };

      visit (root.entry, TRUE, data);
      g_array_append_val (stack, root);
      while (stack->len > 0)
        {
          WalkFrame *top = &g_array_index (stack, WalkFrame, stack->len - 1);
          GPtrArray *children = top->entry->children;

          if (children != NULL && top->next_child < children->len)
            {
              WalkFrame frame = { children->pdata[top->next_child++], 0 };

              visit (frame.entry, TRUE, data);
              g_array_append_val (stack, frame);
            }
          else
            {
              visit (top->entry, FALSE, data);
              g_array_set_size (stack, stack->len - 1);
            }
        }
    }
}

/* kind:by:created, leaving out empty fields at the end. */
static void
append_link_fields (GString      *out,
                    const RtLink *link)
{
  char created[17];

  rt_record_format_time (link->created, created);
  g_string_append (out, rt_link_kind_to_string (link->kind));
  if (link->by != NULL || created[0] != '\0')
    {
      g_string_append_c (out, ':');
      rt_record_append_field (out, link->by);
    }
  if (created[0] != '\0')
    {
      g_string_append_c (out, ':');
      g_string_append (out, created);
    }
}

static char *
stances_value (const RtNode *node)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < node->stances->len; i++)
    {
      const RtStance *stance = node->stances->pdata[i];
      char at[17];

      rt_record_format_time (stance->at, at);
      if (i > 0)
        g_string_append (out, "; ");
      rt_record_append_field (out, stance->person);
      g_string_append_c (out, ':');
      g_string_append (out, rt_stance_level_to_string (stance->level));
      if (at[0] != '\0' || stance->due != NULL || stance->text != NULL)
        g_string_append_printf (out, ":%s", at);
      if (stance->due != NULL || stance->text != NULL)
        {
          g_string_append_c (out, ':');
          rt_record_append_field (out, stance->due);
        }
      if (stance->text != NULL)
        {
          g_string_append_c (out, ':');
          rt_record_append_field (out, stance->text);
        }
    }
  return g_string_free (out, FALSE);
}

void
rt_outline_entry_attrs (RtDocument           *doc,
                        const RtOutlineEntry *entry,
                        gboolean              with_modified,
                        void                (*emit) (const char *name,
                                                     const char *value,
                                                     gpointer    data),
                        gpointer              data)
{
  const RtNode *node = entry->node;
  const RtPerson *by = node->by != NULL ? rt_document_lookup_person (doc, node->by) : NULL;
  char modified[21];

  emit (rt_outline_attr_name (RT_ATTR_ID), node->id, data);
  emit (rt_outline_attr_name (RT_ATTR_KIND), rt_node_kind_to_string (node->kind), data);
  if (node->status != rt_status_default_for_kind (node->kind) &&
      rt_status_valid_for_kind (node->status, node->kind))
    emit (rt_outline_attr_name (RT_ATTR_STATUS), rt_status_to_string (node->status), data);
  if (node->by != NULL)
    emit (rt_outline_attr_name (RT_ATTR_BY), node->by, data);
  if (by != NULL && by->name != NULL)
    emit (rt_outline_attr_name (RT_ATTR_BY_NAME), by->name, data);
  if (with_modified && rt_xml_format_time (node->modified, modified))
    emit (rt_outline_attr_name (RT_ATTR_MODIFIED), modified, data);
  if (node->modified_by != NULL)
    emit (rt_outline_attr_name (RT_ATTR_MODIFIED_BY), node->modified_by, data);

  if (node->credits->len > 0)
    {
      g_autoptr(GString) credits = g_string_new (NULL);

      for (guint i = 0; i < node->credits->len; i++)
        {
          if (i > 0)
            g_string_append (credits, "; ");
          rt_record_append_field (credits, node->credits->pdata[i]);
        }
      emit (rt_outline_attr_name (RT_ATTR_CREDITS), credits->str, data);
    }
  if (node->stances->len > 0)
    {
      g_autofree char *stances = stances_value (node);

      emit (rt_outline_attr_name (RT_ATTR_STANCES), stances, data);
    }
  if (entry->tree_link != NULL)
    {
      g_autoptr(GString) link = g_string_new (NULL);

      append_link_fields (link, entry->tree_link);
      emit (rt_outline_attr_name (RT_ATTR_LINK), link->str, data);
    }
  if (entry->other_links != NULL)
    {
      g_autoptr(GString) links = g_string_new (NULL);

      for (guint i = 0; i < entry->other_links->len; i++)
        {
          const RtLink *link = entry->other_links->pdata[i];

          if (i > 0)
            g_string_append (links, "; ");
          rt_record_append_field (links, link->to);
          g_string_append_c (links, ':');
          append_link_fields (links, link);
        }
      emit (rt_outline_attr_name (RT_ATTR_LINKS), links->str, data);
    }
}

char *
rt_outline_person_record (const RtPerson *person)
{
  GString *out = g_string_new (NULL);

  rt_record_append_field (out, person->id);
  g_string_append_c (out, ':');
  rt_record_append_field (out, person->name);
  g_string_append_c (out, ':');
  rt_record_append_field (out, person->color);
  if (person->role == RT_ROLE_FACILITATOR || !person->present)
    g_string_append_printf (out, ":%s", rt_role_to_string (person->role));
  if (!person->present)
    g_string_append (out, ":absent");
  return g_string_free (out, FALSE);
}

char *
rt_outline_clean_text (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (text == NULL)
    return NULL;
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xfffe || c == 0xffff)
        continue;
      g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  return g_string_free (out, FALSE);
}

gboolean
rt_outline_save_bytes (GBytes     *bytes,
                       const char *path,
                       GError    **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return rt_io_write_export (path, data, size, error);
}
