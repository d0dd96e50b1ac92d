/* rt-outline-row.c: what one row of the outline shows
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-outline-row.h"
#include "rt-person-chip.h"

struct _RtOutlineRow
{
  GtkWidget      parent_instance;

  GtkWidget     *kind;     /* children */
  GtkWidget     *stack;
  GtkWidget     *text;
  GtkWidget     *entry;
  GtkWidget     *chip;
  GtkWidget     *status;

  RtOutlineNode *node;     /* owned reference, or NULL */
  gulong         notify_id;
  gboolean       finishing;
};

G_DEFINE_FINAL_TYPE (RtOutlineRow, rt_outline_row, GTK_TYPE_WIDGET)

static const char *const kind_classes[RT_N_NODE_KINDS] = {
  "rt-kind-problem", "rt-kind-response", "rt-kind-pro", "rt-kind-con", "rt-kind-note",
};

static void
update_accessible (RtOutlineRow *self)
{
  const char *label = self->node != NULL ? rt_outline_node_get_label (self->node) : NULL;
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));

  if (label == NULL)
    return;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  /* The list row holding the expander is what takes focus: a screen
   * reader reads its label. */
  if (GTK_IS_TREE_EXPANDER (parent) && gtk_widget_get_parent (parent) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (parent)),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
update_all (RtOutlineRow *self)
{
  RtOutlineNode *node = self->node;
  RtNodeKind kind;
  RtStatus status;
  const char *text, *author;

  if (node == NULL)
    return;
  kind = rt_outline_node_get_kind (node);
  status = rt_outline_node_get_status (node);
  text = rt_outline_node_get_text (node);
  author = rt_outline_node_get_author (node);

  gtk_label_set_text (GTK_LABEL (self->kind), rt_node_kind_get_label (kind));
  for (guint i = 0; i < RT_N_NODE_KINDS; i++)
    if (i == kind)
      gtk_widget_add_css_class (self->kind, kind_classes[i]);
    else
      gtk_widget_remove_css_class (self->kind, kind_classes[i]);

  if (text != NULL && *text != '\0')
    {
      gtk_label_set_text (GTK_LABEL (self->text), text);
      gtk_widget_remove_css_class (self->text, "dim-label");
    }
  else
    {
      gtk_label_set_text (GTK_LABEL (self->text), _("(no text)"));
      gtk_widget_add_css_class (self->text, "dim-label");
    }

  gtk_widget_set_visible (self->chip, author != NULL);
  if (author != NULL)
    {
      rt_person_chip_set_label (RT_PERSON_CHIP (self->chip), author);
      rt_person_chip_set_color (RT_PERSON_CHIP (self->chip),
                                rt_outline_node_get_author_color (node));
    }

  gtk_widget_set_visible (self->status, status != RT_STATUS_NONE);
  if (status != RT_STATUS_NONE)
    gtk_label_set_text (GTK_LABEL (self->status), rt_status_get_label (status));

  if (rt_outline_node_get_context (node))
    gtk_widget_add_css_class (GTK_WIDGET (self), "rt-outline-context");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "rt-outline-context");

  update_accessible (self);
}

static void
update_editing (RtOutlineRow *self)
{
  gboolean editing = self->node != NULL && rt_outline_node_get_editing (self->node);
  const char *current = gtk_stack_get_visible_child_name (GTK_STACK (self->stack));

  if (editing == g_str_equal (current, "entry"))
    return;
  if (editing)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->entry), rt_outline_node_get_text (self->node));
      gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "entry");
      gtk_widget_grab_focus (self->entry);
      gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);
    }
  else
    gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "label");
}

static void
node_notify_cb (RtOutlineRow *self,
                GParamSpec   *pspec)
{
  if (g_str_equal (pspec->name, "editing"))
    update_editing (self);
  else
    update_all (self);
}

/* Ends editing: commit keeps what was typed. */
static void
finish (RtOutlineRow *self,
        gboolean      commit)
{
  g_autoptr(RtOutlineNode) node = NULL;
  g_autofree char *text = NULL;

  if (self->node == NULL || !rt_outline_node_get_editing (self->node) || self->finishing)
    return;
  self->finishing = TRUE;
  node = g_object_ref (self->node);
  if (commit)
    text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry)));
  rt_outline_node_finish_editing (node, text);
  self->finishing = FALSE;
}

static void
entry_activate_cb (RtOutlineRow *self)
{
  finish (self, TRUE);
}

static gboolean
entry_key_cb (RtOutlineRow          *self,
              guint                  keyval,
              guint                  keycode,
              GdkModifierType        state,
              GtkEventControllerKey *controller)
{
  if (keyval == GDK_KEY_Escape)
    {
      finish (self, FALSE);
      return TRUE;
    }
  return FALSE;
}

static void
entry_focus_leave_cb (RtOutlineRow *self)
{
  finish (self, TRUE);
}

void
rt_outline_row_set_node (RtOutlineRow  *self,
                         RtOutlineNode *node)
{
  g_return_if_fail (RT_IS_OUTLINE_ROW (self));
  g_return_if_fail (node == NULL || RT_IS_OUTLINE_NODE (node));

  if (self->node == node)
    return;
  if (self->node != NULL)
    {
      /* A row scrolled away or reused keeps what was typed. */
      finish (self, TRUE);
      g_clear_signal_handler (&self->notify_id, self->node);
      g_clear_object (&self->node);
    }
  if (node != NULL)
    {
      self->node = g_object_ref (node);
      self->notify_id = g_signal_connect_swapped (node, "notify", G_CALLBACK (node_notify_cb),
                                                  self);
      update_all (self);
    }
  update_editing (self);
}

RtOutlineNode *
rt_outline_row_get_node (RtOutlineRow *self)
{
  g_return_val_if_fail (RT_IS_OUTLINE_ROW (self), NULL);
  return self->node;
}

GtkWidget *
rt_outline_row_new (void)
{
  return g_object_new (RT_TYPE_OUTLINE_ROW, NULL);
}

static void
rt_outline_row_dispose (GObject *object)
{
  RtOutlineRow *self = RT_OUTLINE_ROW (object);
  GtkWidget *child;

  if (self->node != NULL)
    {
      g_clear_signal_handler (&self->notify_id, self->node);
      g_clear_object (&self->node);
    }
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (rt_outline_row_parent_class)->dispose (object);
}

static void
rt_outline_row_class_init (RtOutlineRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_outline_row_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rt-outline-row");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
rt_outline_row_init (RtOutlineRow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkEventController *keys;

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (widget)), 10);

  self->kind = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->kind, "rt-kind");
  gtk_widget_set_valign (self->kind, GTK_ALIGN_CENTER);
  gtk_widget_set_parent (self->kind, widget);

  self->stack = gtk_stack_new ();
  gtk_stack_set_hhomogeneous (GTK_STACK (self->stack), FALSE);
  gtk_widget_set_hexpand (self->stack, TRUE);
  self->text = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->text), 0.0);
  gtk_label_set_wrap (GTK_LABEL (self->text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->text), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (self->text, "rt-outline-text");
  gtk_stack_add_named (GTK_STACK (self->stack), self->text, "label");
  self->entry = gtk_entry_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Text"), -1);
  gtk_stack_add_named (GTK_STACK (self->stack), self->entry, "entry");
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "label");
  gtk_widget_set_parent (self->stack, widget);

  self->chip = rt_person_chip_new (NULL, NULL);
  gtk_widget_set_valign (self->chip, GTK_ALIGN_CENTER);
  gtk_widget_set_parent (self->chip, widget);

  self->status = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->status, "rt-status");
  gtk_widget_add_css_class (self->status, "dim-label");
  gtk_widget_set_valign (self->status, GTK_ALIGN_CENTER);
  gtk_label_set_width_chars (GTK_LABEL (self->status), 9);
  gtk_label_set_xalign (GTK_LABEL (self->status), 1.0);
  gtk_widget_set_parent (self->status, widget);

  g_signal_connect_swapped (self->entry, "activate", G_CALLBACK (entry_activate_cb), self);
  keys = gtk_event_controller_key_new ();
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (entry_key_cb), self);
  gtk_widget_add_controller (self->entry, keys);
  keys = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (keys, "leave", G_CALLBACK (entry_focus_leave_cb), self);
  gtk_widget_add_controller (self->entry, keys);
}
