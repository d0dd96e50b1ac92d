/* rt-command-merge.c: removing a node with its links, merging two nodes
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-model"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "rt-command-private.h"
#include "rt-document-private.h"

/* remove_node */

static void
add_link_removals (RtCommand *group,
                   GPtrArray *links)
{
  guint i;

  for (i = 0; i < links->len; i++)
    {
      const RtLink *link = g_ptr_array_index (links, i);

      rt_command_group_add (group, rt_command_remove_link (link->from, link->to, link->kind));
    }
}

static RtCommand *
build_remove_node (RtDocument  *doc,
                   const char  *node_id,
                   const char  *unused,
                   GError     **error)
{
  RtCommand *group;

  if (!rt_document_check_node (doc, node_id, NULL, error))
    return NULL;

  group = rt_command_group_new (NULL);
  add_link_removals (group, rt_document_get_links_from (doc, node_id));
  add_link_removals (group, rt_document_get_links_to (doc, node_id));
  rt_command_group_add (group, rt_command_remove_node_only (node_id));
  return group;
}

RtCommand *
rt_command_remove_node_by_id (const char *node_id)
{
  return rt_command_derived_new (_("Delete"), build_remove_node, node_id, NULL);
}

RtCommand *
rt_command_remove_node (RtDocument  *doc,
                        const char  *node_id,
                        GError     **error)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (doc), NULL);
  g_return_val_if_fail (node_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!rt_document_check_node (doc, node_id, NULL, error))
    return NULL;
  return rt_command_remove_node_by_id (node_id);
}

/* merge_nodes */

static gboolean
check_merge_nodes (RtDocument  *doc,
                   const char  *keep,
                   const char  *gone,
                   GError     **error)
{
  if (!rt_document_check_node (doc, keep, NULL, error) ||
      !rt_document_check_node (doc, gone, NULL, error))
    return FALSE;
  if (strcmp (keep, gone) == 0)
    {
      g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_INVALID,
                   _("An item cannot be merged into itself."));
      return FALSE;
    }
  return TRUE;
}

static void
add_merged_details (RtCommand    *group,
                    const RtNode *keep,
                    const RtNode *gone)
{
  const char *parts[3];
  GString *details;
  guint i;

  if (*gone->text == '\0' && (gone->details == NULL || *gone->details == '\0'))
    return;

  parts[0] = keep->details;
  parts[1] = gone->text;
  parts[2] = gone->details;
  details = g_string_new (NULL);
  for (i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (parts[i] == NULL || *parts[i] == '\0')
        continue;
      if (details->len > 0)
        g_string_append (details, "\n\n");
      g_string_append (details, parts[i]);
    }
  rt_command_group_add (group, rt_command_set_details_only (keep->id, details->str));
  g_string_free (details, TRUE);
}

static void
add_merged_credit (RtCommand    *group,
                   const RtNode *keep,
                   GHashTable   *credited,
                   const char   *person)
{
  if (person == NULL || g_strcmp0 (keep->by, person) == 0 ||
      g_hash_table_contains (credited, person))
    return;
  g_hash_table_add (credited, (gpointer) person);
  rt_command_group_add (group, rt_command_add_credit (keep->id, person));
}

static void
add_redirected_links (RtCommand    *group,
                      RtDocument   *doc,
                      const RtNode *keep,
                      const RtNode *gone)
{
  guint i;

  for (i = 0; i < rt_document_get_n_links (doc); i++)
    {
      const RtLink *link = rt_document_get_link (doc, i);
      const char *from = link->from;
      const char *to = link->to;
      g_autoptr(RtLink) moved = NULL;

      if (strcmp (from, gone->id) == 0)
        from = keep->id;
      else if (strcmp (to, gone->id) == 0)
        to = keep->id;
      else
        continue;

      /* A link between the two vanishes; one the keeper has already stays. */
      if (strcmp (from, to) == 0 || rt_document_find_link (doc, from, to, link->kind) != NULL)
        continue;

      moved = rt_link_copy (link);
      g_free (moved->from);
      moved->from = g_strdup (from);
      g_free (moved->to);
      moved->to = g_strdup (to);
      rt_command_group_add (group, rt_command_add_link (moved, -1));
    }
}

static RtCommand *
build_merge_nodes (RtDocument  *doc,
                   const char  *keep_id,
                   const char  *gone_id,
                   GError     **error)
{
  const RtNode *keep, *gone;
  g_autoptr(GHashTable) credited = NULL;
  RtCommand *group;
  guint i;

  if (!check_merge_nodes (doc, keep_id, gone_id, error))
    return NULL;
  keep = rt_document_lookup_node (doc, keep_id);
  gone = rt_document_lookup_node (doc, gone_id);

  group = rt_command_group_new (NULL);
  add_merged_details (group, keep, gone);

  credited = g_hash_table_new (g_str_hash, g_str_equal);
  for (i = 0; i < keep->credits->len; i++)
    g_hash_table_add (credited, g_ptr_array_index (keep->credits, i));
  add_merged_credit (group, keep, credited, gone->by);
  for (i = 0; i < gone->credits->len; i++)
    add_merged_credit (group, keep, credited, g_ptr_array_index (gone->credits, i));

  for (i = 0; i < gone->stances->len; i++)
    {
      const RtStance *stance = g_ptr_array_index (gone->stances, i);

      if (rt_node_find_stance (keep, stance->person) == NULL)
        rt_command_group_add (group, rt_command_put_stance (keep->id, stance));
    }

  add_redirected_links (group, doc, keep, gone);
  rt_command_group_add (group, rt_command_remove_node_by_id (gone->id));
  return group;
}

RtCommand *
rt_command_merge_nodes (RtDocument  *doc,
                        const char  *keep_id,
                        const char  *gone_id,
                        GError     **error)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (doc), NULL);
  g_return_val_if_fail (keep_id != NULL && gone_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_merge_nodes (doc, keep_id, gone_id, error))
    return NULL;
  return rt_command_derived_new (_("Merge Items"), build_merge_nodes, keep_id, gone_id);
}
