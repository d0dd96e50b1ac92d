/* rt-window-present.c: presentation mode and go-rounds of a window
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-app"

#include "config.h"

#include <glib/gi18n.h>

#include "render/rt-node-style.h"
#include "rt-window-private.h"
#include "rt-window-workshop-private.h"

/* Node text on the projector is at least this high, in pixels. */
#define PRESENTATION_MIN_TEXT_PX 28.0

/* A contribution counts for the round when it was captured just now (not
 * brought back by undo). */
#define CAPTURE_WINDOW_SECONDS 10

/* The corner: who speaks and the time left. */

void
rt_window_present_update_corner (RtWindow *self)
{
  RtWindowWorkshop *w = rt_window_workshop_get (self);
  const char *speaker = rt_canvas_get_speaker (w->canvas);
  const RtPerson *person = speaker != NULL && w->document != NULL
                             ? rt_document_lookup_person (w->document, speaker) : NULL;
  GtkWidget *time = GTK_WIDGET (w->corner_time);

  if (w->corner == NULL)
    return;
  gtk_widget_set_visible (GTK_WIDGET (w->corner_chip), person != NULL);
  gtk_widget_set_visible (GTK_WIDGET (w->corner_speaker), person != NULL);
  if (person != NULL)
    {
      rt_person_chip_set_color (w->corner_chip, person->color);
      gtk_label_set_text (w->corner_speaker, person->name);
    }

  gtk_label_set_text (w->corner_time, rt_timer_get_text (w->timer));
  gtk_widget_set_visible (time, rt_timer_get_duration (w->timer) > 0);
  if (rt_timer_get_finished (w->timer))
    gtk_widget_add_css_class (time, "rt-timer-done");
  else
    gtk_widget_remove_css_class (time, "rt-timer-done");
  if (rt_timer_get_pulsing (w->timer))
    gtk_widget_add_css_class (time, "rt-timer-pulse");
  else
    gtk_widget_remove_css_class (time, "rt-timer-pulse");

  gtk_widget_set_visible (w->corner, w->presenting &&
                                     (person != NULL || rt_timer_get_duration (w->timer) > 0));
}

/* Chrome. */

static void
hide_widget (RtWindowWorkshop *w,
             GtkWidget        *widget)
{
  if (widget == NULL || !gtk_widget_get_visible (widget))
    return;
  gtk_widget_set_visible (widget, FALSE);
  g_ptr_array_add (w->hidden, g_object_ref (widget));
}

/* Hides everything around the view being shown, up to the window: header
 * bar, banners, side panels, search and timeline, whatever holds them. */
static void
hide_chrome (RtWindow         *self,
             RtWindowWorkshop *w)
{
  const char *view = adw_view_stack_get_visible_child_name (w->views);
  GtkWidget *child = g_strcmp0 (view, "map") == 0 ? GTK_WIDGET (w->canvas)
                                                   : adw_view_stack_get_visible_child (w->views);

  for (GtkWidget *parent = gtk_widget_get_parent (child);
       child != NULL && parent != NULL && child != GTK_WIDGET (self);
       child = parent, parent = gtk_widget_get_parent (parent))
    {
      if (ADW_IS_FLAP (parent))
        {
          hide_widget (w, adw_flap_get_flap (ADW_FLAP (parent)));
          hide_widget (w, adw_flap_get_separator (ADW_FLAP (parent)));
        }
      else if (GTK_IS_BOX (parent) || GTK_IS_PANED (parent))
        {
          for (GtkWidget *sibling = gtk_widget_get_first_child (parent); sibling != NULL;
               sibling = gtk_widget_get_next_sibling (sibling))
            if (sibling != child)
              hide_widget (w, sibling);
        }
    }
}

static void
show_chrome (RtWindowWorkshop *w)
{
  for (guint i = 0; i < w->hidden->len; i++)
    gtk_widget_set_visible (g_ptr_array_index (w->hidden, i), TRUE);
  g_ptr_array_set_size (w->hidden, 0);
}

/* Presenting magnifies the map rather than its text alone, so that the
 * layout stays as it was arranged: presentation-text-scale 2 makes node
 * text 28 pixels high. */
static double
presentation_min_zoom (RtWindow *self)
{
  double scale = g_settings_get_double (rt_window_get_settings (self), "presentation-text-scale");

  return scale * (PRESENTATION_MIN_TEXT_PX / 2.0) /
         (RT_NODE_FONT_SIZE * rt_canvas_get_text_scale (rt_window_workshop_get (self)->canvas));
}

static void
apply_zoom (RtWindow *self)
{
  RtWindowWorkshop *w = rt_window_workshop_get (self);
  double min_zoom = presentation_min_zoom (self);

  if (rt_canvas_get_zoom (w->canvas) < min_zoom)
    rt_canvas_set_zoom (w->canvas, MIN (min_zoom, RT_CANVAS_MAX_ZOOM));
}

void
rt_window_present_set (RtWindow *self,
                       gboolean  presenting)
{
  RtWindowWorkshop *w = rt_window_workshop_get (self);
  presenting = presenting && rt_window_get_document (self) != NULL;
  if (w->presenting == presenting)
    return;
  w->presenting = presenting;
  rt_window_workshop_set_state (self, "presentation", g_variant_new_boolean (presenting));

  if (presenting)
    {
      const char *cursor = rt_canvas_get_cursor (w->canvas);
      const RtNode *node = cursor != NULL ? rt_document_lookup_node (w->document, cursor) : NULL;

      w->zoom_before = rt_canvas_get_zoom (w->canvas);
      w->was_fullscreen = FALSE;
      hide_chrome (self, w);
      /* The corner with the speaker and the time is at the top; the names
       * are read from across the room. */
      gtk_widget_set_valign (w->round_bar, GTK_ALIGN_END);
      gtk_widget_add_css_class (w->round_bar, "rt-presenting");
      rt_canvas_set_presentation (w->canvas, TRUE);
      apply_zoom (self);
      if (node != NULL && node->has_position)
        rt_canvas_center_on (w->canvas, node->x, node->y);
      gtk_window_fullscreen (GTK_WINDOW (self));
      rt_window_show_toast (self, _("Presentation mode: press Escape or F5 to leave"));
    }
  else
    {
      show_chrome (w);
      gtk_widget_set_valign (w->round_bar, GTK_ALIGN_START);
      gtk_widget_remove_css_class (w->round_bar, "rt-presenting");
      rt_canvas_set_presentation (w->canvas, FALSE);
      if (w->zoom_before > 0)
        rt_canvas_set_zoom (w->canvas, w->zoom_before);
      gtk_window_unfullscreen (GTK_WINDOW (self));
    }
  rt_window_present_update_corner (self);
}

/* The window manager took the window out of fullscreen: presenting ends
 * with it. */
static void
fullscreened_cb (RtWindow *self)
{
  RtWindowWorkshop *w = rt_window_workshop_get (self);
  gboolean fullscreen = gtk_window_is_fullscreen (GTK_WINDOW (self));

  if (!w->presenting)
    return;
  if (fullscreen)
    w->was_fullscreen = TRUE;
  else if (w->was_fullscreen)
    rt_window_present_set (self, FALSE);
}

static gboolean
key_pressed_cb (RtWindow              *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  RtWindowWorkshop *w = rt_window_workshop_get (self);

  /* Escape ends typing first, then a drag, then presentation mode. */
  if (keyval == GDK_KEY_Escape && w->presenting && !rt_canvas_get_editing (w->canvas))
    {
      if (!rt_canvas_cancel_drag (w->canvas))
        rt_window_present_set (self, FALSE);
      return TRUE;
    }
  return FALSE;
}

static void
scale_setting_cb (RtWindow *self)
{
  RtWindowWorkshop *w = rt_window_workshop_get (self);

  if (w->presenting)
    apply_zoom (self);
}

/* Rounds. */

static void
set_speaker (RtWindow   *self,
             const char *person_id)
{
  RtWindowWorkshop *w = rt_window_workshop_get (self);

  if (g_action_map_lookup_action (G_ACTION_MAP (self), "set-speaker") != NULL)
    g_action_group_change_action_state (G_ACTION_GROUP (self), "set-speaker",
                                        g_variant_new_string (person_id != NULL ? person_id : ""));
  else
    rt_canvas_set_speaker (w->canvas, person_id);
}

static const RtPerson *
next_present (RtDocument *doc,
              const char *after)
{
  guint n = rt_document_get_n_people (doc);
  int start = -1;

  for (guint i = 0; i < n && after != NULL; i++)
    if (g_str_equal (rt_document_get_person (doc, i)->id, after))
      start = i;
  for (guint k = 1; k <= n; k++)
    {
      const RtPerson *person = rt_document_get_person (doc, (guint) (start + (int) k) % n);

      if (person->present)
        return person;
    }
  return NULL;
}

static gboolean
everyone_spoke (RtWindowWorkshop *w)
{
  guint n = rt_document_get_n_people (w->document);

  for (guint i = 0; i < n; i++)
    {
      const RtPerson *person = rt_document_get_person (w->document, i);

      if (person->present && !g_hash_table_contains (w->spoken, person->id))
        return FALSE;
    }
  return TRUE;
}

void
rt_window_rounds_next_speaker (RtWindow *self,
                               gboolean  mark_spoken)
{
  RtWindowWorkshop *w = rt_window_workshop_get (self);
  const char *speaker = rt_canvas_get_speaker (w->canvas);
  const RtPerson *next;

  if (w->document == NULL)
    return;
  if (mark_spoken && speaker != NULL && w->round)
    g_hash_table_add (w->spoken, g_strdup (speaker));
  next = next_present (w->document, speaker);
  if (w->round && everyone_spoke (w))
    {
      g_hash_table_remove_all (w->spoken);
      rt_window_show_toast (self, _("Everyone has spoken: a new round begins"));
    }
  set_speaker (self, next != NULL ? next->id : NULL);
  rt_window_rounds_update_bar (self);
}

void
rt_window_rounds_set (RtWindow *self,
                      gboolean  round)
{
  RtWindowWorkshop *w = rt_window_workshop_get (self);

  round = round && w->document != NULL;
  rt_window_workshop_set_state (self, "round", g_variant_new_boolean (round));
  if (w->round == round)
    return;
  w->round = round;
  g_hash_table_remove_all (w->spoken);
  g_clear_pointer (&w->pending_author, g_free);
  if (round && rt_canvas_get_speaker (w->canvas) == NULL)
    {
      const RtPerson *first = next_present (w->document, NULL);

      if (first == NULL)
        rt_window_show_toast (self, _("Add the people taking part to go round them"));
      else
        set_speaker (self, first->id);
    }
  rt_window_rounds_update_bar (self);
}

static gboolean
advance_cb (gpointer user_data)
{
  RtWindow *self = user_data;
  RtWindowWorkshop *w = rt_window_workshop_get (self);
  g_autofree char *author = g_steal_pointer (&w->pending_author);

  w->advance_id = 0;
  if (w->round && g_strcmp0 (author, rt_canvas_get_speaker (w->canvas)) == 0)
    rt_window_rounds_next_speaker (self, TRUE);
  return G_SOURCE_REMOVE;
}

void
rt_window_rounds_node_added (RtWindow     *self,
                             const RtNode *node)
{
  RtWindowWorkshop *w = rt_window_workshop_get (self);
  const char *speaker = rt_canvas_get_speaker (w->canvas);

  if (!w->round || speaker == NULL || g_strcmp0 (node->by, speaker) != 0 ||
      node->created == RT_TIME_NONE || rt_time_now () - node->created > CAPTURE_WINDOW_SECONDS)
    return;
  /* After the capture's step is complete (its links and place). */
  g_free (w->pending_author);
  w->pending_author = g_strdup (node->by);
  if (w->advance_id == 0)
    w->advance_id = g_idle_add (advance_cb, self);
}

void
rt_window_rounds_document_changed (RtWindow *self)
{
  rt_window_rounds_update_bar (self);
}

void
rt_window_rounds_update_bar (RtWindow *self)
{
  RtWindowWorkshop *w = rt_window_workshop_get (self);
  const char *speaker = rt_canvas_get_speaker (w->canvas);
  GtkWidget *child;
  guint n;

  gtk_widget_set_visible (w->round_bar, w->round && w->document != NULL);
  if (!w->round || w->document == NULL)
    return;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (w->round_chips))) != NULL)
    gtk_flow_box_remove (w->round_chips, child);
  n = rt_document_get_n_people (w->document);
  for (guint i = 0; i < n; i++)
    {
      const RtPerson *person = rt_document_get_person (w->document, i);
      gboolean spoken;
      GtkWidget *chip;
      GtkWidget *label;
      g_autofree char *description = NULL;

      if (!person->present)
        continue;
      spoken = g_hash_table_contains (w->spoken, person->id);
      chip = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      label = gtk_label_new (person->name);
      gtk_widget_add_css_class (chip, "rt-round-chip");
      if (spoken)
        {
          gtk_widget_add_css_class (chip, "rt-spoken");
          gtk_box_append (GTK_BOX (chip), gtk_image_new_from_icon_name ("object-select-symbolic"));
          /* Translators: in the round bar, read by screen readers. */
          description = g_strdup_printf (_("%s has spoken"), person->name);
        }
      else
        {
          gtk_box_append (GTK_BOX (chip), rt_person_chip_new (person->color, NULL));
          description = g_strdup_printf (_("%s has not spoken yet"), person->name);
        }
      if (g_strcmp0 (speaker, person->id) == 0)
        {
          gtk_widget_add_css_class (chip, "rt-speaking");
          g_free (description);
          description = g_strdup_printf (_("%s is speaking"), person->name);
        }
      gtk_box_append (GTK_BOX (chip), label);
      gtk_widget_set_tooltip_text (chip, description);
      gtk_accessible_update_property (GTK_ACCESSIBLE (chip), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      description, -1);
      gtk_flow_box_append (w->round_chips, chip);
      gtk_widget_set_focusable (gtk_widget_get_parent (chip), FALSE);
    }
}

/* The overlay's "get-child-position" for the round bar. GtkOverlay sizes
 * a child by its natural size, which for a flow box is one chip wide: the
 * bar is as wide as all its chips in one line, or as the map where they
 * do not fit, and as high as its lines are at that width. */
gboolean
rt_window_rounds_place_bar (GtkOverlay   *overlay,
                            GtkWidget    *widget,
                            GdkRectangle *allocation,
                            RtWindow     *self)
{
  RtWindowWorkshop *w = rt_window_workshop_get (self);
  int overlay_width = gtk_widget_get_width (GTK_WIDGET (overlay));
  int overlay_height = gtk_widget_get_height (GTK_WIDGET (overlay));
  int bar_min, bar_nat, chips_min, chips_nat, one_line;
  int chips = 0, n_chips = 0;

  if (widget != w->round_bar)
    return FALSE;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &bar_min, &bar_nat, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (w->round_chips), GTK_ORIENTATION_HORIZONTAL, -1,
                      &chips_min, &chips_nat, NULL, NULL);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (w->round_chips));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, &child_nat,
                          NULL, NULL);
      chips += child_nat;
      n_chips++;
    }
  chips += MAX (n_chips - 1, 0) * (int) gtk_flow_box_get_column_spacing (w->round_chips);
  /* The bar around its chips, then with all of them in one line. */
  one_line = bar_min - chips_min + MAX (chips, chips_min);
  allocation->width = MAX (bar_min, MIN (one_line, overlay_width));
  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, allocation->width,
                      &allocation->height, NULL, NULL, NULL);
  allocation->x = MAX (0, (overlay_width - allocation->width) / 2);
  allocation->y = gtk_widget_get_valign (widget) == GTK_ALIGN_END
                    ? MAX (0, overlay_height - allocation->height) : 0;
  return TRUE;
}

static void
speaker_changed_cb (RtWindow *self)
{
  rt_window_rounds_update_bar (self);
  rt_window_present_update_corner (self);
}

/* Building. */

void
rt_window_present_init (RtWindow *self)
{
  RtWindowWorkshop *w = rt_window_workshop_get (self);
  GtkEventController *keys;
  GtkWidget *title;

  w->corner = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 14);
  gtk_widget_add_css_class (w->corner, "rt-presentation-corner");
  gtk_widget_set_halign (w->corner, GTK_ALIGN_END);
  gtk_widget_set_valign (w->corner, GTK_ALIGN_START);
  gtk_widget_set_can_target (w->corner, FALSE);
  w->corner_chip = RT_PERSON_CHIP (rt_person_chip_new (NULL, NULL));
  gtk_widget_set_valign (GTK_WIDGET (w->corner_chip), GTK_ALIGN_CENTER);
  w->corner_speaker = GTK_LABEL (gtk_label_new (NULL));
  w->corner_time = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (w->corner_time), "rt-timer-label");
  gtk_widget_add_css_class (GTK_WIDGET (w->corner_time), "numeric");
  gtk_box_append (GTK_BOX (w->corner), GTK_WIDGET (w->corner_chip));
  gtk_box_append (GTK_BOX (w->corner), GTK_WIDGET (w->corner_speaker));
  gtk_box_append (GTK_BOX (w->corner), GTK_WIDGET (w->corner_time));
  gtk_widget_set_visible (w->corner, FALSE);

  w->round_bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (w->round_bar, "rt-round-bar");
  /* Filling what rt_window_rounds_place_bar() gives it, which is centred. */
  gtk_widget_set_halign (w->round_bar, GTK_ALIGN_FILL);
  gtk_widget_set_valign (w->round_bar, GTK_ALIGN_START);
  title = gtk_label_new (_("Go-round"));
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (w->round_bar), title);
  gtk_widget_set_valign (title, GTK_ALIGN_START);
  /* Everyone present is named, however many: the chips go on as many
   * lines as the map's width needs rather than running off its sides. */
  w->round_chips = GTK_FLOW_BOX (gtk_flow_box_new ());
  gtk_flow_box_set_selection_mode (w->round_chips, GTK_SELECTION_NONE);
  gtk_flow_box_set_column_spacing (w->round_chips, 6);
  gtk_flow_box_set_row_spacing (w->round_chips, 4);
  gtk_flow_box_set_max_children_per_line (w->round_chips, 64);
  gtk_widget_set_hexpand (GTK_WIDGET (w->round_chips), TRUE);
  gtk_box_append (GTK_BOX (w->round_bar), GTK_WIDGET (w->round_chips));
  gtk_widget_set_visible (w->round_bar, FALSE);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  g_signal_connect (self, "notify::fullscreened", G_CALLBACK (fullscreened_cb), NULL);
  g_signal_connect_object (rt_window_get_settings (self), "changed::presentation-text-scale",
                           G_CALLBACK (scale_setting_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (w->canvas, "notify::speaker", G_CALLBACK (speaker_changed_cb),
                           self, G_CONNECT_SWAPPED);
}
