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
document_node_free (RtNode *node)
{
  g_clear_pointer (&node->links, rt_node_links_free);
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
  g_clear_pointer (&node->links, rt_node_links_free);
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
  g_clear_pointer (&node->links, rt_node_links_free);
  if (index != NULL)
    *index = i;
  rt_document_emit (self, RT_DOCUMENT_SIGNAL_NODE_REMOVED, node);
  return node;
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
