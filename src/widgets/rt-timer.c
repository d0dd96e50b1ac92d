/* rt-timer.c: a countdown for a timeboxed step of a workshop
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-timer.h"

/* How long the finished time pulses before it stays lit. */
#define PULSE_SECONDS 20

struct _RtTimer
{
  GtkWidget  parent_instance;

  GtkWidget *button;      /* child: GtkMenuButton */
  GtkWidget *icon;
  GtkWidget *label;
  GtkWidget *spin;
  GtkWidget *start_button;
  GtkWidget *reset_button;

  guint      duration;
  guint      remaining;
  gint64     end_time;    /* monotonic µs while running */
  gboolean   running;
  gboolean   finished;
  char      *text;
  guint      tick_id;
  guint      pulse_id;
};

G_DEFINE_FINAL_TYPE (RtTimer, rt_timer, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DURATION,
  PROP_REMAINING,
  PROP_RUNNING,
  PROP_FINISHED,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const guint presets[] = { 1, 2, 5, 10 };

char *
rt_timer_format (guint seconds)
{
  if (seconds >= 3600)
    return g_strdup_printf ("%u:%02u:%02u", seconds / 3600, seconds / 60 % 60, seconds % 60);
  return g_strdup_printf ("%u:%02u", seconds / 60, seconds % 60);
}

static void
update (RtTimer *self)
{
  g_autofree char *text = self->duration > 0 ? rt_timer_format (self->remaining) : g_strdup ("");

  gtk_label_set_text (GTK_LABEL (self->label), text);
  gtk_widget_set_visible (self->label, self->duration > 0);
  gtk_widget_set_visible (self->icon, self->duration == 0);
  if (g_strcmp0 (text, self->text) != 0)
    {
      g_free (self->text);
      self->text = g_steal_pointer (&text);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
    }

  if (self->finished)
    gtk_widget_add_css_class (self->label, "rt-timer-done");
  else
    gtk_widget_remove_css_class (self->label, "rt-timer-done");
  if (self->pulse_id != 0)
    gtk_widget_add_css_class (self->label, "rt-timer-pulse");
  else
    gtk_widget_remove_css_class (self->label, "rt-timer-pulse");
  if (self->running)
    gtk_widget_add_css_class (self->label, "rt-timer-running");
  else
    gtk_widget_remove_css_class (self->label, "rt-timer-running");

  gtk_button_set_label (GTK_BUTTON (self->start_button),
                        self->running ? _("_Pause")
                                      : self->remaining > 0 ? _("_Resume") : _("_Start"));
  gtk_widget_set_sensitive (self->start_button, self->running || self->remaining > 0 ||
                                                self->duration == 0);
  gtk_widget_set_sensitive (self->reset_button, self->duration > 0);
  gtk_widget_set_tooltip_text (self->button, self->duration > 0
                                               ? _("Time left for this step")
                                               : _("Timer for a timeboxed step"));
}

static void
set_running (RtTimer  *self,
             gboolean  running)
{
  if (self->running == running)
    return;
  self->running = running;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

static void
set_finished (RtTimer  *self,
              gboolean  finished)
{
  if (self->finished == finished)
    return;
  self->finished = finished;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FINISHED]);
}

static void
set_remaining (RtTimer *self,
               guint    remaining)
{
  if (self->remaining == remaining)
    return;
  self->remaining = remaining;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMAINING]);
}

static gboolean
pulse_done_cb (gpointer user_data)
{
  RtTimer *self = user_data;

  self->pulse_id = 0;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FINISHED]);
  return G_SOURCE_REMOVE;
}

static gboolean
tick_cb (gpointer user_data)
{
  RtTimer *self = user_data;
  gint64 left = self->end_time - g_get_monotonic_time ();

  if (left <= 0)
    {
      self->tick_id = 0;
      set_remaining (self, 0);
      set_running (self, FALSE);
      set_finished (self, TRUE);
      g_clear_handle_id (&self->pulse_id, g_source_remove);
      self->pulse_id = g_timeout_add_seconds (PULSE_SECONDS, pulse_done_cb, self);
      update (self);
      return G_SOURCE_REMOVE;
    }
  /* Shown rounded up: "0:01" until the very end. */
  set_remaining (self, (guint) ((left + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC));
  update (self);
  return G_SOURCE_CONTINUE;
}

static void
run (RtTimer *self)
{
  g_clear_handle_id (&self->tick_id, g_source_remove);
  self->end_time = g_get_monotonic_time () + (gint64) self->remaining * G_USEC_PER_SEC;
  self->tick_id = g_timeout_add (200, tick_cb, self);
  set_running (self, TRUE);
}

void
rt_timer_start (RtTimer *self,
                guint    seconds)
{
  g_return_if_fail (RT_IS_TIMER (self));
  g_return_if_fail (seconds > 0);

  g_object_freeze_notify (G_OBJECT (self));
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  if (self->duration != seconds)
    {
      self->duration = seconds;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DURATION]);
    }
  set_remaining (self, seconds);
  set_finished (self, FALSE);
  run (self);
  update (self);
  g_object_thaw_notify (G_OBJECT (self));
}

void
rt_timer_pause (RtTimer *self)
{
  gint64 left;

  g_return_if_fail (RT_IS_TIMER (self));

  if (!self->running)
    return;
  left = self->end_time - g_get_monotonic_time ();
  g_clear_handle_id (&self->tick_id, g_source_remove);
  set_remaining (self, (guint) MAX ((left + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC, 0));
  set_running (self, FALSE);
  update (self);
}

void
rt_timer_resume (RtTimer *self)
{
  g_return_if_fail (RT_IS_TIMER (self));

  if (self->running || self->remaining == 0)
    return;
  run (self);
  update (self);
}

void
rt_timer_reset (RtTimer *self)
{
  g_return_if_fail (RT_IS_TIMER (self));

  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  set_running (self, FALSE);
  set_finished (self, FALSE);
  set_remaining (self, self->duration);
  update (self);
}

guint
rt_timer_get_duration (RtTimer *self)
{
  g_return_val_if_fail (RT_IS_TIMER (self), 0);
  return self->duration;
}

guint
rt_timer_get_remaining (RtTimer *self)
{
  g_return_val_if_fail (RT_IS_TIMER (self), 0);
  return self->remaining;
}

gboolean
rt_timer_get_running (RtTimer *self)
{
  g_return_val_if_fail (RT_IS_TIMER (self), FALSE);
  return self->running;
}

gboolean
rt_timer_get_finished (RtTimer *self)
{
  g_return_val_if_fail (RT_IS_TIMER (self), FALSE);
  return self->finished;
}

gboolean
rt_timer_get_pulsing (RtTimer *self)
{
  g_return_val_if_fail (RT_IS_TIMER (self), FALSE);
  return self->pulse_id != 0;
}

const char *
rt_timer_get_text (RtTimer *self)
{
  g_return_val_if_fail (RT_IS_TIMER (self), NULL);
  return self->text;
}

/* The popover. */

static void
preset_clicked_cb (GtkButton *button,
                   RtTimer   *self)
{
  guint minutes = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "rt-minutes"));

  rt_timer_start (self, minutes * 60);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->button));
}

static void
custom_clicked_cb (RtTimer *self)
{
  int minutes = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->spin));

  rt_timer_start (self, (guint) MAX (minutes, 1) * 60);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->button));
}

static void
start_clicked_cb (RtTimer *self)
{
  if (self->running)
    rt_timer_pause (self);
  else if (self->remaining > 0)
    rt_timer_resume (self);
  else
    custom_clicked_cb (self);
}

static void
reset_clicked_cb (RtTimer *self)
{
  rt_timer_reset (self);
}

static GtkWidget *
build_popover (RtTimer *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *custom = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *controls = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label;

  label = gtk_label_new (_("Timebox"));
  gtk_widget_add_css_class (label, "heading");
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_box_append (GTK_BOX (box), label);

  gtk_box_set_homogeneous (GTK_BOX (row), TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (presets); i++)
    {
      /* Translators: a preset of the timer, in minutes. */
      g_autofree char *text = g_strdup_printf (_("%u min"), presets[i]);
      GtkWidget *button = gtk_button_new_with_label (text);

      g_object_set_data (G_OBJECT (button), "rt-minutes", GUINT_TO_POINTER (presets[i]));
      g_signal_connect (button, "clicked", G_CALLBACK (preset_clicked_cb), self);
      gtk_box_append (GTK_BOX (row), button);
    }
  gtk_box_append (GTK_BOX (box), row);

  self->spin = gtk_spin_button_new_with_range (1, 180, 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->spin), 15);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Minutes"), -1);
  gtk_widget_set_hexpand (self->spin, TRUE);
  gtk_box_append (GTK_BOX (custom), self->spin);
  /* Start below runs these minutes: one button starts a timer that is not
   * a preset, where two start buttons made one guess which does what. */
  label = gtk_label_new (_("minutes"));
  gtk_box_append (GTK_BOX (custom), label);
  gtk_box_append (GTK_BOX (box), custom);

  gtk_box_set_homogeneous (GTK_BOX (controls), TRUE);
  self->start_button = gtk_button_new_with_mnemonic (_("_Start"));
  gtk_widget_add_css_class (self->start_button, "suggested-action");
  g_signal_connect_swapped (self->start_button, "clicked", G_CALLBACK (start_clicked_cb), self);
  gtk_box_append (GTK_BOX (controls), self->start_button);
  self->reset_button = gtk_button_new_with_mnemonic (_("_Reset"));
  g_signal_connect_swapped (self->reset_button, "clicked", G_CALLBACK (reset_clicked_cb), self);
  gtk_box_append (GTK_BOX (controls), self->reset_button);
  gtk_box_append (GTK_BOX (box), controls);

  gtk_popover_set_child (GTK_POPOVER (popover), box);
  return popover;
}

/* GObject. */

GtkWidget *
rt_timer_new (void)
{
  return g_object_new (RT_TYPE_TIMER, NULL);
}

static void
rt_timer_dispose (GObject *object)
{
  RtTimer *self = RT_TIMER (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  g_clear_pointer (&self->button, gtk_widget_unparent);

  G_OBJECT_CLASS (rt_timer_parent_class)->dispose (object);
}

static void
rt_timer_finalize (GObject *object)
{
  g_free (RT_TIMER (object)->text);

  G_OBJECT_CLASS (rt_timer_parent_class)->finalize (object);
}

static void
rt_timer_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  RtTimer *self = RT_TIMER (object);

  switch (prop_id)
    {
    case PROP_DURATION:
      g_value_set_uint (value, self->duration);
      break;
    case PROP_REMAINING:
      g_value_set_uint (value, self->remaining);
      break;
    case PROP_RUNNING:
      g_value_set_boolean (value, self->running);
      break;
    case PROP_FINISHED:
      g_value_set_boolean (value, self->finished);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_timer_class_init (RtTimerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = rt_timer_dispose;
  object_class->finalize = rt_timer_finalize;
  object_class->get_property = rt_timer_get_property;

  properties[PROP_DURATION] = g_param_spec_uint ("duration", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_REMAINING] = g_param_spec_uint ("remaining", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_RUNNING] = g_param_spec_boolean ("running", NULL, NULL, FALSE, ro);
  properties[PROP_FINISHED] = g_param_spec_boolean ("finished", NULL, NULL, FALSE, ro);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "", ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
rt_timer_init (RtTimer *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->text = g_strdup ("");
  self->icon = gtk_image_new_from_icon_name ("alarm-symbolic");
  self->label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->label, "rt-timer-label");
  gtk_widget_add_css_class (self->label, "numeric");
  gtk_box_append (GTK_BOX (box), self->icon);
  gtk_box_append (GTK_BOX (box), self->label);

  self->button = gtk_menu_button_new ();
  gtk_menu_button_set_child (GTK_MENU_BUTTON (self->button), box);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->button), build_popover (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Timer"), -1);
  gtk_widget_set_parent (self->button, GTK_WIDGET (self));
  update (self);
}
