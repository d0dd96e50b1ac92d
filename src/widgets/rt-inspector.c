/* rt-inspector.c: everything about the selected node, editable
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rt-command.h"
#include "rt-inspector.h"
#include "rt-stance-editor.h"
#include "rt-widget-util.h"

struct _RtInspector
{
  GtkWidget      parent_instance;

  GtkWidget     *scrolled;      /* child */
  GtkWidget     *empty;
  GtkWidget     *content;
  GtkWidget     *kind;          /* GtkDropDown */
  GtkTextBuffer *text;
  GtkTextBuffer *details;
  GtkWidget     *times;
  GtkWidget     *stances;       /* RtStanceEditor */
  GtkWidget     *links;         /* GtkListBox */
  GtkWidget     *no_links;

  RtDocument    *document;      /* owned reference */
  char          *node_id;
  char          *editor;
  RtRefresh      refresh;
  char          *links_key;     /* the links the rows show */
  gboolean       updating;
};

G_DEFINE_FINAL_TYPE (RtInspector, rt_inspector, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_NODE_ID,
  PROP_EDITOR,
  N_PROPS
};

enum {
  NODE_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
execute (RtInspector *self,
         RtCommand   *command)
{
  g_autoptr(GError) error = NULL;

  if (command == NULL)
    return;
  if (!rt_document_execute (self->document, command, &error))
    g_warning ("The inspector could not change %s: %s", self->node_id, error->message);
}

static const RtNode *
get_node (RtInspector *self)
{
  if (self->document == NULL || self->node_id == NULL)
    return NULL;
  return rt_document_lookup_node (self->document, self->node_id);
}

static char *
format_time (gint64 t)
{
  g_autoptr(GDateTime) time = NULL;

  if (t == RT_TIME_NONE)
    return NULL;
  time = g_date_time_new_from_unix_local (t);
  /* Translators: a date and time as the inspector shows it; see
   * g_date_time_format(). */
  return time != NULL ? g_date_time_format (time, _("%e %B %Y, %H:%M")) : NULL;
}

static const char *
person_name (RtInspector *self,
             const char  *id)
{
  const RtPerson *person = id != NULL ? rt_document_lookup_person (self->document, id) : NULL;

  return person != NULL ? person->name : NULL;
}

/* Showing. */

static void
set_buffer (GtkTextBuffer *buffer,
            const char    *text)
{
  GtkTextIter start, end;
  g_autofree char *current = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  current = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (current, text != NULL ? text : "") != 0)
    gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);
}

static void
update_times (RtInspector  *self,
              const RtNode *node)
{
  g_autofree char *created = format_time (node->created);
  g_autofree char *modified = format_time (node->modified);
  const char *by = person_name (self, node->modified_by);
  GString *text = g_string_new (NULL);

  if (created != NULL)
    /* Translators: %s is a date and time. */
    g_string_append_printf (text, _("Created %s"), created);
  else
    g_string_append (text, _("Created at an unknown time"));
  if (modified != NULL && by != NULL)
    {
      g_string_append_c (text, '\n');
      /* Translators: when a node was last changed, and by whom. */
      g_string_append_printf (text, _("Changed %s by %s"), modified, by);
    }
  else if (modified != NULL)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("Changed %s"), modified);
    }
  gtk_label_set_text (GTK_LABEL (self->times), text->str);
  g_string_free (text, TRUE);
}

static void
link_kind_cb (GtkDropDown *dropdown,
              GParamSpec  *pspec,
              RtInspector *self)
{
  const RtLink *link = g_object_get_data (G_OBJECT (dropdown), "rt-link");
  RtLinkKind kind = gtk_drop_down_get_selected (dropdown);

  if (self->updating || link == NULL || kind == link->kind || kind >= RT_N_LINK_KINDS)
    return;
  if (rt_document_find_link (self->document, link->from, link->to, kind) != NULL)
    {
      gtk_drop_down_set_selected (dropdown, link->kind);
      gtk_widget_error_bell (GTK_WIDGET (dropdown));
      return;
    }
  execute (self, rt_command_set_link_kind (link->from, link->to, link->kind, kind));
}

static void
link_remove_cb (GtkButton   *button,
                RtInspector *self)
{
  const RtLink *link = g_object_get_data (G_OBJECT (button), "rt-link");

  if (link != NULL)
    execute (self, rt_command_remove_link (link->from, link->to, link->kind));
}

static void
link_go_cb (GtkButton   *button,
            RtInspector *self)
{
  const char *id = g_object_get_data (G_OBJECT (button), "rt-node-id");

  if (id != NULL)
    g_signal_emit (self, signals[NODE_ACTIVATED], 0, id);
}

static GtkWidget *
link_row (RtInspector  *self,
          const RtLink *link,
          gboolean      outgoing)
{
  const char *other_id = outgoing ? link->to : link->from;
  const RtNode *other = rt_document_lookup_node (self->document, other_id);
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label, *dropdown, *remove, *go;
  g_autofree char *text = NULL;

  for (guint k = 0; k < RT_N_LINK_KINDS; k++)
    gtk_string_list_append (kinds, rt_link_kind_get_label (k));

  text = g_strdup_printf ("%s %s", outgoing ? "→" : "←",
                          other != NULL && *other->text != '\0' ? other->text : other_id);
  label = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_tooltip_text (label, other != NULL ? other->text : NULL);
  gtk_box_append (GTK_BOX (row), label);

  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&kinds)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), link->kind);
  g_object_set_data_full (G_OBJECT (dropdown), "rt-link", rt_link_copy (link),
                          (GDestroyNotify) rt_link_free);
  gtk_widget_set_tooltip_text (dropdown, _("Kind of link"));
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (link_kind_cb), self);
  gtk_box_append (GTK_BOX (row), dropdown);

  go = gtk_button_new_from_icon_name ("go-jump-symbolic");
  gtk_widget_add_css_class (go, "flat");
  gtk_widget_set_tooltip_text (go, _("Go to This Node"));
  g_object_set_data_full (G_OBJECT (go), "rt-node-id", g_strdup (other_id), g_free);
  g_signal_connect (go, "clicked", G_CALLBACK (link_go_cb), self);
  gtk_box_append (GTK_BOX (row), go);

  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove Link"));
  g_object_set_data_full (G_OBJECT (remove), "rt-link", rt_link_copy (link),
                          (GDestroyNotify) rt_link_free);
  g_signal_connect (remove, "clicked", G_CALLBACK (link_remove_cb), self);
  gtk_box_append (GTK_BOX (row), remove);
  return row;
}

/* What the link rows show: each link and the text at its other end. */
static void
append_links_key (RtInspector *self,
                  GString     *key,
                  GPtrArray   *links,
                  gboolean     outgoing)
{
  for (guint i = 0; i < links->len; i++)
    {
      const RtLink *link = g_ptr_array_index (links, i);
      const RtNode *other = rt_document_lookup_node (self->document,
                                                     outgoing ? link->to : link->from);

      g_string_append_printf (key, "%c%s\x1f%s\x1f%u\x1f%s\x1e", outgoing ? '>' : '<',
                              link->from, link->to, link->kind,
                              other != NULL ? other->text : "");
    }
}

static void
update_links (RtInspector  *self,
              const RtNode *node)
{
  GPtrArray *out = rt_document_get_links_from (self->document, node->id);
  GPtrArray *in = rt_document_get_links_to (self->document, node->id);
  GString *key = g_string_new (NULL);

  append_links_key (self, key, out, TRUE);
  append_links_key (self, key, in, FALSE);
  if (g_strcmp0 (key->str, self->links_key) == 0)
    {
      g_string_free (key, TRUE);
      return;
    }
  g_free (self->links_key);
  self->links_key = g_string_free (key, FALSE);

  rt_widget_remove_children (self->links);
  for (guint i = 0; i < out->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (self->links), link_row (self, g_ptr_array_index (out, i), TRUE));
  for (guint i = 0; i < in->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (self->links), link_row (self, g_ptr_array_index (in, i), FALSE));
  gtk_widget_set_visible (self->links, out->len + in->len > 0);
  gtk_widget_set_visible (self->no_links, out->len + in->len == 0);
}

/* What is edited here is kept in step with the document at once: the
 * callbacks compare with it. The stance editor waits by itself while it
 * cannot be seen. */
static void
update_fields (RtInspector *self)
{
  const RtNode *node = get_node (self);

  gtk_widget_set_visible (self->content, node != NULL);
  gtk_widget_set_visible (self->empty, node == NULL);
  rt_stance_editor_set_document (RT_STANCE_EDITOR (self->stances), self->document);
  rt_stance_editor_set_node_id (RT_STANCE_EDITOR (self->stances), node != NULL ? node->id : NULL);
  if (node == NULL)
    return;

  self->updating = TRUE;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->kind), node->kind);
  set_buffer (self->text, node->text);
  set_buffer (self->details, node->details);
  self->updating = FALSE;
}

/* What is only read waits until it can be seen, and for the end of a
 * burst of changes. */
static void
refresh_cb (GtkWidget *widget)
{
  RtInspector *self = RT_INSPECTOR (widget);
  const RtNode *node = get_node (self);

  if (node == NULL)
    return;
  self->updating = TRUE;
  update_times (self, node);
  update_links (self, node);
  self->updating = FALSE;
}

static void
update (RtInspector *self)
{
  update_fields (self);
  rt_refresh_now (&self->refresh);
}

static void
document_changed_cb (RtInspector *self)
{
  update_fields (self);
  rt_refresh_queue (&self->refresh);
}

/* Editing. */

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
text_changed_cb (RtInspector *self)
{
  const RtNode *node = get_node (self);
  g_autofree char *text = buffer_text (self->text);

  if (self->updating || node == NULL)
    return;
  /* The text is one paragraph: line breaks belong in the details. */
  g_strdelimit (text, "\n\r", ' ');
  if (g_strcmp0 (text, node->text) != 0)
    execute (self, rt_command_set_text (node->id, text, self->editor));
}

static void
details_changed_cb (RtInspector *self)
{
  const RtNode *node = get_node (self);
  g_autofree char *details = buffer_text (self->details);

  if (self->updating || node == NULL)
    return;
  if (g_strcmp0 (*details != '\0' ? details : NULL, node->details) != 0)
    execute (self, rt_command_set_details (node->id, *details != '\0' ? details : NULL,
                                           self->editor));
}

static void
kind_changed_cb (RtInspector *self)
{
  const RtNode *node = get_node (self);
  RtNodeKind kind = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->kind));

  if (self->updating || node == NULL || kind >= RT_N_NODE_KINDS || kind == node->kind)
    return;
  execute (self, rt_command_set_kind (node->id, kind));
}

/* A new step of typing starts when the field is left. */
static void
focus_leave_cb (RtInspector *self)
{
  if (self->document != NULL)
    rt_document_seal (self->document);
}

/* Public. */

GtkWidget *
rt_inspector_new (void)
{
  return g_object_new (RT_TYPE_INSPECTOR, NULL);
}

void
rt_inspector_set_document (RtInspector *self,
                           RtDocument  *document)
{
  g_return_if_fail (RT_IS_INSPECTOR (self));
  g_return_if_fail (document == NULL || RT_IS_DOCUMENT (document));

  if (!rt_widget_follow_document (self, &self->document, document,
                                  G_CALLBACK (document_changed_cb)))
    return;
  g_clear_pointer (&self->node_id, g_free);
  g_clear_pointer (&self->links_key, g_free);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

RtDocument *
rt_inspector_get_document (RtInspector *self)
{
  g_return_val_if_fail (RT_IS_INSPECTOR (self), NULL);
  return self->document;
}

void
rt_inspector_set_node_id (RtInspector *self,
                          const char  *node_id)
{
  g_return_if_fail (RT_IS_INSPECTOR (self));

  if (g_strcmp0 (self->node_id, node_id) == 0)
    return;
  if (self->document != NULL)
    rt_document_seal (self->document);
  g_free (self->node_id);
  self->node_id = g_strdup (node_id);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NODE_ID]);
}

const char *
rt_inspector_get_node_id (RtInspector *self)
{
  g_return_val_if_fail (RT_IS_INSPECTOR (self), NULL);
  return self->node_id;
}

void
rt_inspector_set_editor (RtInspector *self,
                         const char  *person_id)
{
  g_return_if_fail (RT_IS_INSPECTOR (self));

  if (person_id != NULL && *person_id == '\0')
    person_id = NULL;
  if (g_strcmp0 (self->editor, person_id) == 0)
    return;
  g_free (self->editor);
  self->editor = g_strdup (person_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITOR]);
}

GtkTextBuffer *
rt_inspector_get_text_buffer (RtInspector *self)
{
  g_return_val_if_fail (RT_IS_INSPECTOR (self), NULL);
  return self->text;
}

GtkTextBuffer *
rt_inspector_get_details_buffer (RtInspector *self)
{
  g_return_val_if_fail (RT_IS_INSPECTOR (self), NULL);
  return self->details;
}

void
rt_inspector_set_show_stances (RtInspector *self,
                               gboolean     show)
{
  g_return_if_fail (RT_IS_INSPECTOR (self));

  gtk_widget_set_visible (self->stances, show);
}

guint
rt_inspector_get_n_links (RtInspector *self)
{
  guint n = 0;

  g_return_val_if_fail (RT_IS_INSPECTOR (self), 0);

  rt_refresh_flush (&self->refresh);
  for (GtkWidget *row = gtk_widget_get_first_child (self->links); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n += GTK_IS_LIST_BOX_ROW (row);
  return n;
}

/* GObject. */

static void
rt_inspector_dispose (GObject *object)
{
  RtInspector *self = RT_INSPECTOR (object);

  rt_refresh_clear (&self->refresh);
  rt_widget_follow_document (self, &self->document, NULL, G_CALLBACK (document_changed_cb));
  g_clear_pointer (&self->scrolled, gtk_widget_unparent);

  G_OBJECT_CLASS (rt_inspector_parent_class)->dispose (object);
}

static void
rt_inspector_finalize (GObject *object)
{
  RtInspector *self = RT_INSPECTOR (object);

  g_free (self->node_id);
  g_free (self->editor);
  g_free (self->links_key);

  G_OBJECT_CLASS (rt_inspector_parent_class)->finalize (object);
}

static void
rt_inspector_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  RtInspector *self = RT_INSPECTOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_NODE_ID:
      g_value_set_string (value, self->node_id);
      break;
    case PROP_EDITOR:
      g_value_set_string (value, self->editor);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_inspector_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  RtInspector *self = RT_INSPECTOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      rt_inspector_set_document (self, g_value_get_object (value));
      break;
    case PROP_NODE_ID:
      rt_inspector_set_node_id (self, g_value_get_string (value));
      break;
    case PROP_EDITOR:
      rt_inspector_set_editor (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_inspector_class_init (RtInspectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = rt_inspector_dispose;
  object_class->finalize = rt_inspector_finalize;
  object_class->get_property = rt_inspector_get_property;
  object_class->set_property = rt_inspector_set_property;

  properties[PROP_DOCUMENT] = g_param_spec_object ("document", NULL, NULL, RT_TYPE_DOCUMENT, rw);
  properties[PROP_NODE_ID] = g_param_spec_string ("node-id", NULL, NULL, NULL, rw);
  properties[PROP_EDITOR] = g_param_spec_string ("editor", NULL, NULL, NULL, rw);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[NODE_ACTIVATED] =
    g_signal_new ("node-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/rt-inspector.ui");
  gtk_widget_class_bind_template_child (widget_class, RtInspector, scrolled);
  gtk_widget_class_bind_template_child (widget_class, RtInspector, empty);
  gtk_widget_class_bind_template_child (widget_class, RtInspector, content);
  gtk_widget_class_bind_template_child (widget_class, RtInspector, kind);
  gtk_widget_class_bind_template_child (widget_class, RtInspector, text);
  gtk_widget_class_bind_template_child (widget_class, RtInspector, details);
  gtk_widget_class_bind_template_child (widget_class, RtInspector, times);
  gtk_widget_class_bind_template_child (widget_class, RtInspector, links);
  gtk_widget_class_bind_template_child (widget_class, RtInspector, no_links);
  gtk_widget_class_bind_template_child (widget_class, RtInspector, stances);
  gtk_widget_class_bind_template_callback (widget_class, text_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, details_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, focus_leave_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rt-inspector");
}

static void
rt_inspector_init (RtInspector *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  g_type_ensure (RT_TYPE_STANCE_EDITOR);
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint k = 0; k < RT_N_NODE_KINDS; k++)
    gtk_string_list_append (kinds, rt_node_kind_get_label (k));
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->kind), G_LIST_MODEL (kinds));
  rt_refresh_init (&self->refresh, GTK_WIDGET (self), refresh_cb);
  update (self);
}
