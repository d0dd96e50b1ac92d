/* rt-timeline.c: replaying how a map grew
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rt-filter.h"
#include "rt-timeline.h"

/* Time between steps while playing. */
#define PLAY_INTERVAL_MS 900

struct _RtTimeline
{
  GtkWidget   parent_instance;

  GtkWidget  *box;          /* child */
  GtkWidget  *play;
  GtkWidget  *scale;
  GtkWidget  *caption;

  RtDocument *document;     /* owned reference */
  gulong      changed_id;
  guint       step;
  guint       n_steps;
  guint       play_id;
  gboolean    setting;
  /* Owned array of borrowed nodes in creation order: made when a step
   * before the last is described, dropped on every change of the map. */
  GPtrArray  *order;
  /* The caption waits while the timeline is hidden: every drag step
   * changes the map, and describing it costs a pass over all nodes. */
  gboolean    caption_stale;
};

G_DEFINE_FINAL_TYPE (RtTimeline, rt_timeline, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_STEP,
  PROP_N_STEPS,
  PROP_PLAYING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The node added last: the end of rt_nodes_in_creation_order(), without
 * sorting the map. */
static const RtNode *
last_created (RtDocument *doc)
{
  guint n = rt_document_get_n_nodes (doc);
  const RtNode *last = NULL;

  for (guint i = 0; i < n; i++)
    {
      const RtNode *node = rt_document_get_node (doc, i);

      if (last == NULL || node->created >= last->created)
        last = node;
    }
  return last;
}

static const RtNode *
node_at_step (RtTimeline *self)
{
  if (self->step == self->n_steps)
    return last_created (self->document);
  if (self->order == NULL)
    self->order = rt_nodes_in_creation_order (self->document);
  return g_ptr_array_index (self->order, self->step - 1);
}

static char *
describe_step (RtTimeline *self)
{
  const RtNode *node;
  const RtPerson *author;
  g_autofree char *when = NULL;
  g_autofree char *what = NULL;

  if (self->document == NULL || self->n_steps == 0)
    return g_strdup (_("Nothing has been added to this map yet"));
  if (self->step == 0)
    /* Translators: the timeline before its first step. */
    return g_strdup_printf (_("Step 0 of %u — before anything was added"), self->n_steps);

  node = node_at_step (self);
  author = node->by != NULL ? rt_document_lookup_person (self->document, node->by) : NULL;
  if (node->created != RT_TIME_NONE)
    {
      g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (node->created);

      when = time != NULL ? g_date_time_format (time, "%H:%M") : NULL;
    }

  if (author != NULL && when != NULL)
    /* Translators: the text of a node, who contributed it and when (18:05). */
    what = g_strdup_printf (_("“%s” by %s, %s"), node->text, author->name, when);
  else if (author != NULL)
    what = g_strdup_printf (_("“%s” by %s"), node->text, author->name);
  else if (when != NULL)
    what = g_strdup_printf (_("“%s”, %s"), node->text, when);
  else
    what = g_strdup_printf (_("“%s”"), node->text);
  /* Translators: "Step 3 of 12 — “A monthly rota” by Chen Wei, 18:05". */
  return g_strdup_printf (_("Step %u of %u — %s"), self->step, self->n_steps, what);
}

static void
update_caption (RtTimeline *self)
{
  g_autofree char *caption = describe_step (self);

  gtk_label_set_text (GTK_LABEL (self->caption), caption);
  self->caption_stale = FALSE;
}

static void
update (RtTimeline *self)
{
  self->setting = TRUE;
  gtk_range_set_range (GTK_RANGE (self->scale), 0, MAX (self->n_steps, 1));
  gtk_range_set_value (GTK_RANGE (self->scale), self->step);
  self->setting = FALSE;
  gtk_widget_set_sensitive (self->scale, self->n_steps > 0);
  gtk_widget_set_sensitive (self->play, self->n_steps > 0);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    update_caption (self);
  else
    self->caption_stale = TRUE;
  gtk_button_set_icon_name (GTK_BUTTON (self->play), self->play_id != 0
                                                     ? "media-playback-pause-symbolic"
                                                     : "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (self->play, self->play_id != 0 ? _("Pause") : _("Play"));
}

void
rt_timeline_set_step (RtTimeline *self,
                      guint       step)
{
  g_return_if_fail (RT_IS_TIMELINE (self));

  step = MIN (step, self->n_steps);
  if (self->step == step)
    return;
  self->step = step;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
}

guint
rt_timeline_get_step (RtTimeline *self)
{
  g_return_val_if_fail (RT_IS_TIMELINE (self), 0);
  return self->step;
}

guint
rt_timeline_get_n_steps (RtTimeline *self)
{
  g_return_val_if_fail (RT_IS_TIMELINE (self), 0);
  return self->n_steps;
}

const char *
rt_timeline_get_caption (RtTimeline *self)
{
  g_return_val_if_fail (RT_IS_TIMELINE (self), NULL);

  if (self->caption_stale)
    update_caption (self);
  return gtk_label_get_text (GTK_LABEL (self->caption));
}

static gboolean
play_tick_cb (gpointer user_data)
{
  RtTimeline *self = user_data;

  if (self->step >= self->n_steps)
    {
      self->play_id = 0;
      update (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
      return G_SOURCE_REMOVE;
    }
  rt_timeline_set_step (self, self->step + 1);
  return G_SOURCE_CONTINUE;
}

void
rt_timeline_set_playing (RtTimeline *self,
                         gboolean    playing)
{
  g_return_if_fail (RT_IS_TIMELINE (self));

  if ((self->play_id != 0) == !!playing)
    return;
  if (playing)
    {
      if (self->n_steps == 0)
        return;
      /* From the start when played at the end. */
      if (self->step >= self->n_steps)
        rt_timeline_set_step (self, 0);
      self->play_id = g_timeout_add (PLAY_INTERVAL_MS, play_tick_cb, self);
    }
  else
    g_clear_handle_id (&self->play_id, g_source_remove);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
}

gboolean
rt_timeline_get_playing (RtTimeline *self)
{
  g_return_val_if_fail (RT_IS_TIMELINE (self), FALSE);
  return self->play_id != 0;
}

static void
document_changed_cb (RtTimeline *self)
{
  guint n = self->document != NULL ? rt_document_get_n_nodes (self->document) : 0;
  gboolean at_end = self->step >= self->n_steps;

  g_clear_pointer (&self->order, g_ptr_array_unref);
  g_object_freeze_notify (G_OBJECT (self));
  if (n != self->n_steps)
    {
      self->n_steps = n;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_STEPS]);
    }
  if (at_end || self->step > n)
    {
      if (self->step != n)
        {
          self->step = n;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
        }
    }
  update (self);
  g_object_thaw_notify (G_OBJECT (self));
}

void
rt_timeline_set_document (RtTimeline *self,
                          RtDocument *document)
{
  g_return_if_fail (RT_IS_TIMELINE (self));
  g_return_if_fail (document == NULL || RT_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  rt_timeline_set_playing (self, FALSE);
  if (self->document != NULL)
    g_clear_signal_handler (&self->changed_id, self->document);
  g_set_object (&self->document, document);
  if (document != NULL)
    self->changed_id = g_signal_connect_swapped (document, "changed",
                                                 G_CALLBACK (document_changed_cb), self);
  /* A new map is shown whole. */
  self->step = G_MAXUINT;
  document_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

RtDocument *
rt_timeline_get_document (RtTimeline *self)
{
  g_return_val_if_fail (RT_IS_TIMELINE (self), NULL);
  return self->document;
}

static void
value_changed_cb (RtTimeline *self)
{
  if (!self->setting)
    rt_timeline_set_step (self, (guint) (gtk_range_get_value (GTK_RANGE (self->scale)) + 0.5));
}

static void
play_clicked_cb (RtTimeline *self)
{
  rt_timeline_set_playing (self, self->play_id == 0);
}

GtkWidget *
rt_timeline_new (void)
{
  return g_object_new (RT_TYPE_TIMELINE, NULL);
}

static void
rt_timeline_map (GtkWidget *widget)
{
  RtTimeline *self = RT_TIMELINE (widget);

  GTK_WIDGET_CLASS (rt_timeline_parent_class)->map (widget);
  if (self->caption_stale)
    update_caption (self);
}

static void
rt_timeline_dispose (GObject *object)
{
  RtTimeline *self = RT_TIMELINE (object);

  g_clear_handle_id (&self->play_id, g_source_remove);
  if (self->document != NULL)
    g_clear_signal_handler (&self->changed_id, self->document);
  g_clear_pointer (&self->order, g_ptr_array_unref);
  g_clear_object (&self->document);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (rt_timeline_parent_class)->dispose (object);
}

static void
rt_timeline_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  RtTimeline *self = RT_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_STEP:
      g_value_set_uint (value, self->step);
      break;
    case PROP_N_STEPS:
      g_value_set_uint (value, self->n_steps);
      break;
    case PROP_PLAYING:
      g_value_set_boolean (value, self->play_id != 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_timeline_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  RtTimeline *self = RT_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      rt_timeline_set_document (self, g_value_get_object (value));
      break;
    case PROP_STEP:
      rt_timeline_set_step (self, g_value_get_uint (value));
      break;
    case PROP_PLAYING:
      rt_timeline_set_playing (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_timeline_class_init (RtTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = rt_timeline_dispose;
  object_class->get_property = rt_timeline_get_property;
  object_class->set_property = rt_timeline_set_property;
  widget_class->map = rt_timeline_map;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, RT_TYPE_DOCUMENT, rw);
  properties[PROP_STEP] = g_param_spec_uint ("step", NULL, NULL, 0, G_MAXUINT, 0, rw);
  properties[PROP_N_STEPS] =
    g_param_spec_uint ("n-steps", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAYING] = g_param_spec_boolean ("playing", NULL, NULL, FALSE, rw);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rt-timeline");
}

static void
rt_timeline_init (RtTimeline *self)
{
  GtkWidget *lines = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_start (self->box, 12);
  gtk_widget_set_margin_end (self->box, 12);
  gtk_widget_set_margin_top (self->box, 6);
  gtk_widget_set_margin_bottom (self->box, 6);

  self->play = gtk_button_new_from_icon_name ("media-playback-start-symbolic");
  gtk_widget_add_css_class (self->play, "circular");
  gtk_widget_set_valign (self->play, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (self->play, "clicked", G_CALLBACK (play_clicked_cb), self);
  gtk_box_append (GTK_BOX (self->box), self->play);

  self->caption = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->caption), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (self->caption), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (self->caption, "rt-timeline-caption");
  self->scale = gtk_scale_new_with_range (GTK_ORIENTATION_HORIZONTAL, 0, 1, 1);
  gtk_scale_set_draw_value (GTK_SCALE (self->scale), FALSE);
  gtk_range_set_increments (GTK_RANGE (self->scale), 1, 5);
  gtk_range_set_round_digits (GTK_RANGE (self->scale), 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->scale), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("History step"), -1);
  g_signal_connect_swapped (self->scale, "value-changed", G_CALLBACK (value_changed_cb), self);
  gtk_box_append (GTK_BOX (lines), self->caption);
  gtk_box_append (GTK_BOX (lines), self->scale);
  gtk_widget_set_hexpand (lines, TRUE);
  gtk_box_append (GTK_BOX (self->box), lines);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  update (self);
}
