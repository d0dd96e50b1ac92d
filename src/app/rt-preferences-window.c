/* rt-preferences-window.c: the preferences of Roundtable
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-app"

#include "config.h"

#include "rt-preferences-window.h"

struct _RtPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  GtkAdjustment *autosave_delay_adjustment;
  GtkSwitch     *keep_backup_switch;
  GtkAdjustment *text_scale_adjustment;
  GtkAdjustment *presentation_text_scale_adjustment;

  GSettings     *settings;
};

G_DEFINE_FINAL_TYPE (RtPreferencesWindow, rt_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

RtPreferencesWindow *
rt_preferences_window_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (RT_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
}

static void
rt_preferences_window_dispose (GObject *object)
{
  RtPreferencesWindow *self = RT_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rt_preferences_window_parent_class)->dispose (object);
}

static void
rt_preferences_window_class_init (RtPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/rt-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RtPreferencesWindow,
                                        autosave_delay_adjustment);
  gtk_widget_class_bind_template_child (widget_class, RtPreferencesWindow, keep_backup_switch);
  gtk_widget_class_bind_template_child (widget_class, RtPreferencesWindow,
                                        text_scale_adjustment);
  gtk_widget_class_bind_template_child (widget_class, RtPreferencesWindow,
                                        presentation_text_scale_adjustment);
}

static void
rt_preferences_window_init (RtPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "autosave-delay",
                   self->autosave_delay_adjustment, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "keep-backup",
                   self->keep_backup_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "text-scale",
                   self->text_scale_adjustment, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "presentation-text-scale",
                   self->presentation_text_scale_adjustment, "value", G_SETTINGS_BIND_DEFAULT);
}
