/* rt-ownership-view.c: who took part, and who owns what was decided
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-widgets"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "render/rt-chart.h"
#include "rt-ownership-view-private.h"
#include "rt-person-chip.h"
#include "rt-widget-util.h"

/* Chart text is drawn this high, to be read across a room. */
#define CHART_FONT_SIZE 18.0
#define GAUGE_SIZE      120

G_DEFINE_FINAL_TYPE (RtOwnershipView, rt_ownership_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

enum {
  SIGNAL_NODE_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Colours from the widget's style, so charts match light, dark and high
 * contrast. */
static void
chart_style_for (GtkWidget    *widget,
                 RtChartStyle *style)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkStyleContext *context;
  GdkRGBA c;

  rt_chart_style_init (style, adw_style_manager_get_dark (manager) ? RT_THEME_DARK
                                                                    : RT_THEME_LIGHT);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  context = gtk_widget_get_style_context (widget);
  if (gtk_style_context_lookup_color (context, "window_bg_color", &c))
    style->background = (RtColor) { c.red, c.green, c.blue, 1.0 };
  gtk_style_context_get_color (context, &c);
  style->text = (RtColor) { c.red, c.green, c.blue, 1.0 };
  if (gtk_style_context_lookup_color (context, "accent_color", &c))
    style->accent = (RtColor) { c.red, c.green, c.blue, 1.0 };
  G_GNUC_END_IGNORE_DEPRECATIONS
  style->text_muted = rt_color_mix (&style->text, &style->background, 0.4);
  style->track = rt_color_mix (&style->background, &style->text, 0.13);
  style->font_size = CHART_FONT_SIZE;
}

const RtPerson *
rt_ownership_view_lookup_person (RtOwnershipView *self,
               const char      *id)
{
  return id != NULL ? rt_document_lookup_person (self->document, id) : NULL;
}

/* For the decisions and warnings, in rt-ownership-decisions.c. */
void
rt_ownership_view_clear_box (GtkWidget *box)
{
  rt_widget_remove_children (box);
}

/* Participation. */

static void
participation_draw (GtkDrawingArea *area,
                    cairo_t        *cr,
                    int             width,
                    int             height,
                    gpointer        user_data)
{
  RtOwnershipView *self = user_data;
  RtChartStyle style;

  if (self->bars == NULL)
    return;
  chart_style_for (GTK_WIDGET (area), &style);
  rt_chart_draw_participation (cr, &style, (RtChartBar *) self->bars->data, self->bars->len,
                               width);
}

static void
rt_ownership_view_measure_chart (RtOwnershipView *self,
                                 int              width,
                                 RtChartGeometry *geometry)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  RtChartStyle style;

  chart_style_for (GTK_WIDGET (self->participation_area), &style);
  rt_chart_participation_measure (cr, &style,
                                  self->bars != NULL ? (RtChartBar *) self->bars->data : NULL,
                                  self->bars != NULL ? self->bars->len : 0, width, geometry);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The chart's height depends on its width (the legend wraps). */
static void
participation_resize_cb (GtkDrawingArea  *area,
                         int              width,
                         int              height,
                         RtOwnershipView *self)
{
  RtChartGeometry geometry;

  rt_ownership_view_measure_chart (self, width, &geometry);
  if ((int) geometry.height + 1 != gtk_drawing_area_get_content_height (area))
    gtk_drawing_area_set_content_height (area, (int) geometry.height + 1);
}

static gboolean
participation_tooltip_cb (GtkWidget       *area,
                          int              x,
                          int              y,
                          gboolean         keyboard,
                          GtkTooltip      *tooltip,
                          RtOwnershipView *self)
{
  RtChartGeometry geometry;
  const RtChartBar *bar;
  g_autoptr(GString) text = NULL;
  int row;

  if (self->bars == NULL)
    return FALSE;
  rt_ownership_view_measure_chart (self, gtk_widget_get_width (area), &geometry);
  row = rt_chart_participation_row_at (&geometry, self->bars->len, y);
  if (row < 0)
    return FALSE;
  bar = &g_array_index (self->bars, RtChartBar, row);
  text = g_string_new (bar->name);
  for (guint k = 0; k < RT_N_NODE_KINDS; k++)
    if (bar->counts[k] > 0)
      g_string_append_printf (text, "\n%s: %u", rt_node_kind_get_label (k), bar->counts[k]);
  gtk_tooltip_set_text (tooltip, text->str);
  return TRUE;
}

static void
rt_ownership_view_update_participation (RtOwnershipView *self)
{
  GPtrArray *not_heard = rt_analysis_get_not_heard (self->analysis);
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autofree char *label = NULL;
  int width = gtk_widget_get_width (GTK_WIDGET (self->participation_area));

  g_clear_pointer (&self->bars, g_array_unref);
  self->bars = rt_chart_bars_from_analysis (self->analysis, self->document);
  if (width > 0)
    participation_resize_cb (self->participation_area, width, 0, self);
  else
    gtk_drawing_area_set_content_height (self->participation_area,
                                         (int) (CHART_FONT_SIZE * (2.0 + 2.1 * self->bars->len)));
  gtk_widget_queue_draw (GTK_WIDGET (self->participation_area));

  /* What the chart says, for screen readers. */
  for (guint i = 0; i < self->bars->len; i++)
    {
      const RtChartBar *bar = &g_array_index (self->bars, RtChartBar, i);

      /* Translators: one person in the spoken summary of the chart. */
      g_string_append_printf (summary, ngettext ("%s: %u contribution. ", "%s: %u contributions. ",
                                                 bar->total),
                              bar->name, bar->total);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->participation_area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Contributions per person"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary->str,
                                  -1);

  rt_widget_remove_children (GTK_WIDGET (self->not_heard_flow));
  for (guint i = 0; i < not_heard->len; i++)
    {
      const RtPerson *person = rt_ownership_view_lookup_person (self, g_ptr_array_index (not_heard, i));

      if (person != NULL)
        gtk_flow_box_append (self->not_heard_flow, rt_person_chip_new_for_person (person, TRUE));
    }
  if (not_heard->len > 0)
    label = g_strdup (_("Not heard yet:"));
  else if (rt_analysis_get_n_present (self->analysis) > 0)
    label = g_strdup (_("Everyone present has been heard."));
  gtk_label_set_text (self->not_heard_label, label != NULL ? label : "");
  gtk_widget_set_visible (self->not_heard_box, label != NULL);
}

/* The share of the two most active voices. */

static void
share_draw (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  RtOwnershipView *self = user_data;
  RtChartStyle style;
  RtRect rect = { 0, 0, width, height };

  if (self->bars == NULL)
    return;
  chart_style_for (GTK_WIDGET (area), &style);
  rt_chart_draw_share (cr, &style, (RtChartBar *) self->bars->data, self->bars->len, &rect);
}

static void
rt_ownership_view_update_share (RtOwnershipView *self)
{
  double share = rt_analysis_get_top_two_share (self->analysis);
  g_autofree char *percent = rt_chart_format_percent (share);
  g_autofree char *text = NULL;
  g_autofree char *names = NULL;
  const RtChartBar *top[2] = { NULL, NULL };
  guint voices = 0;

  for (guint i = 0; i < self->bars->len; i++)
    {
      const RtChartBar *bar = &g_array_index (self->bars, RtChartBar, i);

      if (bar->total == 0)
        continue;
      voices++;
      if (top[0] == NULL || bar->total > top[0]->total)
        {
          top[1] = top[0];
          top[0] = bar;
        }
      else if (top[1] == NULL || bar->total > top[1]->total)
        top[1] = bar;
    }

  if (voices == 0)
    text = g_strdup (_("Nobody has been credited with a contribution yet."));
  else if (voices == 1)
    text = g_strdup_printf (_("One voice made all the contributions: %s."), top[0]->name);
  else
    {
      /* Translators: %s is a percentage such as "68%". */
      text = g_strdup_printf (_("Two voices made %s of the contributions"), percent);
      /* Translators: the two most active people. */
      names = g_strdup_printf (_("%s and %s"), top[0]->name, top[1]->name);
    }
  gtk_label_set_text (self->share_label, text);
  gtk_label_set_text (self->share_names_label, names != NULL ? names : "");
  gtk_widget_set_visible (GTK_WIDGET (self->share_names_label), names != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->share_area), voices > 1);
  gtk_widget_queue_draw (GTK_WIDGET (self->share_area));
}

/* Warnings and decisions are built in rt-ownership-decisions.c. */

void
rt_ownership_view_node_activated (RtOwnershipView *self,
                                  const char      *node_id)
{
  if (node_id != NULL)
    g_signal_emit (self, signals[SIGNAL_NODE_ACTIVATED], 0, node_id);
}

static void
warning_activated_cb (RtOwnershipView *self,
                      GtkListBoxRow   *row)
{
  rt_ownership_view_node_activated (self, g_object_get_data (G_OBJECT (row), "rt-node-id"));
}

/* Problems. */

static void
gauge_draw (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  RtChartStyle style;
  double fraction = *(double *) g_object_get_data (G_OBJECT (area), "rt-fraction");
  double radius = MIN (width, height) / 2.0 - 2.0;

  chart_style_for (GTK_WIDGET (area), &style);
  rt_chart_draw_gauge (cr, &style, width / 2.0, height / 2.0, radius, fraction, NULL);
}

static void
rt_ownership_view_update_problems (RtOwnershipView *self)
{
  guint n = rt_analysis_get_n_problems (self->analysis);
  guint present = rt_analysis_get_n_present (self->analysis);

  rt_widget_remove_children (GTK_WIDGET (self->problems_flow));
  g_ptr_array_set_size (self->gauges, 0);
  for (guint i = 0; i < n; i++)
    {
      const RtProblemStats *problem = rt_analysis_get_problem (self->analysis, i);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *gauge = gtk_drawing_area_new ();
      GtkWidget *text = gtk_label_new (problem->text);
      GtkWidget *figure;
      g_autofree char *figure_text = NULL;
      g_autofree char *percent = rt_chart_format_percent (problem->ownership);
      double *fraction = g_new (double, 1);

      *fraction = problem->ownership;
      g_object_set_data_full (G_OBJECT (gauge), "rt-fraction", fraction, g_free);
      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (gauge), GAUGE_SIZE);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (gauge), GAUGE_SIZE);
      gtk_widget_set_halign (gauge, GTK_ALIGN_CENTER);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (gauge), gauge_draw, NULL, NULL);
      g_ptr_array_add (self->gauges, gauge);

      /* Translators: under a problem's gauge: "3 of 6 present people
       * contributed". */
      figure_text = g_strdup_printf (ngettext ("%u of %u present person contributed",
                                               "%u of %u present people contributed", present),
                                     problem->n_owners, present);
      figure = gtk_label_new (figure_text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (gauge),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, percent, -1);
      gtk_label_set_wrap (GTK_LABEL (text), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (text), 26);
      gtk_label_set_justify (GTK_LABEL (text), GTK_JUSTIFY_CENTER);
      gtk_widget_add_css_class (text, "title-4");
      gtk_label_set_wrap (GTK_LABEL (figure), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (figure), 26);
      gtk_label_set_justify (GTK_LABEL (figure), GTK_JUSTIFY_CENTER);
      gtk_widget_add_css_class (figure, "dim-label");
      gtk_box_append (GTK_BOX (box), gauge);
      gtk_box_append (GTK_BOX (box), text);
      gtk_box_append (GTK_BOX (box), figure);
      if (problem->status == RT_STATUS_RESOLVED)
        {
          GtkWidget *status = gtk_label_new (rt_status_get_label (problem->status));

          gtk_widget_add_css_class (status, "success");
          gtk_widget_add_css_class (status, "caption-heading");
          gtk_box_append (GTK_BOX (box), status);
        }
      gtk_widget_set_margin_top (box, 12);
      gtk_widget_set_margin_bottom (box, 12);
      gtk_flow_box_append (self->problems_flow, box);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->no_problems_label), n == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->problems_flow), n > 0);
}

/* Keeping up with the document. */

/* A grouped edit of many nodes is many changes: the analysis runs once
 * after them, and only while the view is shown. */
static void
rt_ownership_view_update (GtkWidget *widget)
{
  RtOwnershipView *self = RT_OWNERSHIP_VIEW (widget);

  if (self->document == NULL)
    return;
  rt_analysis_recompute (self->analysis, self->document);
  rt_ownership_view_update_participation (self);
  rt_ownership_view_update_share (self);
  rt_ownership_view_update_warnings (self);
  rt_ownership_view_update_decisions (self);
  rt_ownership_view_update_problems (self);
}

static void
rt_ownership_view_changed (RtOwnershipView *self)
{
  rt_refresh_queue (&self->refresh);
}

static void
rt_ownership_view_redraw_charts (RtOwnershipView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self->participation_area));
  gtk_widget_queue_draw (GTK_WIDGET (self->share_area));
  for (guint i = 0; i < self->gauges->len; i++)
    gtk_widget_queue_draw (g_ptr_array_index (self->gauges, i));
}

static void
rt_ownership_view_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (rt_ownership_view_parent_class)->css_changed (widget, change);
  rt_ownership_view_redraw_charts (RT_OWNERSHIP_VIEW (widget));
}

/* Public. */

GtkWidget *
rt_ownership_view_new (void)
{
  return g_object_new (RT_TYPE_OWNERSHIP_VIEW, NULL);
}

void
rt_ownership_view_set_document (RtOwnershipView *self,
                                RtDocument      *document)
{
  g_return_if_fail (RT_IS_OWNERSHIP_VIEW (self));
  g_return_if_fail (document == NULL || RT_IS_DOCUMENT (document));

  if (!rt_widget_follow_document (self, &self->document, document,
                                  G_CALLBACK (rt_ownership_view_changed)))
    return;
  rt_refresh_now (&self->refresh);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

RtDocument *
rt_ownership_view_get_document (RtOwnershipView *self)
{
  g_return_val_if_fail (RT_IS_OWNERSHIP_VIEW (self), NULL);

  return self->document;
}

RtAnalysis *
rt_ownership_view_get_analysis (RtOwnershipView *self)
{
  g_return_val_if_fail (RT_IS_OWNERSHIP_VIEW (self), NULL);

  rt_refresh_flush (&self->refresh);
  return self->analysis;
}

GtkListBox *
rt_ownership_view_get_warnings (RtOwnershipView *self)
{
  g_return_val_if_fail (RT_IS_OWNERSHIP_VIEW (self), NULL);

  rt_refresh_flush (&self->refresh);
  return self->warnings_list;
}

const char *
rt_ownership_view_get_share_text (RtOwnershipView *self)
{
  g_return_val_if_fail (RT_IS_OWNERSHIP_VIEW (self), NULL);

  rt_refresh_flush (&self->refresh);
  return gtk_label_get_text (self->share_label);
}

/* GObject. */

static void
rt_ownership_view_dispose (GObject *object)
{
  RtOwnershipView *self = RT_OWNERSHIP_VIEW (object);

  rt_widget_follow_document (self, &self->document, NULL, G_CALLBACK (rt_ownership_view_changed));
  rt_refresh_clear (&self->refresh);
  /* The style manager outlives the view: a theme change after dispose
   * would redraw charts that are gone. */
  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  g_clear_pointer (&self->gauges, g_ptr_array_unref);
  rt_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_OWNERSHIP_VIEW);

  G_OBJECT_CLASS (rt_ownership_view_parent_class)->dispose (object);
}

static void
rt_ownership_view_finalize (GObject *object)
{
  RtOwnershipView *self = RT_OWNERSHIP_VIEW (object);

  g_clear_pointer (&self->bars, g_array_unref);
  g_clear_pointer (&self->analysis, rt_analysis_unref);

  G_OBJECT_CLASS (rt_ownership_view_parent_class)->finalize (object);
}

static void
rt_ownership_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RtOwnershipView *self = RT_OWNERSHIP_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_ownership_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  RtOwnershipView *self = RT_OWNERSHIP_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      rt_ownership_view_set_document (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_ownership_view_class_init (RtOwnershipViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_ownership_view_dispose;
  object_class->finalize = rt_ownership_view_finalize;
  object_class->get_property = rt_ownership_view_get_property;
  object_class->set_property = rt_ownership_view_set_property;
  widget_class->css_changed = rt_ownership_view_css_changed;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, RT_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_NODE_ACTIVATED] =
    g_signal_new ("node-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rt-ownership-view");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/rt-ownership-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RtOwnershipView, participation_area);
  gtk_widget_class_bind_template_child (widget_class, RtOwnershipView, not_heard_box);
  gtk_widget_class_bind_template_child (widget_class, RtOwnershipView, not_heard_label);
  gtk_widget_class_bind_template_child (widget_class, RtOwnershipView, not_heard_flow);
  gtk_widget_class_bind_template_child (widget_class, RtOwnershipView, share_box);
  gtk_widget_class_bind_template_child (widget_class, RtOwnershipView, share_label);
  gtk_widget_class_bind_template_child (widget_class, RtOwnershipView, share_names_label);
  gtk_widget_class_bind_template_child (widget_class, RtOwnershipView, share_area);
  gtk_widget_class_bind_template_child (widget_class, RtOwnershipView, warnings_list);
  gtk_widget_class_bind_template_child (widget_class, RtOwnershipView, no_decisions_label);
  gtk_widget_class_bind_template_child (widget_class, RtOwnershipView, decisions_box);
  gtk_widget_class_bind_template_child (widget_class, RtOwnershipView, no_problems_label);
  gtk_widget_class_bind_template_child (widget_class, RtOwnershipView, problems_flow);
}

static void
rt_ownership_view_init (RtOwnershipView *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->analysis = rt_analysis_new (NULL);
  self->gauges = g_ptr_array_new ();
  rt_refresh_init (&self->refresh, GTK_WIDGET (self), rt_ownership_view_update);

  gtk_drawing_area_set_draw_func (self->participation_area, participation_draw, self, NULL);
  g_signal_connect_object (self->participation_area, "resize",
                           G_CALLBACK (participation_resize_cb), self, 0);
  g_signal_connect_object (self->participation_area, "query-tooltip",
                           G_CALLBACK (participation_tooltip_cb), self, 0);
  gtk_drawing_area_set_draw_func (self->share_area, share_draw, self, NULL);
  g_signal_connect_object (self->warnings_list, "row-activated",
                           G_CALLBACK (warning_activated_cb), self, G_CONNECT_SWAPPED);

  placeholder = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (placeholder),
                                 _("Every adopted response has owners and no open objection"));
  adw_action_row_add_prefix (ADW_ACTION_ROW (placeholder),
                             gtk_image_new_from_icon_name ("emblem-ok-symbolic"));
  gtk_list_box_set_placeholder (self->warnings_list, placeholder);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (rt_ownership_view_redraw_charts), self, G_CONNECT_SWAPPED);
}
