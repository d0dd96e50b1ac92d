/* rt-window-print.c: printing the map or the workshop report
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-app"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "cli/rt-report.h"
#include "render/rt-layout.h"
#include "render/rt-renderer.h"
#include "rt-window-print-report.h"
#include "rt-window-print.h"
#include "rt-window-private.h"

/* Body text is 15 map units high at text scale 1 (rt-theme.h). */
#define MAP_TEXT_UNITS  15.0
/* Around the map's drawing, map units. */
#define MAP_MARGIN      12.0
/* A map that fits a page easily is not blown up past this, points per map
 * unit (node text about 15 pt). */
#define FIT_MAX_SCALE   1.0
/* The line under tiled pages, points. */
#define FOOTER_HEIGHT   18.0

/* What the window keeps for printing, attached to it as object data. */
typedef struct {
  GtkPrintSettings *settings;    /* owned, NULL until the first print */
  GtkPageSetup     *page_setup;  /* owned, NULL until chosen */
  RtPrintMode       mode;
} RtWindowPrint;

#define PRINT_KEY "rt-window-print"

/* What one print operation draws, attached to it. */
typedef struct {
  GWeakRef       window;
  RtPrintMode    mode;
  char          *title;        /* the map's name, for headers */

  /* The map: a laid-out copy and a renderer of its own. */
  RtDocument    *document;
  RtRenderer    *renderer;
  RtRenderState  state;
  gboolean       has_bounds;
  RtRect         bounds;       /* map units, with the margin */

  /* Worked out in begin-print for the page size chosen. */
  double         scale;        /* points per map unit */
  double         header;       /* fit: the title above the map, points */
  guint          columns;      /* tile: pages across */
  guint          rows;
  RtPrintReport *report;
  char          *markdown;

  /* Until someone chooses the paper's orientation, a wide map prints
   * across it and the report down it. */
  gboolean           auto_orientation;
  GtkPageOrientation initial_orientation;
  gboolean           override;
  GtkPageOrientation orientation;

  /* The custom tab's choices, borrowed while it is shown. */
  GtkCheckButton *choices[3];
} PrintJob;

static RtWindowPrint *
get_print (RtWindow *self)
{
  return g_object_get_data (G_OBJECT (self), PRINT_KEY);
}

static void
rt_window_print_free (gpointer data)
{
  RtWindowPrint *print = data;

  g_clear_object (&print->settings);
  g_clear_object (&print->page_setup);
  g_free (print);
}

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_weak_ref_clear (&job->window);
  g_free (job->title);
  g_clear_object (&job->renderer);
  g_clear_object (&job->document);
  g_clear_pointer (&job->report, rt_print_report_free);
  g_free (job->markdown);
  g_free (job);
}

RtPrintMode
rt_window_print_get_mode (RtWindow *self)
{
  g_return_val_if_fail (RT_IS_WINDOW (self), RT_PRINT_MAP_FIT);

  return get_print (self) != NULL ? get_print (self)->mode : RT_PRINT_MAP_FIT;
}

void
rt_window_print_set_mode (RtWindow    *self,
                          RtPrintMode  mode)
{
  g_return_if_fail (RT_IS_WINDOW (self));
  g_return_if_fail (mode <= RT_PRINT_REPORT);
  g_return_if_fail (get_print (self) != NULL);

  get_print (self)->mode = mode;
}

/* Preparing the map. */

static gboolean
needs_layout (RtDocument *document)
{
  for (guint i = 0; i < rt_document_get_n_nodes (document); i++)
    if (!rt_document_get_node (document, i)->has_position)
      return TRUE;
  return FALSE;
}

static void
prepare_map (PrintJob   *job,
             RtDocument *document)
{
  g_autoptr(RtMetrics) metrics = rt_metrics_new ();
  g_autoptr(GError) error = NULL;
  RtTheme theme;

  job->document = rt_document_copy (document);
  if (needs_layout (job->document) &&
      !rt_layout_apply (job->document, metrics, RT_LAYOUT_UNPLACED, &error))
    g_warning ("Could not lay out the map for printing: %s", error->message);

  job->renderer = rt_renderer_new (job->document, metrics);
  rt_theme_init (&theme, RT_THEME_LIGHT);
  rt_renderer_set_theme (job->renderer, &theme);
  /* Paper gets vectors and text, never cached images of nodes. */
  rt_renderer_set_cache_enabled (job->renderer, FALSE);

  rt_render_state_init (&job->state);
  job->state.full_detail = TRUE;
  job->state.draw_background = FALSE;
  job->has_bounds = rt_renderer_get_bounds (job->renderer, &job->state, &job->bounds);
  if (job->has_bounds)
    rt_rect_inflate (&job->bounds, MAP_MARGIN);
}

/* Pages. */

static PangoLayout *
text_layout (GtkPrintContext *context,
             const char      *font,
             const char      *text,
             double           width)
{
  PangoLayout *layout = gtk_print_context_create_pango_layout (context);
  g_autoptr(PangoFontDescription) desc = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, desc);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  return layout;
}

static double
text_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return pango_units_to_double (height);
}

static GtkPageOrientation
natural_orientation (PrintJob *job)
{
  if (job->mode != RT_PRINT_REPORT && job->has_bounds && job->bounds.width > job->bounds.height)
    return GTK_PAGE_ORIENTATION_LANDSCAPE;
  return GTK_PAGE_ORIENTATION_PORTRAIT;
}

static gboolean
is_landscape (GtkPageOrientation orientation)
{
  return orientation == GTK_PAGE_ORIENTATION_LANDSCAPE ||
         orientation == GTK_PAGE_ORIENTATION_REVERSE_LANDSCAPE;
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  GtkPageOrientation current = gtk_page_setup_get_orientation (gtk_print_context_get_page_setup (context));
  int n_pages = 1;

  /* The orientation was left as it was offered, for another choice of
   * what to print: each page is turned (request-page-setup), and laid out
   * here for the turned page. */
  job->override = job->auto_orientation && current == job->initial_orientation &&
                  is_landscape (natural_orientation (job)) != is_landscape (current);
  if (job->override)
    {
      double swap = width;

      job->orientation = natural_orientation (job);
      width = height;
      height = swap;
    }

  g_clear_pointer (&job->report, rt_print_report_free);
  switch (job->mode)
    {
    case RT_PRINT_REPORT:
      job->report = rt_print_report_new (job->markdown, context, width, height);
      n_pages = rt_print_report_get_n_pages (job->report);
      break;

    case RT_PRINT_MAP_TILE:
      job->scale = RT_PRINT_TILE_TEXT_PT / MAP_TEXT_UNITS;
      job->columns = job->rows = 1;
      if (job->has_bounds)
        {
          /* A hair of tolerance: a map exactly a page wide is one page. */
          job->columns = MAX (1.0, ceil (job->bounds.width * job->scale / width - 1e-6));
          job->rows = MAX (1.0, ceil (job->bounds.height * job->scale / (height - FOOTER_HEIGHT)
                                      - 1e-6));
        }
      n_pages = job->columns * job->rows;
      break;

    case RT_PRINT_MAP_FIT:
    default:
      {
        g_autoptr(PangoLayout) title = text_layout (context, "Sans Bold 14", job->title, width);

        job->header = text_height (title) + 12.0;
        job->scale = FIT_MAX_SCALE;
        if (job->has_bounds)
          job->scale = MIN (job->scale, MIN (width / job->bounds.width,
                                             (height - job->header) / job->bounds.height));
      }
      break;
    }
  gtk_print_operation_set_n_pages (operation, MAX (n_pages, 1));
}

static void
draw_map (PrintJob *job,
          cairo_t  *cr,
          double    x,
          double    y,
          double    width,
          double    height,
          double    origin_x,
          double    origin_y)
{
  RtView view = {
    .scale = job->scale,
    .x = origin_x,
    .y = origin_y,
    .width = width,
    .height = height,
  };

  if (!job->has_bounds)
    return;
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_rectangle (cr, 0.0, 0.0, width, height);
  cairo_clip (cr);
  rt_renderer_draw (job->renderer, cr, &view, &job->state);
  cairo_restore (cr);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);

  if (job->mode == RT_PRINT_REPORT)
    {
      rt_print_report_draw_page (job->report, context, page);
      return;
    }

  if (job->mode == RT_PRINT_MAP_TILE)
    {
      guint row = page / job->columns, column = page % job->columns;
      double tile_height = height - FOOTER_HEIGHT;
      g_autofree char *footer = NULL;
      g_autoptr(PangoLayout) layout = NULL;

      draw_map (job, cr, 0.0, 0.0, width, tile_height,
                job->bounds.x + column * width / job->scale,
                job->bounds.y + row * tile_height / job->scale);

      /* Translators: under each page of a map printed across pages: the
       * map's name, the page, and where the page goes. */
      footer = g_strdup_printf (_("%s — page %d of %u: row %u, column %u"), job->title, page + 1,
                                job->columns * job->rows, row + 1, column + 1);
      layout = text_layout (context, "Sans 8", footer, width);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
      cairo_move_to (cr, 0.0, height - text_height (layout));
      pango_cairo_show_layout (cr, layout);
      return;
    }

  {
    g_autoptr(PangoLayout) title = text_layout (context, "Sans Bold 14", job->title, width);
    double map_width = job->has_bounds ? job->bounds.width * job->scale : 0.0;

    cairo_set_source_rgb (cr, 0.0, 0.0, 0.0);
    cairo_move_to (cr, 0.0, 0.0);
    pango_cairo_show_layout (cr, title);
    draw_map (job, cr, MAX (0.0, (width - map_width) / 2.0), job->header,
              MIN (map_width, width), height - job->header, job->bounds.x, job->bounds.y);
  }
}

static void
request_page_setup_cb (GtkPrintOperation *operation,
                       GtkPrintContext   *context,
                       int                page,
                       GtkPageSetup      *setup,
                       PrintJob          *job)
{
  if (job->override)
    gtk_page_setup_set_orientation (setup, job->orientation);
}

/* The tab in the print dialog. */

static GtkWidget *
create_custom_widget_cb (GtkPrintOperation *operation,
                         PrintJob          *job)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (_("Print"));
  const char *labels[] = {
    N_("_Fit the map on one page"),
    N_("_Tile the map across pages, at a readable size"),
    N_("The workshop _report: decisions, owners, open problems"),
  };

  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_label_set_xalign (GTK_LABEL (heading), 0.0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      GtkWidget *button = gtk_check_button_new_with_mnemonic (_(labels[i]));

      if (i > 0)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (button), job->choices[0]);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (button), (RtPrintMode) i == job->mode);
      /* Without a node there is no map to print. */
      if (i != RT_PRINT_REPORT)
        gtk_widget_set_sensitive (button, job->has_bounds);
      job->choices[i] = GTK_CHECK_BUTTON (button);
      gtk_box_append (GTK_BOX (box), button);
    }
  return box;
}

static void
custom_widget_apply_cb (GtkPrintOperation *operation,
                        GtkWidget         *widget,
                        PrintJob          *job)
{
  g_autoptr(RtWindow) window = g_weak_ref_get (&job->window);

  for (guint i = 0; i < G_N_ELEMENTS (job->choices); i++)
    if (job->choices[i] != NULL && gtk_check_button_get_active (job->choices[i]))
      job->mode = i;
  if (window != NULL && get_print (window) != NULL)
    get_print (window)->mode = job->mode;
}

GtkPrintOperation *
rt_window_print_operation_new (RtWindow *self)
{
  RtWindowPrint *print;
  RtDocument *document;
  GtkPrintOperation *operation;
  PrintJob *job;

  g_return_val_if_fail (RT_IS_WINDOW (self), NULL);
  print = get_print (self);
  g_return_val_if_fail (print != NULL, NULL);

  document = rt_window_get_document (self);
  if (document == NULL)
    return NULL;

  job = g_new0 (PrintJob, 1);
  g_weak_ref_init (&job->window, self);
  job->mode = print->mode;
  job->title = rt_window_dup_display_name (self);
  job->markdown = rt_report_markdown (document);
  prepare_map (job, document);
  if (!job->has_bounds && job->mode != RT_PRINT_REPORT)
    job->mode = RT_PRINT_REPORT;

  operation = gtk_print_operation_new ();
  g_object_set_data_full (G_OBJECT (operation), "rt-print-job", job, print_job_free);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, job->title);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_custom_tab_label (operation, _("Contents"));
  if (print->settings != NULL)
    gtk_print_operation_set_print_settings (operation, print->settings);
  if (print->page_setup != NULL)
    gtk_print_operation_set_default_page_setup (operation, print->page_setup);
  else
    {
      /* Maps grow to the right: wide paper suits them. */
      g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();

      job->auto_orientation = TRUE;
      job->initial_orientation = natural_orientation (job);
      gtk_page_setup_set_orientation (setup, job->initial_orientation);
      gtk_print_operation_set_default_page_setup (operation, setup);
    }

  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  g_signal_connect (operation, "request-page-setup", G_CALLBACK (request_page_setup_cb), job);
  g_signal_connect (operation, "create-custom-widget", G_CALLBACK (create_custom_widget_cb), job);
  g_signal_connect (operation, "custom-widget-apply", G_CALLBACK (custom_widget_apply_cb), job);
  return operation;
}

gboolean
rt_window_print_to_pdf (RtWindow     *self,
                        RtPrintMode   mode,
                        const char   *path,
                        GError      **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  PrintJob *job;

  g_return_val_if_fail (RT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  operation = rt_window_print_operation_new (self);
  if (operation == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("There is no map to print"));
      return FALSE;
    }
  job = g_object_get_data (G_OBJECT (operation), "rt-print-job");
  job->mode = mode;
  gtk_print_operation_set_export_filename (operation, path);
  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, GTK_WINDOW (self),
                                  error) != GTK_PRINT_OPERATION_RESULT_ERROR;
}

/* Actions. */

/* Keeps what was chosen, or shows what went wrong; once per operation,
 * whether "done" came or the run ended at once. */
static void
print_finished (RtWindow                *self,
                GtkPrintOperation       *operation,
                GtkPrintOperationResult  result,
                const GError            *run_error)
{
  RtWindowPrint *print = get_print (self);
  g_autoptr(GError) error = NULL;

  if (g_object_get_data (G_OBJECT (operation), "rt-finished") != NULL)
    return;
  g_object_set_data (G_OBJECT (operation), "rt-finished", GINT_TO_POINTER (TRUE));

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY && print != NULL)
    {
      g_set_object (&print->settings, gtk_print_operation_get_print_settings (operation));
      g_set_object (&print->page_setup, gtk_print_operation_get_default_page_setup (operation));
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      if (run_error == NULL)
        gtk_print_operation_get_error (operation, &error);
      if (run_error != NULL || error != NULL)
        {
          g_autofree char *name = rt_window_dup_display_name (self);
          g_autofree char *heading = g_strdup_printf (_("Could Not Print “%s”"), name);

          rt_window_show_error (self, heading, run_error != NULL ? run_error->message
                                                                 : error->message,
                                _("The map was not changed. Check that the printer is "
                                  "connected and switched on, then print again, or choose "
                                  "Print to File to make a PDF instead."));
        }
    }
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               RtWindow                *self)
{
  print_finished (self, operation, result, NULL);
  /* The reference print_action left for an operation still running. */
  if (g_object_get_data (G_OBJECT (operation), "rt-running") != NULL)
    g_object_unref (operation);
}

static void
print_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  RtWindow *self = RT_WINDOW (user_data);
  GtkPrintOperation *operation = rt_window_print_operation_new (self);
  GtkPrintOperationResult result;
  g_autoptr(GError) error = NULL;

  if (operation == NULL)
    return;
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_IN_PROGRESS &&
      g_object_get_data (G_OBJECT (operation), "rt-finished") == NULL)
    {
      g_object_set_data (G_OBJECT (operation), "rt-running", GINT_TO_POINTER (TRUE));
      return;
    }
  print_finished (self, operation, result, error);
  g_object_unref (operation);
}

static void
page_setup_done_cb (GtkPageSetup *page_setup,
                    gpointer      user_data)
{
  g_autoptr(RtWindow) self = user_data;
  RtWindowPrint *print = get_print (self);

  if (page_setup != NULL && print != NULL)
    g_set_object (&print->page_setup, page_setup);
}

static void
page_setup_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  RtWindow *self = RT_WINDOW (user_data);
  RtWindowPrint *print = get_print (self);

  if (print->settings == NULL)
    print->settings = gtk_print_settings_new ();
  gtk_print_run_page_setup_dialog_async (GTK_WINDOW (self), print->page_setup, print->settings,
                                         page_setup_done_cb, g_object_ref (self));
}

static const GActionEntry print_actions[] = {
  { .name = "print", .activate = print_action },
  { .name = "page-setup", .activate = page_setup_action },
};

static void
update_actions (RtWindow *self)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "print");

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), rt_window_get_document (self) != NULL);
}

static void
application_changed_cb (RtWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  const char *accels[] = { "<Control>p", NULL };

  if (app != NULL)
    gtk_application_set_accels_for_action (app, "win.print", accels);
}

void
rt_window_print_init (RtWindow *self)
{
  g_return_if_fail (RT_IS_WINDOW (self));
  g_return_if_fail (get_print (self) == NULL);

  g_object_set_data_full (G_OBJECT (self), PRINT_KEY, g_new0 (RtWindowPrint, 1),
                          rt_window_print_free);
  g_action_map_add_action_entries (G_ACTION_MAP (self), print_actions,
                                   G_N_ELEMENTS (print_actions), self);
  g_signal_connect (self, "notify::document", G_CALLBACK (update_actions), NULL);
  g_signal_connect (self, "notify::application", G_CALLBACK (application_changed_cb), NULL);
  application_changed_cb (self);
  update_actions (self);
}
