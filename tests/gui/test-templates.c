/* test-templates.c: every template and the shortcuts window load, and the
 * shortcuts window lists every accelerator the application sets
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "app/rt-application.h"
#include "app/rt-preferences-window.h"
#include "app/rt-window.h"

static void
test_window_template (void)
{
  RtWindow *window = rt_window_new (NULL);

  g_assert_true (RT_IS_WINDOW (window));
  g_assert_true (rt_window_is_empty (window));
  g_assert_null (rt_window_get_file (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Roundtable");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_preferences_template (void)
{
  RtPreferencesWindow *window = rt_preferences_window_new (NULL);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_assert_true (RT_IS_PREFERENCES_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));

  /* The bindings hold: a change of the setting shows in the window. */
  g_settings_set_boolean (settings, "keep-backup", TRUE);
  {
    GtkWidget *child = GTK_WIDGET (window);
    GtkSwitch *found = NULL;
    GSList *stack = g_slist_prepend (NULL, child);

    while (stack != NULL && found == NULL)
      {
        GtkWidget *widget = stack->data;

        stack = g_slist_delete_link (stack, stack);
        if (GTK_IS_SWITCH (widget))
          found = GTK_SWITCH (widget);
        for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
             c = gtk_widget_get_next_sibling (c))
          stack = g_slist_prepend (stack, c);
      }
    g_slist_free (stack);
    g_assert_nonnull (found);
    g_assert_true (gtk_switch_get_active (found));
    gtk_switch_set_active (found, FALSE);
    g_assert_false (g_settings_get_boolean (settings, "keep-backup"));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static GPtrArray *
load_overlay_accels (void)
{
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GSList) objects = NULL;
  GPtrArray *accels = g_ptr_array_new_with_free_func (g_free);
  GObject *overlay;

  builder = gtk_builder_new ();
  g_assert_true (gtk_builder_add_from_resource (builder, RESOURCE_BASE "/gtk/help-overlay.ui",
                                                &error));
  g_assert_no_error (error);
  overlay = gtk_builder_get_object (builder, "help_overlay");
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));

  objects = gtk_builder_get_objects (builder);
  for (GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *accelerator = NULL;
      guint key;
      GdkModifierType mods;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      g_object_get (l->data, "accelerator", &accelerator, NULL);
      /* Keys of the canvas ("a...z", several per entry) are not
       * application accelerators; only single ones are compared. */
      if (accelerator != NULL && gtk_accelerator_parse (accelerator, &key, &mods))
        g_ptr_array_add (accels, gtk_accelerator_name (key, mods));
    }

  gtk_window_destroy (GTK_WINDOW (overlay));
  return accels;
}

static gboolean
str_in_array (GPtrArray  *array,
              const char *s)
{
  return g_ptr_array_find_with_equal_func (array, s, g_str_equal, NULL);
}

/* The shortcuts window tells the whole truth: every accelerator the
 * application sets is in it. */
static void
test_help_overlay_complete (void)
{
  g_autoptr(RtApplication) app = rt_application_new ();
  g_autoptr(GPtrArray) shown = NULL;
  g_autoptr(GPtrArray) set = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) actions = NULL;

  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  actions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  g_assert_nonnull (actions);
  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                    actions[i]);

      for (guint j = 0; accels[j] != NULL; j++)
        {
          guint key;
          GdkModifierType mods;

          g_assert_true (gtk_accelerator_parse (accels[j], &key, &mods));
          g_ptr_array_add (set, gtk_accelerator_name (key, mods));
        }
    }
  /* The ones this test expects at least, so that an empty list fails. */
  g_assert_true (str_in_array (set, "<Control>s"));
  g_assert_true (str_in_array (set, "<Control>z"));

  shown = load_overlay_accels ();
  for (guint i = 0; i < set->len; i++)
    {
      const char *accel = g_ptr_array_index (set, i);

      /* GtkApplication sets both <Control>question and <Control>? for the
       * shortcuts window; the window shows one. */
      if (g_str_equal (accel, "<Control>slash"))
        continue;
      if (!str_in_array (shown, accel))
        g_error ("%s is set but not in the shortcuts window", accel);
    }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/templates/window", test_window_template);
  g_test_add_func ("/templates/preferences", test_preferences_template);
  g_test_add_func ("/templates/help-overlay-complete", test_help_overlay_complete);

  return g_test_run ();
}
