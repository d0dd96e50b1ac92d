/* rt-canvas.c: the map, drawn, navigated and edited at a shared screen
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-widgets"

#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "model/rt-command.h"
#include "rt-canvas-private.h"
#include "rt-minimap.h"

#define MINIMAP_MARGIN   12

G_DEFINE_FINAL_TYPE (RtCanvas, rt_canvas, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_SPEAKER,
  PROP_TEXT_SCALE,
  PROP_HIGH_CONTRAST,
  PROP_SHOW_MINIMAP,
  PROP_ZOOM,
  PROP_EDITING,
  PROP_HIGHLIGHT_PERSON,
  N_PROPS
};

enum {
  SELECTION_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Theme. */

static void
rt_canvas_update_theme (RtCanvas *self)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  RtThemeVariant variant;

  if (self->high_contrast || adw_style_manager_get_high_contrast (style))
    variant = RT_THEME_HIGH_CONTRAST;
  else if (adw_style_manager_get_dark (style))
    variant = RT_THEME_DARK;
  else
    variant = RT_THEME_LIGHT;

  rt_theme_init (&self->theme, variant);
  self->theme.text_scale = self->text_scale;
  rt_metrics_set_text_scale (self->metrics, self->text_scale);
  if (self->renderer != NULL)
    rt_renderer_set_theme (self->renderer, &self->theme);
  if (self->anim_renderer != NULL)
    rt_renderer_set_theme (self->anim_renderer, &self->theme);

  g_clear_object (&self->grid);
  self->bounds_valid = FALSE;
  rt_minimap_invalidate (RT_MINIMAP (self->minimap));
  rt_canvas_update_editor_style (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Document. */

static void
on_node_added (RtDocument   *document,
               const RtNode *node,
               RtCanvas     *self)
{
  if (!node->has_position)
    rt_canvas_schedule_place (self);
}

static void
on_node_removed (RtDocument   *document,
                 const RtNode *node,
                 RtCanvas     *self)
{
  if (g_hash_table_remove (self->selection, node->id))
    self->selection_dirty = TRUE;
  if (g_strcmp0 (self->cursor_id, node->id) == 0)
    {
      g_clear_pointer (&self->cursor_id, g_free);
      self->selection_dirty = TRUE;
    }
  if (g_strcmp0 (self->hover_id, node->id) == 0)
    g_clear_pointer (&self->hover_id, g_free);
  if (g_strcmp0 (self->link_target, node->id) == 0)
    g_clear_pointer (&self->link_target, g_free);
  rt_canvas_editor_node_removed (self, node);
}

static void
on_link_removed (RtDocument   *document,
                 const RtLink *link,
                 RtCanvas     *self)
{
  if (rt_canvas_same_link (self->selected_link, link))
    {
      g_clear_pointer (&self->selected_link, rt_link_free);
      self->selection_dirty = TRUE;
    }
  if (rt_canvas_same_link (self->hover_link, link))
    g_clear_pointer (&self->hover_link, rt_link_free);
}

static void
on_link_changed (RtDocument   *document,
                 const RtLink *link,
                 RtCanvas     *self)
{
  /* A link's kind changed: the selected copy follows when it was the one. */
  if (self->selected_link != NULL &&
      strcmp (self->selected_link->from, link->from) == 0 &&
      strcmp (self->selected_link->to, link->to) == 0 &&
      rt_document_find_link (document, link->from, link->to,
                             self->selected_link->kind) == NULL)
    {
      g_clear_pointer (&self->selected_link, rt_link_free);
      self->selected_link = rt_link_copy (link);
      self->selection_dirty = TRUE;
    }
}

static void
on_document_changed (RtDocument *document,
                     RtCanvas   *self)
{
  self->bounds_valid = FALSE;
  if (self->anim_renderer != NULL && !self->anim_executing)
    rt_canvas_stop_arrange (self);
  rt_minimap_invalidate (RT_MINIMAP (self->minimap));
  if (self->selection_dirty)
    rt_canvas_emit_selection_changed (self);
  else
    rt_canvas_update_menu_actions (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
rt_canvas_disconnect_document (RtCanvas *self)
{
  if (self->document == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (self->doc_handlers); i++)
    g_clear_signal_handler (&self->doc_handlers[i], self->document);
}

void
rt_canvas_set_document (RtCanvas   *self,
                        RtDocument *document)
{
  g_return_if_fail (RT_IS_CANVAS (self));
  g_return_if_fail (document == NULL || RT_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  rt_canvas_cancel_edit (self);
  rt_canvas_stop_arrange (self);
  rt_canvas_stop_kinetic (self);
  rt_canvas_stop_autoscroll (self);
  g_clear_handle_id (&self->place_idle_id, g_source_remove);
  if (self->menu != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->menu));
  self->drag_mode = RT_DRAG_NONE;
  rt_canvas_disconnect_document (self);
  g_clear_object (&self->renderer);

  g_hash_table_remove_all (self->selection);
  g_clear_pointer (&self->cursor_id, g_free);
  g_clear_pointer (&self->selected_link, rt_link_free);
  g_clear_pointer (&self->hover_id, g_free);
  g_clear_pointer (&self->hover_link, rt_link_free);
  rt_metrics_clear (self->metrics);
  if (self->sizes_ahead != NULL && document != NULL)
    rt_metrics_adopt (self->metrics, self->sizes_ahead);
  g_clear_object (&self->sizes_ahead);

  g_set_object (&self->document, document);
  self->bounds_valid = FALSE;

  if (document != NULL)
    {
      self->renderer = rt_renderer_new (document, self->metrics);
      rt_renderer_set_theme (self->renderer, &self->theme);
      self->doc_handlers[0] = g_signal_connect (document, "node-added",
                                                G_CALLBACK (on_node_added), self);
      self->doc_handlers[1] = g_signal_connect (document, "node-removed",
                                                G_CALLBACK (on_node_removed), self);
      self->doc_handlers[2] = g_signal_connect (document, "link-removed",
                                                G_CALLBACK (on_link_removed), self);
      self->doc_handlers[3] = g_signal_connect (document, "link-changed",
                                                G_CALLBACK (on_link_changed), self);
      self->doc_handlers[4] = g_signal_connect (document, "changed",
                                                G_CALLBACK (on_document_changed), self);
      rt_canvas_place_unplaced (self, TRUE);
      self->need_fit = TRUE;
      if (self->has_size)
        {
          self->need_fit = FALSE;
          rt_canvas_show_start (self);
        }
    }

  rt_minimap_invalidate (RT_MINIMAP (self->minimap));
  rt_canvas_emit_selection_changed (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

void
rt_canvas_set_sizes_ahead (RtCanvas  *self,
                           RtMetrics *sizes)
{
  g_return_if_fail (RT_IS_CANVAS (self));
  g_return_if_fail (sizes == NULL || RT_IS_METRICS (sizes));

  g_set_object (&self->sizes_ahead, sizes);
}

RtDocument *
rt_canvas_get_document (RtCanvas *self)
{
  g_return_val_if_fail (RT_IS_CANVAS (self), NULL);

  return self->document;
}

RtRenderer *
rt_canvas_get_renderer (RtCanvas *self)
{
  g_return_val_if_fail (RT_IS_CANVAS (self), NULL);

  return self->renderer;
}

gboolean
rt_canvas_execute (RtCanvas  *self,
                   RtCommand *command)
{
  g_autoptr(GError) error = NULL;

  g_assert (self->document != NULL);

  if (command == NULL)
    return FALSE;
  if (!rt_document_execute (self->document, command, &error))
    {
      g_warning ("Could not change the map: %s", error->message);
      return FALSE;
    }
  return TRUE;
}

/* Plain properties. */

void
rt_canvas_set_speaker (RtCanvas   *self,
                       const char *person_id)
{
  g_return_if_fail (RT_IS_CANVAS (self));

  if (person_id != NULL && *person_id == '\0')
    person_id = NULL;
  if (rt_canvas_set_str (&self->speaker, person_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEAKER]);
}

const char *
rt_canvas_get_speaker (RtCanvas *self)
{
  g_return_val_if_fail (RT_IS_CANVAS (self), NULL);

  return self->speaker;
}

void
rt_canvas_set_highlight_person (RtCanvas   *self,
                                const char *person_id)
{
  g_return_if_fail (RT_IS_CANVAS (self));

  if (person_id != NULL && *person_id == '\0')
    person_id = NULL;
  if (rt_canvas_set_str (&self->highlight_person, person_id))
    {
      gtk_widget_queue_draw (GTK_WIDGET (self));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHT_PERSON]);
    }
}

const char *
rt_canvas_get_highlight_person (RtCanvas *self)
{
  g_return_val_if_fail (RT_IS_CANVAS (self), NULL);

  return self->highlight_person;
}

void
rt_canvas_set_dimmed (RtCanvas   *self,
                      GHashTable *dimmed)
{
  g_return_if_fail (RT_IS_CANVAS (self));

  if (dimmed != self->dimmed)
    {
      if (dimmed != NULL)
        g_hash_table_ref (dimmed);
      g_clear_pointer (&self->dimmed, g_hash_table_unref);
      self->dimmed = dimmed;
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
rt_canvas_set_history_limit (RtCanvas *self,
                             int       limit)
{
  g_return_if_fail (RT_IS_CANVAS (self));

  limit = MAX (limit, -1);
  if (self->history_limit == limit)
    return;
  self->history_limit = limit;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

int
rt_canvas_get_history_limit (RtCanvas *self)
{
  g_return_val_if_fail (RT_IS_CANVAS (self), -1);

  return self->history_limit;
}

void
rt_canvas_set_presentation (RtCanvas *self,
                            gboolean  presentation)
{
  g_return_if_fail (RT_IS_CANVAS (self));

  presentation = !!presentation;
  if (self->presentation == presentation)
    return;
  self->presentation = presentation;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
rt_canvas_get_presentation (RtCanvas *self)
{
  g_return_val_if_fail (RT_IS_CANVAS (self), FALSE);

  return self->presentation;
}

void
rt_canvas_set_text_scale (RtCanvas *self,
                          double    text_scale)
{
  g_return_if_fail (RT_IS_CANVAS (self));
  g_return_if_fail (text_scale > 0.0);

  if (self->text_scale == text_scale)
    return;
  self->text_scale = text_scale;
  rt_canvas_update_theme (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT_SCALE]);
}

double
rt_canvas_get_text_scale (RtCanvas *self)
{
  g_return_val_if_fail (RT_IS_CANVAS (self), 1.0);

  return self->text_scale;
}

void
rt_canvas_set_high_contrast (RtCanvas *self,
                             gboolean  high_contrast)
{
  g_return_if_fail (RT_IS_CANVAS (self));

  high_contrast = !!high_contrast;
  if (self->high_contrast == high_contrast)
    return;
  self->high_contrast = high_contrast;
  rt_canvas_update_theme (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGH_CONTRAST]);
}

gboolean
rt_canvas_get_high_contrast (RtCanvas *self)
{
  g_return_val_if_fail (RT_IS_CANVAS (self), FALSE);

  return self->high_contrast;
}

void
rt_canvas_set_show_minimap (RtCanvas *self,
                            gboolean  show_minimap)
{
  g_return_if_fail (RT_IS_CANVAS (self));

  show_minimap = !!show_minimap;
  if (self->show_minimap == show_minimap)
    return;
  self->show_minimap = show_minimap;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_MINIMAP]);
}

gboolean
rt_canvas_get_show_minimap (RtCanvas *self)
{
  g_return_val_if_fail (RT_IS_CANVAS (self), FALSE);

  return self->show_minimap;
}

gboolean
rt_canvas_get_editing (RtCanvas *self)
{
  g_return_val_if_fail (RT_IS_CANVAS (self), FALSE);

  return self->edit.active;
}

/* Screen readers hear what is selected. */
static void
update_accessible_description (RtCanvas *self)
{
  const RtNode *node = rt_canvas_get_cursor_node (self);
  guint n = g_hash_table_size (self->selection);
  g_autofree char *text = NULL;

  if (node != NULL && n == 1)
    /* Translators: a node's kind and text, as in "Problem: Who opens?". */
    text = g_strdup_printf (_("%s: %s"), rt_node_kind_get_label (node->kind), node->text);
  else if (n > 1)
    text = g_strdup_printf (ngettext ("%u node selected", "%u nodes selected", n), n);
  else if (self->selected_link != NULL)
    text = g_strdup (rt_link_kind_get_label (self->selected_link->kind));
  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

void
rt_canvas_emit_selection_changed (RtCanvas *self)
{
  update_accessible_description (self);
  self->selection_dirty = FALSE;
  rt_canvas_update_menu_actions (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

void
rt_canvas_notify_zoom (RtCanvas *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

void
rt_canvas_notify_editing (RtCanvas *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITING]);
  rt_canvas_update_menu_actions (self);
}

/* Size. */

static void
rt_canvas_measure (GtkWidget      *widget,
                   GtkOrientation  orientation,
                   int             for_size,
                   int            *minimum,
                   int            *natural,
                   int            *minimum_baseline,
                   int            *natural_baseline)
{
  *minimum = 64;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 800 : 600;
}

static void
rt_canvas_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  RtCanvas *self = RT_CANVAS (widget);
  gboolean show_minimap;
  RtRect bounds;

  if (self->view.width != width || self->view.height != height)
    {
      if (self->has_size)
        {
          /* Resizing keeps the centre of the view where it is. */
          double cx = self->view.x + self->view.width / (2.0 * self->view.scale);
          double cy = self->view.y + self->view.height / (2.0 * self->view.scale);

          self->view.width = width;
          self->view.height = height;
          rt_view_center_on (&self->view, cx, cy);
        }
      else
        rt_view_init (&self->view, width, height);
      self->has_size = TRUE;
    }
  if (self->need_fit && self->document != NULL)
    {
      self->need_fit = FALSE;
      rt_canvas_show_start (self);
    }

  /* The overview is of no use when the whole map is in view. */
  show_minimap = self->show_minimap && self->document != NULL &&
                 rt_canvas_get_bounds (self, &bounds) && width >= 480 && height >= 320;
  if (show_minimap)
    {
      RtRect visible;

      rt_view_get_visible (&self->view, &visible);
      show_minimap = !(bounds.x >= visible.x && bounds.y >= visible.y &&
                       bounds.x + bounds.width <= visible.x + visible.width &&
                       bounds.y + bounds.height <= visible.y + visible.height);
    }
  gtk_widget_set_child_visible (self->minimap, show_minimap);
  if (show_minimap)
    {
      int mw, mh;

      gtk_widget_measure (self->minimap, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &mw, NULL, NULL);
      gtk_widget_measure (self->minimap, GTK_ORIENTATION_VERTICAL, mw, NULL, &mh, NULL, NULL);
      gtk_widget_size_allocate (self->minimap,
                                &(GtkAllocation) { width - mw - MINIMAP_MARGIN,
                                                   height - mh - MINIMAP_MARGIN, mw, mh },
                                -1);
    }

  rt_canvas_allocate_editor (self);
  if (self->menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->menu));
}

/* GObject. */

GtkWidget *
rt_canvas_new (void)
{
  return g_object_new (RT_TYPE_CANVAS, NULL);
}

static void
rt_canvas_dispose (GObject *object)
{
  RtCanvas *self = RT_CANVAS (object);
  AdwStyleManager *style = adw_style_manager_get_default ();

  rt_canvas_set_document (self, NULL);
  rt_canvas_stop_view_animation (self);
  g_clear_handle_id (&self->commit_idle_id, g_source_remove);
  for (guint i = 0; i < G_N_ELEMENTS (self->style_handlers); i++)
    g_clear_signal_handler (&self->style_handlers[i], style);
  rt_canvas_dispose_editor (self);
  g_clear_pointer (&self->minimap, gtk_widget_unparent);
  g_clear_pointer (&self->menu, gtk_widget_unparent);
  g_clear_object (&self->actions);
  g_clear_object (&self->node_menu_extra);
  g_clear_object (&self->im);

  G_OBJECT_CLASS (rt_canvas_parent_class)->dispose (object);
}

static void
rt_canvas_finalize (GObject *object)
{
  RtCanvas *self = RT_CANVAS (object);

  g_clear_object (&self->metrics);
  g_clear_object (&self->sizes_ahead);
  g_clear_object (&self->grid);
  g_clear_pointer (&self->selection, g_hash_table_unref);
  g_clear_pointer (&self->band_preview, g_hash_table_unref);
  g_clear_pointer (&self->move_ids, g_ptr_array_unref);
  g_clear_pointer (&self->move_start, g_array_unref);
  g_free (self->speaker);
  g_free (self->highlight_person);
  g_clear_pointer (&self->dimmed, g_hash_table_unref);
  g_free (self->press_id);

  G_OBJECT_CLASS (rt_canvas_parent_class)->finalize (object);
}

static void
rt_canvas_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  RtCanvas *self = RT_CANVAS (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_SPEAKER:
      g_value_set_string (value, self->speaker);
      break;
    case PROP_TEXT_SCALE:
      g_value_set_double (value, self->text_scale);
      break;
    case PROP_HIGH_CONTRAST:
      g_value_set_boolean (value, self->high_contrast);
      break;
    case PROP_SHOW_MINIMAP:
      g_value_set_boolean (value, self->show_minimap);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->view.scale);
      break;
    case PROP_EDITING:
      g_value_set_boolean (value, self->edit.active);
      break;
    case PROP_HIGHLIGHT_PERSON:
      g_value_set_string (value, self->highlight_person);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_canvas_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  RtCanvas *self = RT_CANVAS (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      rt_canvas_set_document (self, g_value_get_object (value));
      break;
    case PROP_SPEAKER:
      rt_canvas_set_speaker (self, g_value_get_string (value));
      break;
    case PROP_TEXT_SCALE:
      rt_canvas_set_text_scale (self, g_value_get_double (value));
      break;
    case PROP_HIGH_CONTRAST:
      rt_canvas_set_high_contrast (self, g_value_get_boolean (value));
      break;
    case PROP_SHOW_MINIMAP:
      rt_canvas_set_show_minimap (self, g_value_get_boolean (value));
      break;
    case PROP_ZOOM:
      rt_canvas_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_HIGHLIGHT_PERSON:
      rt_canvas_set_highlight_person (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_canvas_class_init (RtCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_canvas_dispose;
  object_class->finalize = rt_canvas_finalize;
  object_class->get_property = rt_canvas_get_property;
  object_class->set_property = rt_canvas_set_property;
  widget_class->snapshot = rt_canvas_snapshot;
  widget_class->measure = rt_canvas_measure;
  widget_class->size_allocate = rt_canvas_size_allocate;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, RT_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SPEAKER] =
    g_param_spec_string ("speaker", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT_SCALE] =
    g_param_spec_double ("text-scale", NULL, NULL, 0.25, 8.0, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HIGH_CONTRAST] =
    g_param_spec_boolean ("high-contrast", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_MINIMAP] =
    g_param_spec_boolean ("show-minimap", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, RT_CANVAS_MIN_ZOOM, RT_CANVAS_MAX_ZOOM, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EDITING] =
    g_param_spec_boolean ("editing", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HIGHLIGHT_PERSON] =
    g_param_spec_string ("highlight-person", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SELECTION_CHANGED] =
    g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "rt-canvas");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
rt_canvas_init (RtCanvas *self)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  self->metrics = rt_metrics_new ();
  self->text_scale = 1.0;
  self->show_minimap = TRUE;
  self->history_limit = -1;
  self->selection = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->move_ids = g_ptr_array_new_with_free_func (g_free);
  self->move_start = g_array_new (FALSE, FALSE, sizeof (double));
  rt_view_init (&self->view, 1, 1);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Map"),
                                  -1);

  self->minimap = rt_minimap_new (self);
  gtk_widget_set_parent (self->minimap, GTK_WIDGET (self));

  rt_canvas_setup_editor (self);
  rt_canvas_setup_menu (self);
  rt_canvas_setup_input (self);

  self->style_handlers[0] = g_signal_connect_swapped (style, "notify::dark",
                                                      G_CALLBACK (rt_canvas_update_theme), self);
  self->style_handlers[1] = g_signal_connect_swapped (style, "notify::high-contrast",
                                                      G_CALLBACK (rt_canvas_update_theme), self);
  rt_canvas_update_theme (self);
}
