/* rt-document.c: a Roundtable map and its queries
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-model"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "rt-document-private.h"

G_DEFINE_FINAL_TYPE (RtDocument, rt_document, G_TYPE_OBJECT)

G_DEFINE_QUARK (rt-document-error-quark, rt_document_error)

enum {
  PROP_0,
  PROP_MODIFIED,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
static guint signals[RT_DOCUMENT_N_SIGNALS];

static void
node_links_free (RtNodeLinks *links)
{
  if (links == NULL)
    return;
  g_clear_pointer (&links->out, g_ptr_array_unref);
  g_clear_pointer (&links->in, g_ptr_array_unref);
  g_free (links);
}

static void
document_node_free (RtNode *node)
{
  g_clear_pointer (&node->links, node_links_free);
  rt_node_free (node);
}

static void
rt_document_finalize (GObject *object)
{
  RtDocument *self = RT_DOCUMENT (object);

  rt_document_history_finalize (self);

  /* Links first: the nodes' indexes borrow them. */
  g_clear_pointer (&self->links, g_ptr_array_unref);
  g_clear_pointer (&self->nodes_by_id, g_hash_table_unref);
  g_clear_pointer (&self->nodes, g_ptr_array_unref);
  g_clear_pointer (&self->people_by_id, g_hash_table_unref);
  g_clear_pointer (&self->people, g_ptr_array_unref);
  g_clear_pointer (&self->nodes_by_person, g_hash_table_unref);
  g_clear_pointer (&self->no_links, g_ptr_array_unref);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (rt_document_parent_class)->finalize (object);
}

static void
rt_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  RtDocument *self = RT_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_MODIFIED:
      g_value_set_boolean (value, rt_document_get_modified (self));
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, rt_document_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, rt_document_can_redo (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_document_class_init (RtDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rt_document_finalize;
  object_class->get_property = rt_document_get_property;

  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

#define POINTER_SIGNAL(name) \
  g_signal_new (name, G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, \
                NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER)

  signals[RT_DOCUMENT_SIGNAL_NODE_ADDED] = POINTER_SIGNAL ("node-added");
  signals[RT_DOCUMENT_SIGNAL_NODE_REMOVED] = POINTER_SIGNAL ("node-removed");
  signals[RT_DOCUMENT_SIGNAL_NODE_CHANGED] = POINTER_SIGNAL ("node-changed");
  signals[RT_DOCUMENT_SIGNAL_LINK_ADDED] = POINTER_SIGNAL ("link-added");
  signals[RT_DOCUMENT_SIGNAL_LINK_REMOVED] = POINTER_SIGNAL ("link-removed");
  signals[RT_DOCUMENT_SIGNAL_LINK_CHANGED] = POINTER_SIGNAL ("link-changed");
  signals[RT_DOCUMENT_SIGNAL_PERSON_ADDED] = POINTER_SIGNAL ("person-added");
  signals[RT_DOCUMENT_SIGNAL_PERSON_REMOVED] = POINTER_SIGNAL ("person-removed");
  signals[RT_DOCUMENT_SIGNAL_PERSON_CHANGED] = POINTER_SIGNAL ("person-changed");
#undef POINTER_SIGNAL

  signals[RT_DOCUMENT_SIGNAL_STANCE_CHANGED] =
    g_signal_new ("stance-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_POINTER, G_TYPE_STRING);
  signals[RT_DOCUMENT_SIGNAL_META_CHANGED] =
    g_signal_new ("meta-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[RT_DOCUMENT_SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
rt_document_init (RtDocument *self)
{
  self->created = RT_TIME_NONE;
  self->modified_time = RT_TIME_NONE;
  self->people = g_ptr_array_new_with_free_func ((GDestroyNotify) rt_person_free);
  self->people_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) document_node_free);
  self->nodes_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->links = g_ptr_array_new_with_free_func ((GDestroyNotify) rt_link_free);
  self->nodes_by_person = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                 (GDestroyNotify) g_hash_table_unref);
  self->no_links = g_ptr_array_new ();
  self->next_node_number = 1;
  self->next_person_number = 1;
  rt_document_history_init (self);
}

RtDocument *
rt_document_new (void)
{
  return g_object_new (RT_TYPE_DOCUMENT, NULL);
}

/* Meta */

const char *
rt_document_get_title (RtDocument *self)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (self), NULL);
  return self->title;
}

const char *
rt_document_get_description (RtDocument *self)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (self), NULL);
  return self->description;
}

gint64
rt_document_get_created (RtDocument *self)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (self), RT_TIME_NONE);
  return self->created;
}

gint64
rt_document_get_modified_time (RtDocument *self)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (self), RT_TIME_NONE);
  return self->modified_time;
}

void
rt_document_set_meta (RtDocument *self,
                      const char *title,
                      const char *description,
                      gint64      created,
                      gint64      modified)
{
  g_return_if_fail (RT_IS_DOCUMENT (self));

  g_free (self->title);
  self->title = g_strdup (title);
  g_free (self->description);
  self->description = g_strdup (description);
  self->created = created;
  self->modified_time = modified;
}

void
rt_document_touch_modified (RtDocument *self,
                            gint64      when)
{
  g_return_if_fail (RT_IS_DOCUMENT (self));
  self->modified_time = when;
}

void
rt_document_replace_meta (RtDocument *self,
                          const char *title,
                          const char *description)
{
  gboolean title_changed = g_strcmp0 (title, self->title) != 0;

  if (title != self->title)
    {
      char *copy = g_strdup (title);

      g_free (self->title);
      self->title = copy;
    }
  if (description != self->description)
    {
      char *copy = g_strdup (description);

      g_free (self->description);
      self->description = copy;
    }
  g_signal_emit (self, signals[RT_DOCUMENT_SIGNAL_META_CHANGED], 0);
  if (title_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/* People */

guint
rt_document_get_n_people (RtDocument *self)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (self), 0);
  return self->people->len;
}

const RtPerson *
rt_document_get_person (RtDocument *self,
                        guint       index)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (index < self->people->len, NULL);
  return g_ptr_array_index (self->people, index);
}

const RtPerson *
rt_document_lookup_person (RtDocument *self,
                           const char *id)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (self), NULL);
  if (id == NULL)
    return NULL;
  return g_hash_table_lookup (self->people_by_id, id);
}

RtPerson *
rt_document_lookup_person_mut (RtDocument *self,
                               const char *id)
{
  return id != NULL ? g_hash_table_lookup (self->people_by_id, id) : NULL;
}

int
rt_document_get_person_index (RtDocument *self,
                              const char *id)
{
  RtPerson *person = rt_document_lookup_person_mut (self, id);
  guint index;

  if (person == NULL || !g_ptr_array_find (self->people, person, &index))
    return -1;
  return (int) index;
}

/* Keeps next_*_number above every id of the form prefix<number>. */
static void
note_id_number (guint *next, char prefix, const char *id)
{
  guint64 number;

  if (id[0] != prefix || !g_ascii_isdigit (id[1]))
    return;
  if (!g_ascii_string_to_unsigned (id + 1, 10, 0, G_MAXUINT - 1, &number, NULL))
    return;
  if (number + 1 > *next)
    *next = (guint) number + 1;
}

static void
add_person (RtDocument *self,
            RtPerson   *person,
            int         index)
{
  g_ptr_array_insert (self->people, index, person);
  g_hash_table_insert (self->people_by_id, person->id, person);
  note_id_number (&self->next_person_number, 'p', person->id);
}

void
rt_document_take_person (RtDocument *self,
                         RtPerson   *person)
{
  g_return_if_fail (RT_IS_DOCUMENT (self));
  g_return_if_fail (person != NULL && person->id != NULL);

  if (g_hash_table_contains (self->people_by_id, person->id))
    {
      g_critical ("Person “%s” is already in the document", person->id);
      rt_person_free (person);
      return;
    }
  add_person (self, person, -1);
}

void
rt_document_insert_person (RtDocument *self,
                           RtPerson   *person,
                           int         index)
{
  g_assert (!g_hash_table_contains (self->people_by_id, person->id));
  g_assert (index < 0 || (guint) index <= self->people->len);

  add_person (self, person, index);
  rt_document_emit (self, RT_DOCUMENT_SIGNAL_PERSON_ADDED, person);
}

RtPerson *
rt_document_steal_person (RtDocument *self,
                          const char *id,
                          guint      *index)
{
  RtPerson *person = rt_document_lookup_person_mut (self, id);
  guint i;

  g_assert (person != NULL);
  if (!g_ptr_array_find (self->people, person, &i))
    g_assert_not_reached ();
  g_hash_table_remove (self->people_by_id, person->id);
  g_ptr_array_steal_index (self->people, i);
  if (index != NULL)
    *index = i;
  rt_document_emit (self, RT_DOCUMENT_SIGNAL_PERSON_REMOVED, person);
  return person;
}

/* Nodes */

guint
rt_document_get_n_nodes (RtDocument *self)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (self), 0);
  return self->nodes->len;
}

const RtNode *
rt_document_get_node (RtDocument *self,
                      guint       index)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (index < self->nodes->len, NULL);
  return g_ptr_array_index (self->nodes, index);
}

const RtNode *
rt_document_lookup_node (RtDocument *self,
                         const char *id)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (self), NULL);
  if (id == NULL)
    return NULL;
  return g_hash_table_lookup (self->nodes_by_id, id);
}

RtNode *
rt_document_lookup_node_mut (RtDocument *self,
                             const char *id)
{
  return id != NULL ? g_hash_table_lookup (self->nodes_by_id, id) : NULL;
}

int
rt_document_get_node_index (RtDocument *self,
                            const char *id)
{
  RtNode *node;
  guint index;

  g_return_val_if_fail (RT_IS_DOCUMENT (self), -1);

  node = rt_document_lookup_node_mut (self, id);
  if (node == NULL || !g_ptr_array_find (self->nodes, node, &index))
    return -1;
  return (int) index;
}

static void
by_index_add (RtDocument *self,
              RtNode     *node)
{
  GHashTable *set;

  if (node->by == NULL)
    return;
  set = g_hash_table_lookup (self->nodes_by_person, node->by);
  if (set == NULL)
    {
      set = g_hash_table_new (NULL, NULL);
      g_hash_table_insert (self->nodes_by_person, g_strdup (node->by), set);
    }
  g_hash_table_add (set, node);
}

static void
by_index_remove (RtDocument *self,
                 RtNode     *node)
{
  GHashTable *set;

  if (node->by == NULL)
    return;
  set = g_hash_table_lookup (self->nodes_by_person, node->by);
  g_assert (set != NULL);
  g_hash_table_remove (set, node);
  if (g_hash_table_size (set) == 0)
    g_hash_table_remove (self->nodes_by_person, node->by);
}

void
rt_document_set_node_by (RtDocument *self,
                         RtNode     *node,
                         const char *by)
{
  char *copy;

  if (g_strcmp0 (node->by, by) == 0)
    return;
  copy = g_strdup (by);
  by_index_remove (self, node);
  g_free (node->by);
  node->by = copy;
  by_index_add (self, node);
}

static void
add_node (RtDocument *self,
          RtNode     *node,
          int         index)
{
  g_clear_pointer (&node->links, node_links_free);
  g_ptr_array_insert (self->nodes, index, node);
  g_hash_table_insert (self->nodes_by_id, node->id, node);
  by_index_add (self, node);
  note_id_number (&self->next_node_number, 'n', node->id);
}

void
rt_document_take_node (RtDocument *self,
                       RtNode     *node)
{
  g_return_if_fail (RT_IS_DOCUMENT (self));
  g_return_if_fail (node != NULL && node->id != NULL);

  if (g_hash_table_contains (self->nodes_by_id, node->id))
    {
      g_critical ("Node “%s” is already in the document", node->id);
      document_node_free (node);
      return;
    }
  add_node (self, node, -1);
}

void
rt_document_insert_node (RtDocument *self,
                         RtNode     *node,
                         int         index)
{
  g_assert (!g_hash_table_contains (self->nodes_by_id, node->id));
  g_assert (index < 0 || (guint) index <= self->nodes->len);

  add_node (self, node, index);
  rt_document_emit (self, RT_DOCUMENT_SIGNAL_NODE_ADDED, node);
}

RtNode *
rt_document_steal_node (RtDocument *self,
                        const char *id,
                        guint      *index)
{
  RtNode *node = rt_document_lookup_node_mut (self, id);
  guint i;

  g_assert (node != NULL);
  g_assert (node->links == NULL ||
            ((node->links->out == NULL || node->links->out->len == 0) &&
             (node->links->in == NULL || node->links->in->len == 0)));
  if (!g_ptr_array_find (self->nodes, node, &i))
    g_assert_not_reached ();

  by_index_remove (self, node);
  g_hash_table_remove (self->nodes_by_id, node->id);
  g_ptr_array_steal_index (self->nodes, i);
  g_clear_pointer (&node->links, node_links_free);
  if (index != NULL)
    *index = i;
  rt_document_emit (self, RT_DOCUMENT_SIGNAL_NODE_REMOVED, node);
  return node;
}

/* Links */

guint
rt_document_get_n_links (RtDocument *self)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (self), 0);
  return self->links->len;
}

const RtLink *
rt_document_get_link (RtDocument *self,
                      guint       index)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (index < self->links->len, NULL);
  return g_ptr_array_index (self->links, index);
}

RtLink *
rt_document_find_link_mut (RtDocument *self,
                           const char *from,
                           const char *to,
                           RtLinkKind  kind)
{
  RtNode *from_node = rt_document_lookup_node_mut (self, from);
  RtNode *to_node = rt_document_lookup_node_mut (self, to);
  GPtrArray *out, *in;
  GPtrArray *shorter;
  guint i;

  if (from_node == NULL || to_node == NULL ||
      from_node->links == NULL || to_node->links == NULL)
    return NULL;
  out = from_node->links->out;
  in = to_node->links->in;
  if (out == NULL || in == NULL)
    return NULL;

  shorter = out->len <= in->len ? out : in;
  for (i = 0; i < shorter->len; i++)
    {
      RtLink *link = g_ptr_array_index (shorter, i);

      if (link->kind == kind && strcmp (link->from, from) == 0 &&
          strcmp (link->to, to) == 0)
        return link;
    }
  return NULL;
}

const RtLink *
rt_document_find_link (RtDocument *self,
                       const char *from,
                       const char *to,
                       RtLinkKind  kind)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (self), NULL);
  return rt_document_find_link_mut (self, from, to, kind);
}

int
rt_document_get_link_index (RtDocument   *self,
                            const RtLink *link)
{
  guint index;

  if (link == NULL || !g_ptr_array_find (self->links, link, &index))
    return -1;
  return (int) index;
}

/* Inserts the link into one node's array so that the array stays in
 * document order; doc_index is where the link now is in self->links. */
static void
node_links_insert (RtDocument *self,
                   GPtrArray **array,
                   RtLink     *link,
                   guint       doc_index,
                   gboolean    outgoing)
{
  const char *id = outgoing ? link->from : link->to;
  guint before = 0;
  guint i;

  if (*array == NULL)
    *array = g_ptr_array_new ();

  if (doc_index + 1 == self->links->len)
    {
      g_ptr_array_add (*array, link);
      return;
    }
  for (i = 0; i < doc_index; i++)
    {
      RtLink *other = g_ptr_array_index (self->links, i);

      if (strcmp (outgoing ? other->from : other->to, id) == 0)
        before++;
    }
  g_ptr_array_insert (*array, before, link);
}

static RtNodeLinks *
ensure_node_links (RtNode *node)
{
  if (node->links == NULL)
    node->links = g_new0 (RtNodeLinks, 1);
  return node->links;
}

static void
add_link (RtDocument *self,
          RtLink     *link,
          int         index)
{
  RtNode *from = rt_document_lookup_node_mut (self, link->from);
  RtNode *to = rt_document_lookup_node_mut (self, link->to);
  guint doc_index = index < 0 ? self->links->len : (guint) index;

  g_ptr_array_insert (self->links, index, link);
  if (from != NULL)
    node_links_insert (self, &ensure_node_links (from)->out, link, doc_index, TRUE);
  if (to != NULL)
    node_links_insert (self, &ensure_node_links (to)->in, link, doc_index, FALSE);
}

void
rt_document_take_link (RtDocument *self,
                       RtLink     *link)
{
  g_return_if_fail (RT_IS_DOCUMENT (self));
  g_return_if_fail (link != NULL && link->from != NULL && link->to != NULL);

  add_link (self, link, -1);
}

void
rt_document_insert_link (RtDocument *self,
                         RtLink     *link,
                         int         index)
{
  g_assert (index < 0 || (guint) index <= self->links->len);

  add_link (self, link, index);
  rt_document_emit (self, RT_DOCUMENT_SIGNAL_LINK_ADDED, link);
}

RtLink *
rt_document_steal_link (RtDocument *self,
                        const char *from,
                        const char *to,
                        RtLinkKind  kind,
                        guint      *index)
{
  RtLink *link = rt_document_find_link_mut (self, from, to, kind);
  RtNode *from_node, *to_node;
  guint i;

  g_assert (link != NULL);
  if (!g_ptr_array_find (self->links, link, &i))
    g_assert_not_reached ();

  from_node = rt_document_lookup_node_mut (self, from);
  to_node = rt_document_lookup_node_mut (self, to);
  g_ptr_array_remove (from_node->links->out, link);
  g_ptr_array_remove (to_node->links->in, link);
  g_ptr_array_steal_index (self->links, i);
  if (index != NULL)
    *index = i;
  rt_document_emit (self, RT_DOCUMENT_SIGNAL_LINK_REMOVED, link);
  return link;
}

static GPtrArray *
node_links_or_empty (RtDocument *self,
                     const char *node_id,
                     gboolean    outgoing)
{
  RtNode *node = rt_document_lookup_node_mut (self, node_id);
  GPtrArray *array = NULL;

  if (node != NULL && node->links != NULL)
    array = outgoing ? node->links->out : node->links->in;
  return array != NULL ? array : self->no_links;
}

GPtrArray *
rt_document_get_links_from (RtDocument *self,
                            const char *node_id)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (self), NULL);
  return node_links_or_empty (self, node_id, TRUE);
}

GPtrArray *
rt_document_get_links_to (RtDocument *self,
                          const char *node_id)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (self), NULL);
  return node_links_or_empty (self, node_id, FALSE);
}

/* People's contributions */

guint
rt_document_count_nodes_by (RtDocument *self,
                            const char *person_id)
{
  GHashTable *set;

  g_return_val_if_fail (RT_IS_DOCUMENT (self), 0);

  if (person_id == NULL)
    return 0;
  set = g_hash_table_lookup (self->nodes_by_person, person_id);
  return set != NULL ? g_hash_table_size (set) : 0;
}

GPtrArray *
rt_document_list_nodes_by (RtDocument *self,
                           const char *person_id)
{
  GHashTable *set;
  GPtrArray *list;
  GHashTableIter iter;
  gpointer node;

  g_return_val_if_fail (RT_IS_DOCUMENT (self), NULL);

  set = person_id != NULL ? g_hash_table_lookup (self->nodes_by_person, person_id) : NULL;
  list = g_ptr_array_new_full (set != NULL ? g_hash_table_size (set) : 0, NULL);
  if (set == NULL)
    return list;
  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &node, NULL))
    g_ptr_array_add (list, node);
  return list;
}

gboolean
rt_document_person_is_referenced (RtDocument *self,
                                  const char *person_id)
{
  guint i;

  g_return_val_if_fail (RT_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (person_id != NULL, FALSE);

  if (rt_document_count_nodes_by (self, person_id) > 0)
    return TRUE;
  for (i = 0; i < self->nodes->len; i++)
    {
      const RtNode *node = g_ptr_array_index (self->nodes, i);

      if (g_strcmp0 (node->modified_by, person_id) == 0 ||
          rt_node_has_credit (node, person_id) ||
          rt_node_find_stance (node, person_id) != NULL)
        return TRUE;
    }
  for (i = 0; i < self->links->len; i++)
    {
      const RtLink *link = g_ptr_array_index (self->links, i);

      if (g_strcmp0 (link->by, person_id) == 0)
        return TRUE;
    }
  return FALSE;
}

static char *
new_id (GHashTable *in_use,
        guint      *next,
        char        prefix)
{
  for (;;)
    {
      char *id = g_strdup_printf ("%c%u", prefix, *next);

      (*next)++;
      if (!g_hash_table_contains (in_use, id))
        return id;
      g_free (id);
    }
}

char *
rt_document_new_node_id (RtDocument *self)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (self), NULL);
  return new_id (self->nodes_by_id, &self->next_node_number, 'n');
}

char *
rt_document_new_person_id (RtDocument *self)
{
  g_return_val_if_fail (RT_IS_DOCUMENT (self), NULL);
  return new_id (self->people_by_id, &self->next_person_number, 'p');
}

/* Checks used by commands */

gboolean
rt_document_check_person (RtDocument *self,
                          const char *id,
                          GError    **error)
{
  if (rt_document_lookup_person_mut (self, id) != NULL)
    return TRUE;
  g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_NOT_FOUND,
               _("There is no person “%s” in this map."), id != NULL ? id : "");
  return FALSE;
}

gboolean
rt_document_check_node (RtDocument *self,
                        const char *id,
                        RtNode    **out,
                        GError    **error)
{
  RtNode *node = rt_document_lookup_node_mut (self, id);

  if (out != NULL)
    *out = node;
  if (node != NULL)
    return TRUE;
  g_set_error (error, RT_DOCUMENT_ERROR, RT_DOCUMENT_ERROR_NOT_FOUND,
               _("There is no item “%s” in this map."), id != NULL ? id : "");
  return FALSE;
}

/* Signals */

void
rt_document_emit (RtDocument       *self,
                  RtDocumentSignal  signal,
                  gconstpointer     object)
{
  g_assert (signal != RT_DOCUMENT_SIGNAL_STANCE_CHANGED);

  if (signal == RT_DOCUMENT_SIGNAL_META_CHANGED || signal == RT_DOCUMENT_SIGNAL_CHANGED)
    g_signal_emit (self, signals[signal], 0);
  else
    g_signal_emit (self, signals[signal], 0, object);
}

void
rt_document_emit_stance_changed (RtDocument   *self,
                                 const RtNode *node,
                                 const char   *person_id)
{
  g_signal_emit (self, signals[RT_DOCUMENT_SIGNAL_STANCE_CHANGED], 0, node, person_id);
}

void
rt_document_update_state (RtDocument *self)
{
  gboolean modified = rt_document_get_modified (self);
  gboolean can_undo = rt_document_can_undo (self);
  gboolean can_redo = rt_document_can_redo (self);

  if (modified != self->notified_modified)
    {
      self->notified_modified = modified;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
    }
  if (can_undo != self->notified_can_undo)
    {
      self->notified_can_undo = can_undo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
    }
  if (can_redo != self->notified_can_redo)
    {
      self->notified_can_redo = can_redo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
    }
}

/* Comparing and copying */

static gboolean
differ (char **why, const char *format, ...) G_GNUC_PRINTF (2, 3);

static gboolean
differ (char      **why,
        const char *format,
        ...)
{
  va_list args;

  if (why != NULL)
    {
      va_start (args, format);
      *why = g_strdup_vprintf (format, args);
      va_end (args);
    }
  return FALSE;
}

gboolean
rt_document_equal (RtDocument *a,
                   RtDocument *b,
                   char      **why)
{
  guint i;

  g_return_val_if_fail (RT_IS_DOCUMENT (a), FALSE);
  g_return_val_if_fail (RT_IS_DOCUMENT (b), FALSE);

  if (why != NULL)
    *why = NULL;

  if (g_strcmp0 (a->title, b->title) != 0)
    return differ (why, "title: “%s” vs “%s”", a->title, b->title);
  if (g_strcmp0 (a->description, b->description) != 0)
    return differ (why, "description differs");
  if (a->created != b->created)
    return differ (why, "created: %" G_GINT64_FORMAT " vs %" G_GINT64_FORMAT,
                   a->created, b->created);
  if (a->modified_time != b->modified_time)
    return differ (why, "modified: %" G_GINT64_FORMAT " vs %" G_GINT64_FORMAT,
                   a->modified_time, b->modified_time);

  if (a->people->len != b->people->len)
    return differ (why, "%u people vs %u", a->people->len, b->people->len);
  for (i = 0; i < a->people->len; i++)
    {
      const RtPerson *pa = g_ptr_array_index (a->people, i);
      const RtPerson *pb = g_ptr_array_index (b->people, i);

      if (!rt_person_equal (pa, pb))
        return differ (why, "person %u: “%s” vs “%s”", i, pa->id, pb->id);
    }

  if (a->nodes->len != b->nodes->len)
    return differ (why, "%u nodes vs %u", a->nodes->len, b->nodes->len);
  for (i = 0; i < a->nodes->len; i++)
    {
      const RtNode *na = g_ptr_array_index (a->nodes, i);
      const RtNode *nb = g_ptr_array_index (b->nodes, i);

      if (!rt_node_equal (na, nb))
        return differ (why, "node %u: “%s” vs “%s”", i, na->id, nb->id);
    }

  if (a->links->len != b->links->len)
    return differ (why, "%u links vs %u", a->links->len, b->links->len);
  for (i = 0; i < a->links->len; i++)
    {
      const RtLink *la = g_ptr_array_index (a->links, i);
      const RtLink *lb = g_ptr_array_index (b->links, i);

      if (!rt_link_equal (la, lb))
        return differ (why, "link %u: %s→%s vs %s→%s", i, la->from, la->to,
                       lb->from, lb->to);
    }
  return TRUE;
}

RtDocument *
rt_document_copy (RtDocument *self)
{
  RtDocument *copy;
  guint i;

  g_return_val_if_fail (RT_IS_DOCUMENT (self), NULL);

  copy = rt_document_new ();
  rt_document_set_meta (copy, self->title, self->description, self->created,
                        self->modified_time);
  for (i = 0; i < self->people->len; i++)
    rt_document_take_person (copy, rt_person_copy (g_ptr_array_index (self->people, i)));
  for (i = 0; i < self->nodes->len; i++)
    rt_document_take_node (copy, rt_node_copy (g_ptr_array_index (self->nodes, i)));
  for (i = 0; i < self->links->len; i++)
    rt_document_take_link (copy, rt_link_copy (g_ptr_array_index (self->links, i)));
  copy->next_node_number = self->next_node_number;
  copy->next_person_number = self->next_person_number;
  return copy;
}
