/* rt-stance-editor.c: where each person stands on one node
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rt-command.h"
#include "rt-stance-editor.h"
#include "rt-stance-row.h"
#include "rt-widget-util.h"

struct _RtStanceEditor
{
  GtkWidget       parent_instance;

  /* Template children. */
  GtkLabel       *title_label;
  GtkLabel       *empty_label;
  GtkWidget      *node_box;
  GtkLabel       *status_caption;
  GtkDropDown    *status_dropdown;
  GtkDropDown    *author_dropdown;
  GtkMenuButton  *credits_button;
  GtkLabel       *credits_label;
  GtkBox         *credits_box;
  GtkListBox     *stance_list;
  GtkLabel       *nobody_label;

  RtDocument     *document;        /* owned */
  char           *node_id;
  RtRefresh       refresh;
  GHashTable     *rows;            /* person id → borrowed RtStanceRow */
  char           *rows_node_id;    /* the node the rows are for */
  char           *people_key;      /* the people the author list shows */
  GHashTable     *credit_checks;   /* person id → borrowed GtkCheckButton */
  RtStatus        statuses[RT_N_STATUSES];
  guint           n_statuses;
  RtNodeKind      status_kind;
  gboolean        has_status_kind;
  gboolean        updating;
};

G_DEFINE_FINAL_TYPE (RtStanceEditor, rt_stance_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_NODE_ID,
  N_PROPS
};

enum {
  SIGNAL_MESSAGE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
rt_stance_editor_message (RtStanceEditor *self,
                          const char     *text)
{
  g_signal_emit (self, signals[SIGNAL_MESSAGE], 0, text);
}

static gboolean
rt_stance_editor_execute (RtStanceEditor *self,
                          RtCommand      *command)
{
  return rt_widget_execute (self, signals[SIGNAL_MESSAGE], self->document, command);
}

static const RtNode *
rt_stance_editor_lookup (RtStanceEditor *self)
{
  if (self->document == NULL || self->node_id == NULL)
    return NULL;
  return rt_document_lookup_node (self->document, self->node_id);
}

/* Status. */

static void
status_selected_cb (RtStanceEditor *self)
{
  const RtNode *node = rt_stance_editor_lookup (self);
  guint selected = gtk_drop_down_get_selected (self->status_dropdown);

  if (self->updating || node == NULL || selected >= self->n_statuses)
    return;
  if (node->status != self->statuses[selected])
    rt_stance_editor_execute (self, rt_command_set_status (node->id, self->statuses[selected]));
}

static void
rt_stance_editor_update_status (RtStanceEditor *self,
                                const RtNode   *node)
{
  guint selected = GTK_INVALID_LIST_POSITION;

  if (!self->has_status_kind || self->status_kind != node->kind)
    {
      g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

      self->n_statuses = 0;
      for (guint s = RT_STATUS_NONE + 1; s < RT_N_STATUSES; s++)
        if (rt_status_valid_for_kind (s, node->kind))
          {
            self->statuses[self->n_statuses++] = s;
            gtk_string_list_append (labels, rt_status_get_label (s));
          }
      gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (labels));
      self->status_kind = node->kind;
      self->has_status_kind = TRUE;
    }
  for (guint i = 0; i < self->n_statuses; i++)
    if (self->statuses[i] == node->status)
      selected = i;
  gtk_drop_down_set_selected (self->status_dropdown, selected);
  gtk_widget_set_visible (GTK_WIDGET (self->status_dropdown), self->n_statuses > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->status_caption), self->n_statuses > 0);
}

/* Who contributed it. */

static void
author_selected_cb (RtStanceEditor *self)
{
  const RtNode *node = rt_stance_editor_lookup (self);
  guint selected = gtk_drop_down_get_selected (self->author_dropdown);
  const RtPerson *person = NULL;
  RtCommand *group;

  if (self->updating || node == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  if (selected > 0 && selected <= rt_document_get_n_people (self->document))
    person = rt_document_get_person (self->document, selected - 1);
  if (g_strcmp0 (person != NULL ? person->id : NULL, node->by) == 0)
    return;

  /* A co-contributor who becomes the author is no longer a credit. */
  group = rt_command_group_new (_("Change Contributor"));
  if (person != NULL && rt_node_has_credit (node, person->id))
    rt_command_group_add (group, rt_command_remove_credit (node->id, person->id));
  rt_command_group_add (group, rt_command_set_author (node->id, person != NULL ? person->id : NULL));
  rt_stance_editor_execute (self, group);
}

static void
credit_toggled_cb (GtkCheckButton *check,
                   RtStanceEditor *self)
{
  const RtNode *node = rt_stance_editor_lookup (self);
  const char *person_id = g_object_get_data (G_OBJECT (check), "rt-person-id");
  gboolean active = gtk_check_button_get_active (check);

  if (self->updating || node == NULL || active == rt_node_has_credit (node, person_id))
    return;
  if (active)
    rt_stance_editor_execute (self, rt_command_add_credit (node->id, person_id));
  else
    rt_stance_editor_execute (self, rt_command_remove_credit (node->id, person_id));
}

static char *
people_key (RtDocument *document)
{
  GString *key = g_string_new (NULL);

  for (guint i = 0; i < rt_document_get_n_people (document); i++)
    {
      const RtPerson *person = rt_document_get_person (document, i);

      g_string_append_printf (key, "%s\x1f%s\x1e", person->id, person->name);
    }
  return g_string_free (key, FALSE);
}

static void
rt_stance_editor_update_people (RtStanceEditor *self,
                                const RtNode   *node)
{
  g_autofree char *key = people_key (self->document);
  guint n = rt_document_get_n_people (self->document);
  guint author = 0;
  g_autoptr(GString) credits = g_string_new (NULL);

  if (g_strcmp0 (key, self->people_key) != 0)
    {
      g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

      /* Translators: the author of a node nobody is recorded for. */
      gtk_string_list_append (names, _("Unknown"));
      rt_widget_remove_children (GTK_WIDGET (self->credits_box));
      g_hash_table_remove_all (self->credit_checks);
      for (guint i = 0; i < n; i++)
        {
          const RtPerson *person = rt_document_get_person (self->document, i);
          GtkWidget *check = gtk_check_button_new_with_label (person->name);

          gtk_string_list_append (names, person->name);
          g_object_set_data_full (G_OBJECT (check), "rt-person-id", g_strdup (person->id), g_free);
          g_signal_connect_object (check, "toggled", G_CALLBACK (credit_toggled_cb), self, 0);
          gtk_box_append (self->credits_box, check);
          g_hash_table_insert (self->credit_checks, g_strdup (person->id), check);
        }
      gtk_drop_down_set_model (self->author_dropdown, G_LIST_MODEL (names));
      g_free (self->people_key);
      self->people_key = g_steal_pointer (&key);
    }

  for (guint i = 0; i < n; i++)
    {
      const RtPerson *person = rt_document_get_person (self->document, i);
      GtkCheckButton *check = g_hash_table_lookup (self->credit_checks, person->id);
      gboolean is_author = g_strcmp0 (node->by, person->id) == 0;
      gboolean credited = rt_node_has_credit (node, person->id);

      if (is_author)
        author = i + 1;
      gtk_check_button_set_active (check, credited);
      gtk_widget_set_visible (GTK_WIDGET (check), !is_author);
      if (credited)
        {
          if (credits->len > 0)
            /* Translators: between the names of co-contributors. */
            g_string_append (credits, _(", "));
          g_string_append (credits, person->name);
        }
    }
  gtk_drop_down_set_selected (self->author_dropdown, author);
  /* Translators: no co-contributors besides the author. */
  gtk_label_set_text (self->credits_label, credits->len > 0 ? credits->str : _("Nobody else"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->credits_button), n > 0);
}

/* The rows. */

static void
row_message_cb (RtStanceRow    *row,
                const char     *text,
                RtStanceEditor *self)
{
  rt_stance_editor_message (self, text);
}

/* Present people, and absent ones who took a stance, in document order. */
static GPtrArray *
rt_stance_editor_list_people (RtStanceEditor *self,
                              const RtNode   *node)
{
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < rt_document_get_n_people (self->document); i++)
    {
      const RtPerson *person = rt_document_get_person (self->document, i);

      if (person->present || rt_node_find_stance (node, person->id) != NULL)
        g_ptr_array_add (ids, person->id);
    }
  return ids;
}

static GtkWidget *
rt_stance_editor_add_row (RtStanceEditor *self,
                          const char     *node_id,
                          const char     *person_id,
                          int             position)
{
  GtkWidget *row = rt_stance_row_new (self->document, node_id, person_id);

  g_signal_connect_object (row, "message", G_CALLBACK (row_message_cb), self, 0);
  gtk_list_box_insert (self->stance_list, row, position);
  g_hash_table_insert (self->rows, g_strdup (person_id), row);
  return row;
}

static void
rt_stance_editor_remove_rows (RtStanceEditor *self)
{
  rt_widget_remove_children (GTK_WIDGET (self->stance_list));
  g_hash_table_remove_all (self->rows);
  g_clear_pointer (&self->rows_node_id, g_free);
}

/* Whether the rows are for these people, in this order. */
static gboolean
rt_stance_editor_rows_match (RtStanceEditor *self,
                             GPtrArray      *ids)
{
  if (g_hash_table_size (self->rows) != ids->len)
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      GtkListBoxRow *row = g_hash_table_lookup (self->rows, g_ptr_array_index (ids, i));

      if (row == NULL || gtk_list_box_row_get_index (row) != (int) i)
        return FALSE;
    }
  return TRUE;
}

/* The rows stay and follow the node; a row is made or dropped only for
 * someone who comes or goes. Rows with the keyboard focus in them are all
 * made anew for another node or other people, as they always were: the
 * focus leaves them, and what was typed is kept where it was typed. */
static void
rt_stance_editor_update_rows (RtStanceEditor *self,
                              const RtNode   *node)
{
  g_autoptr(GPtrArray) ids = rt_stance_editor_list_people (self, node);
  gboolean same_people = rt_stance_editor_rows_match (self, ids);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GHashTableIter iter;
  gpointer key;
  gpointer row;

  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->stance_list)) &&
      (!same_people || g_strcmp0 (self->rows_node_id, node->id) != 0))
    {
      rt_stance_editor_remove_rows (self);
      same_people = FALSE;
    }

  if (!same_people)
    {
      g_autoptr(GHashTable) keep = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < ids->len; i++)
        g_hash_table_add (keep, g_ptr_array_index (ids, i));
      g_hash_table_iter_init (&iter, self->rows);
      while (g_hash_table_iter_next (&iter, &key, &row))
        if (!g_hash_table_contains (keep, key))
          {
            gtk_list_box_remove (self->stance_list, row);
            g_hash_table_iter_remove (&iter);
          }
    }

  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);

      row = g_hash_table_lookup (self->rows, id);
      if (row == NULL)
        {
          rt_stance_editor_add_row (self, node->id, id, i);
          continue;
        }
      if (!same_people && gtk_list_box_row_get_index (row) != (int) i)
        {
          g_object_ref (row);
          gtk_list_box_remove (self->stance_list, row);
          gtk_list_box_insert (self->stance_list, row, i);
          g_object_unref (row);
        }
      if (g_strcmp0 (self->rows_node_id, node->id) != 0)
        rt_stance_row_set_node_id (row, node->id);
      else
        rt_stance_row_update (row);
    }
  g_free (self->rows_node_id);
  self->rows_node_id = g_strdup (node->id);

  gtk_widget_set_visible (GTK_WIDGET (self->stance_list), ids->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->nobody_label), ids->len == 0);
}

static void
rt_stance_editor_refresh (GtkWidget *widget)
{
  RtStanceEditor *self = RT_STANCE_EDITOR (widget);
  const RtNode *node = rt_stance_editor_lookup (self);
  g_autofree char *title = NULL;

  if (node == NULL && self->node_id != NULL)
    {
      /* The node is gone (deleted, merged, undone). */
      rt_stance_editor_set_node_id (self, NULL);
      return;
    }

  gtk_widget_set_visible (self->node_box, node != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), node == NULL);
  if (node == NULL)
    {
      gtk_label_set_text (self->title_label, _("Stances"));
      return;
    }

  self->updating = TRUE;
  if (*node->text != '\0')
    /* Translators: the heading of the stance editor; %s is the node's text. */
    title = g_strdup_printf (_("Stances on “%s”"), node->text);
  else
    title = g_strdup (_("Stances on this node"));
  gtk_label_set_text (self->title_label, title);
  rt_stance_editor_update_status (self, node);
  rt_stance_editor_update_people (self, node);
  rt_stance_editor_update_rows (self, node);
  self->updating = FALSE;
}

static void
document_changed_cb (RtStanceEditor *self)
{
  /* A node that went away is let go of at once, as "node-id" says. */
  if (self->node_id != NULL && rt_document_lookup_node (self->document, self->node_id) == NULL)
    rt_stance_editor_set_node_id (self, NULL);
  else
    rt_refresh_queue (&self->refresh);
}

/* Public. */

GtkWidget *
rt_stance_editor_new (void)
{
  return g_object_new (RT_TYPE_STANCE_EDITOR, NULL);
}

void
rt_stance_editor_set_document (RtStanceEditor *self,
                               RtDocument     *document)
{
  g_return_if_fail (RT_IS_STANCE_EDITOR (self));
  g_return_if_fail (document == NULL || RT_IS_DOCUMENT (document));

  if (!rt_widget_follow_document (self, &self->document, document,
                                  G_CALLBACK (document_changed_cb)))
    return;
  g_clear_pointer (&self->node_id, g_free);
  rt_stance_editor_remove_rows (self);
  g_clear_pointer (&self->people_key, g_free);
  self->has_status_kind = FALSE;
  rt_refresh_now (&self->refresh);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NODE_ID]);
}

RtDocument *
rt_stance_editor_get_document (RtStanceEditor *self)
{
  g_return_val_if_fail (RT_IS_STANCE_EDITOR (self), NULL);

  return self->document;
}

void
rt_stance_editor_set_node_id (RtStanceEditor *self,
                              const char     *node_id)
{
  g_return_if_fail (RT_IS_STANCE_EDITOR (self));

  if (g_strcmp0 (self->node_id, node_id) == 0)
    return;
  g_free (self->node_id);
  self->node_id = g_strdup (node_id);
  rt_refresh_now (&self->refresh);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NODE_ID]);
}

const char *
rt_stance_editor_get_node_id (RtStanceEditor *self)
{
  g_return_val_if_fail (RT_IS_STANCE_EDITOR (self), NULL);

  return self->node_id;
}

/* The rows as the document stands, shown or not. */
static RtStanceRow *
rt_stance_editor_get_row (RtStanceEditor *self,
                          const char     *person_id)
{
  rt_refresh_flush (&self->refresh);
  return person_id != NULL ? g_hash_table_lookup (self->rows, person_id) : NULL;
}

GtkToggleButton *
rt_stance_editor_get_choice (RtStanceEditor *self,
                             const char     *person_id,
                             RtStanceLevel   level)
{
  RtStanceRow *row;

  g_return_val_if_fail (RT_IS_STANCE_EDITOR (self), NULL);

  row = rt_stance_editor_get_row (self, person_id);
  return row != NULL ? rt_stance_row_get_choice (row, level) : NULL;
}

GtkEditable *
rt_stance_editor_get_text_entry (RtStanceEditor *self,
                                 const char     *person_id)
{
  RtStanceRow *row;

  g_return_val_if_fail (RT_IS_STANCE_EDITOR (self), NULL);

  row = rt_stance_editor_get_row (self, person_id);
  return row != NULL ? rt_stance_row_get_text_entry (row) : NULL;
}

GtkEditable *
rt_stance_editor_get_due_entry (RtStanceEditor *self,
                                const char     *person_id)
{
  RtStanceRow *row;

  g_return_val_if_fail (RT_IS_STANCE_EDITOR (self), NULL);

  row = rt_stance_editor_get_row (self, person_id);
  return row != NULL ? rt_stance_row_get_due_entry (row) : NULL;
}

gboolean
rt_stance_editor_is_expanded (RtStanceEditor *self,
                              const char     *person_id)
{
  RtStanceRow *row;

  g_return_val_if_fail (RT_IS_STANCE_EDITOR (self), FALSE);

  row = rt_stance_editor_get_row (self, person_id);
  return row != NULL && rt_stance_row_is_expanded (row);
}

/* GObject. */

static void
rt_stance_editor_dispose (GObject *object)
{
  RtStanceEditor *self = RT_STANCE_EDITOR (object);

  rt_refresh_clear (&self->refresh);
  rt_widget_follow_document (self, &self->document, NULL, G_CALLBACK (document_changed_cb));
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->credit_checks, g_hash_table_unref);
  rt_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_STANCE_EDITOR);

  G_OBJECT_CLASS (rt_stance_editor_parent_class)->dispose (object);
}

static void
rt_stance_editor_finalize (GObject *object)
{
  RtStanceEditor *self = RT_STANCE_EDITOR (object);

  g_free (self->node_id);
  g_free (self->rows_node_id);
  g_free (self->people_key);

  G_OBJECT_CLASS (rt_stance_editor_parent_class)->finalize (object);
}

static void
rt_stance_editor_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RtStanceEditor *self = RT_STANCE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_NODE_ID:
      g_value_set_string (value, self->node_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_stance_editor_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RtStanceEditor *self = RT_STANCE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      rt_stance_editor_set_document (self, g_value_get_object (value));
      break;

    case PROP_NODE_ID:
      rt_stance_editor_set_node_id (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_stance_editor_class_init (RtStanceEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_stance_editor_dispose;
  object_class->finalize = rt_stance_editor_finalize;
  object_class->get_property = rt_stance_editor_get_property;
  object_class->set_property = rt_stance_editor_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, RT_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NODE_ID] =
    g_param_spec_string ("node-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_MESSAGE] =
    g_signal_new ("message", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/rt-stance-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RtStanceEditor, title_label);
  gtk_widget_class_bind_template_child (widget_class, RtStanceEditor, empty_label);
  gtk_widget_class_bind_template_child (widget_class, RtStanceEditor, node_box);
  gtk_widget_class_bind_template_child (widget_class, RtStanceEditor, status_caption);
  gtk_widget_class_bind_template_child (widget_class, RtStanceEditor, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RtStanceEditor, author_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RtStanceEditor, credits_button);
  gtk_widget_class_bind_template_child (widget_class, RtStanceEditor, credits_label);
  gtk_widget_class_bind_template_child (widget_class, RtStanceEditor, credits_box);
  gtk_widget_class_bind_template_child (widget_class, RtStanceEditor, stance_list);
  gtk_widget_class_bind_template_child (widget_class, RtStanceEditor, nobody_label);
}

static void
rt_stance_editor_init (RtStanceEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The menu button centres the names and its arrow in a box of its own;
   * spread over the button they line up with the drop-downs above it. */
  gtk_widget_set_halign (gtk_widget_get_parent (GTK_WIDGET (self->credits_label)),
                         GTK_ALIGN_FILL);

  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->credit_checks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_signal_connect_object (self->status_dropdown, "notify::selected",
                           G_CALLBACK (status_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->author_dropdown, "notify::selected",
                           G_CALLBACK (author_selected_cb), self, G_CONNECT_SWAPPED);
  rt_refresh_init (&self->refresh, GTK_WIDGET (self), rt_stance_editor_refresh);
  rt_stance_editor_refresh (GTK_WIDGET (self));
}
