/* rt-window-print-report.c: the workshop report laid out on printed pages
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-app"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-window-print-markdown.h"
#include "rt-window-print-report.h"

/* Points. */
#define FOOTER_HEIGHT  20.0
#define LIST_INDENT    18.0
#define CELL_PAD_X     5.0
#define CELL_PAD_Y     3.0

typedef struct {
  PangoLayout *layout;  /* owned */
  double       x;       /* from the left margin */
} Piece;

typedef enum {
  RULE_NONE,
  RULE_HEADER,          /* under a table's header row */
  RULE_ROW,             /* under any other row */
} Rule;

/* One heading, paragraph, list item or table row. A text block's last
 * piece is its body, which may be split between pages; the pieces before
 * it (a bullet) go with its first line. */
typedef struct {
  GPtrArray *pieces;
  double     space_before;
  double     height;
  double     pad_top;       /* table rows: the text starts this far down */
  gboolean   splittable;
  gboolean   keep_with_next;
  Rule       rule;
  double     rule_width;
} Block;

/* Where a block, or the part of it from first_line on, goes. */
typedef struct {
  guint  block;
  int    page;
  double y;
  int    first_line;
  int    n_lines;         /* -1: the whole block */
} Placement;

struct _RtPrintReport
{
  GPtrArray *blocks;      /* owned Block * */
  GArray    *placements;
  int        n_pages;
  double     width;
  double     height;
  double     body_height;
};

static void
piece_free (gpointer data)
{
  Piece *piece = data;

  g_clear_object (&piece->layout);
  g_free (piece);
}

static void
block_free (gpointer data)
{
  Block *block = data;

  g_ptr_array_unref (block->pieces);
  g_free (block);
}

static Block *
block_new (void)
{
  Block *block = g_new0 (Block, 1);

  block->pieces = g_ptr_array_new_with_free_func (piece_free);
  return block;
}

void
rt_print_report_free (RtPrintReport *report)
{
  if (report == NULL)
    return;
  g_ptr_array_unref (report->blocks);
  g_array_unref (report->placements);
  g_free (report);
}

int
rt_print_report_get_n_pages (RtPrintReport *report)
{
  g_return_val_if_fail (report != NULL, 0);

  return report->n_pages;
}

/* Laying out blocks. */

static PangoLayout *
make_layout (GtkPrintContext *context,
             const char      *font,
             const char      *markdown,
             double           width)
{
  PangoLayout *layout = gtk_print_context_create_pango_layout (context);
  g_autoptr(PangoFontDescription) desc = pango_font_description_from_string (font);
  g_autofree char *markup = rt_print_markdown_inline (markdown, -1);

  pango_layout_set_font_description (layout, desc);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (width > 0.0)
    pango_layout_set_width (layout, pango_units_from_double (width));
  if (pango_parse_markup (markup, -1, 0, NULL, NULL, NULL, NULL))
    pango_layout_set_markup (layout, markup, -1);
  else
    pango_layout_set_text (layout, markdown, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return pango_units_to_double (height);
}

static double
layout_width (PangoLayout *layout)
{
  int width;

  pango_layout_get_size (layout, &width, NULL);
  return pango_units_to_double (width);
}

static void
add_piece (Block       *block,
           PangoLayout *layout,
           double       x)
{
  Piece *piece = g_new0 (Piece, 1);

  piece->layout = layout;
  piece->x = x;
  g_ptr_array_add (block->pieces, piece);
}

static void
add_text_block (RtPrintReport   *report,
                GtkPrintContext *context,
                const char      *font,
                const char      *markdown,
                double           space_before,
                gboolean         heading)
{
  Block *block = block_new ();
  PangoLayout *layout = make_layout (context, font, markdown, report->width);

  add_piece (block, layout, 0.0);
  block->height = layout_height (layout);
  block->space_before = space_before;
  block->splittable = !heading;
  block->keep_with_next = heading;
  g_ptr_array_add (report->blocks, block);
}

static void
add_list_item (RtPrintReport   *report,
               GtkPrintContext *context,
               const char      *markdown,
               double           space_before)
{
  Block *block = block_new ();
  PangoLayout *bullet = make_layout (context, "Sans 10", "•", 0.0);
  PangoLayout *body = make_layout (context, "Sans 10", markdown, report->width - LIST_INDENT);

  add_piece (block, bullet, LIST_INDENT / 2.5);
  add_piece (block, body, LIST_INDENT);
  block->height = MAX (layout_height (body), layout_height (bullet));
  block->space_before = space_before;
  block->splittable = TRUE;
  g_ptr_array_add (report->blocks, block);
}

/* Narrows the widest columns until the table fits: a column narrower than
 * an equal share keeps its width, the others share what is left. */
static void
fit_columns (double *widths,
             guint   n,
             double  available)
{
  g_autofree gboolean *fixed = g_new0 (gboolean, n);
  gboolean changed = TRUE;
  double total = 0.0;

  for (guint i = 0; i < n; i++)
    total += widths[i];
  if (total <= available)
    return;

  while (changed)
    {
      double left = available, share;
      guint n_free = 0;

      changed = FALSE;
      for (guint i = 0; i < n; i++)
        {
          if (fixed[i])
            left -= widths[i];
          else
            n_free++;
        }
      if (n_free == 0)
        break;
      share = left / n_free;
      for (guint i = 0; i < n; i++)
        if (!fixed[i] && widths[i] <= share)
          {
            fixed[i] = TRUE;
            changed = TRUE;
          }
      if (!changed)
        for (guint i = 0; i < n; i++)
          if (!fixed[i])
            widths[i] = MAX (share, 2.0 * CELL_PAD_X + 12.0);
    }
}

static void
add_table (RtPrintReport   *report,
           GtkPrintContext *context,
           GPtrArray       *rows)
{
  PangoAlignment align[64] = { 0 };
  g_autofree double *widths = NULL;
  guint n_cols = 0, header = 0;
  double table_width = 0.0;

  /* Row 0 is the header when row 1 says how columns are aligned. */
  if (rows->len > 1 && rt_print_markdown_alignment_row (g_ptr_array_index (rows, 1), align, G_N_ELEMENTS (align)))
    {
      g_ptr_array_remove_index (rows, 1);
      header = 1;
    }
  for (guint r = 0; r < rows->len; r++)
    n_cols = MAX (n_cols, ((GPtrArray *) g_ptr_array_index (rows, r))->len);
  n_cols = MIN (n_cols, G_N_ELEMENTS (align));
  if (n_cols == 0)
    return;

  widths = g_new0 (double, n_cols);
  for (guint r = 0; r < rows->len; r++)
    {
      GPtrArray *cells = g_ptr_array_index (rows, r);

      for (guint c = 0; c < MIN (cells->len, n_cols); c++)
        {
          g_autoptr(PangoLayout) probe = make_layout (context, r < header ? "Sans Bold 9" : "Sans 9",
                                                      g_ptr_array_index (cells, c), 0.0);

          widths[c] = MAX (widths[c], layout_width (probe) + 2.0 * CELL_PAD_X);
        }
    }
  fit_columns (widths, n_cols, report->width);
  for (guint c = 0; c < n_cols; c++)
    table_width += widths[c];

  for (guint r = 0; r < rows->len; r++)
    {
      GPtrArray *cells = g_ptr_array_index (rows, r);
      Block *block = block_new ();
      double x = 0.0, height = 0.0;

      for (guint c = 0; c < n_cols; c++)
        {
          const char *text = c < cells->len ? g_ptr_array_index (cells, c) : "";
          PangoLayout *layout = make_layout (context, r < header ? "Sans Bold 9" : "Sans 9", text,
                                             widths[c] - 2.0 * CELL_PAD_X);

          pango_layout_set_alignment (layout, align[c]);
          add_piece (block, layout, x + CELL_PAD_X);
          height = MAX (height, layout_height (layout));
          x += widths[c];
        }
      block->pad_top = CELL_PAD_Y;
      block->height = height + 2.0 * CELL_PAD_Y;
      block->space_before = r == 0 ? 8.0 : 0.0;
      block->rule = r < header ? RULE_HEADER : RULE_ROW;
      block->rule_width = table_width;
      /* The header goes with the first row. */
      block->keep_with_next = r < header;
      g_ptr_array_add (report->blocks, block);
    }
}

static const char *
heading_font (guint level)
{
  switch (level)
    {
    case 1: return "Sans Bold 17";
    case 2: return "Sans Bold 13";
    default: return "Sans Bold 11";
    }
}

static void
flush_paragraph (RtPrintReport   *report,
                 GtkPrintContext *context,
                 GString         *paragraph)
{
  if (paragraph->len == 0)
    return;
  add_text_block (report, context, "Sans 10", paragraph->str, 7.0, FALSE);
  g_string_truncate (paragraph, 0);
}

static void
build_blocks (RtPrintReport   *report,
              GtkPrintContext *context,
              const char      *markdown)
{
  g_auto(GStrv) lines = g_strsplit (markdown, "\n", -1);
  g_autoptr(GString) paragraph = g_string_new (NULL);
  gboolean in_list = FALSE;
  guint i = 0;

  while (lines[i] != NULL)
    {
      char *line = lines[i];
      guint level;

      g_strchomp (line);
      if (*line == '\0')
        {
          flush_paragraph (report, context, paragraph);
          in_list = FALSE;
          i++;
        }
      else if ((level = rt_print_markdown_heading_level (line)) > 0)
        {
          const char *text = line + level;

          flush_paragraph (report, context, paragraph);
          while (*text == ' ')
            text++;
          add_text_block (report, context, heading_font (level), text,
                          level == 1 ? 0.0 : level == 2 ? 16.0 : 11.0, TRUE);
          in_list = FALSE;
          i++;
        }
      else if (rt_print_markdown_is_list_item (line))
        {
          g_autoptr(GString) item = g_string_new (line + 2);

          flush_paragraph (report, context, paragraph);
          /* Lines indented under the item continue it. */
          for (i++; lines[i] != NULL && lines[i][0] == ' ' && *g_strstrip (lines[i]) != '\0'; i++)
            g_string_append_printf (item, " %s", lines[i]);
          add_list_item (report, context, item->str, in_list ? 2.0 : 6.0);
          in_list = TRUE;
        }
      else if (line[0] == '|')
        {
          g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

          flush_paragraph (report, context, paragraph);
          for (; lines[i] != NULL && lines[i][0] == '|'; i++)
            g_ptr_array_add (rows, rt_print_markdown_split_row (g_strchomp (lines[i])));
          add_table (report, context, rows);
          in_list = FALSE;
        }
      else
        {
          if (paragraph->len > 0)
            g_string_append_c (paragraph, ' ');
          g_string_append (paragraph, g_strstrip (line));
          i++;
        }
    }
  flush_paragraph (report, context, paragraph);
}

/* Pages. */

/* The top of each line of the layout, and below the last one its bottom,
 * points from the layout's top. */
static GArray *
line_tops (PangoLayout *layout)
{
  GArray *tops = g_array_new (FALSE, FALSE, sizeof (double));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int y0, y1 = 0;

  do
    {
      double top;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      top = pango_units_to_double (y0);
      g_array_append_val (tops, top);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  {
    double bottom = pango_units_to_double (y1);

    g_array_append_val (tops, bottom);
  }
  return tops;
}

static void
place (RtPrintReport *report,
       guint          block,
       int            page,
       double         y,
       int            first_line,
       int            n_lines)
{
  Placement p = { block, page, y, first_line, n_lines };

  g_array_append_val (report->placements, p);
  report->n_pages = MAX (report->n_pages, page + 1);
}

/* How much of the page a block needs before a page break may follow it:
 * itself, and for a heading the first line of what comes next. */
static double
needed_height (RtPrintReport *report,
               guint          index)
{
  Block *block = g_ptr_array_index (report->blocks, index);
  double need = block->height;

  if (block->keep_with_next && index + 1 < report->blocks->len)
    {
      Block *next = g_ptr_array_index (report->blocks, index + 1);

      if (next->splittable)
        {
          Piece *body = g_ptr_array_index (next->pieces, next->pieces->len - 1);
          g_autoptr(GArray) tops = line_tops (body->layout);

          need += next->space_before + g_array_index (tops, double, MIN (1u, tops->len - 1));
        }
      else
        need += next->space_before + next->height;
    }
  return need;
}

static void
paginate (RtPrintReport *report)
{
  int page = 0;
  double y = 0.0;

  for (guint b = 0; b < report->blocks->len; b++)
    {
      Block *block = g_ptr_array_index (report->blocks, b);
      double space = y > 0.0 ? block->space_before : 0.0;
      Piece *body;
      g_autoptr(GArray) tops = NULL;
      int first = 0, n_lines;

      if (!block->splittable)
        {
          if (y > 0.0 && y + space + needed_height (report, b) > report->body_height)
            {
              page++;
              y = 0.0;
              space = 0.0;
            }
          place (report, b, page, y + space, 0, -1);
          y += space + block->height;
          continue;
        }
      if (y + space + block->height <= report->body_height)
        {
          place (report, b, page, y + space, 0, -1);
          y += space + block->height;
          continue;
        }

      body = g_ptr_array_index (block->pieces, block->pieces->len - 1);
      tops = line_tops (body->layout);
      n_lines = tops->len - 1;
      while (first < n_lines)
        {
          double start = g_array_index (tops, double, first);
          int last = first;

          while (last < n_lines &&
                 y + space + g_array_index (tops, double, last + 1) - start <= report->body_height)
            last++;
          if (last == first && y > 0.0)
            {
              page++;
              y = 0.0;
              space = 0.0;
              continue;
            }
          /* A line taller than a page still goes somewhere. */
          if (last == first)
            last = first + 1;
          place (report, b, page, y + space, first, last - first);
          y += space + g_array_index (tops, double, last) - start;
          space = 0.0;
          first = last;
          if (first < n_lines)
            {
              page++;
              y = 0.0;
            }
        }
    }
}

RtPrintReport *
rt_print_report_new (const char      *markdown,
                     GtkPrintContext *context,
                     double           width,
                     double           height)
{
  RtPrintReport *report;

  g_return_val_if_fail (markdown != NULL, NULL);
  g_return_val_if_fail (GTK_IS_PRINT_CONTEXT (context), NULL);

  report = g_new0 (RtPrintReport, 1);
  report->blocks = g_ptr_array_new_with_free_func (block_free);
  report->placements = g_array_new (FALSE, FALSE, sizeof (Placement));
  report->width = width;
  report->height = height;
  report->body_height = MAX (height - FOOTER_HEIGHT, 72.0);
  report->n_pages = 1;

  build_blocks (report, context, markdown);
  paginate (report);
  return report;
}

/* Drawing. */

static void
draw_lines (cairo_t     *cr,
            PangoLayout *layout,
            double       x,
            double       y,
            int          first,
            int          n_lines)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double top = 0.0;
  int index = 0;

  do
    {
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      if (index == first)
        top = pango_units_to_double (y0);
      if (index >= first && index < first + n_lines)
        {
          PangoRectangle logical;
          double baseline = pango_units_to_double (pango_layout_iter_get_baseline (iter));

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          cairo_move_to (cr, x + pango_units_to_double (logical.x), y + baseline - top);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
      index++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
draw_placement (RtPrintReport   *report,
                cairo_t         *cr,
                const Placement *p)
{
  Block *block = g_ptr_array_index (report->blocks, p->block);

  cairo_set_source_rgb (cr, 0.0, 0.0, 0.0);
  for (guint i = 0; i < block->pieces->len; i++)
    {
      Piece *piece = g_ptr_array_index (block->pieces, i);
      gboolean body = block->splittable && i == block->pieces->len - 1;

      if (p->n_lines < 0)
        {
          cairo_move_to (cr, piece->x, p->y + block->pad_top);
          pango_cairo_show_layout (cr, piece->layout);
        }
      else if (body)
        draw_lines (cr, piece->layout, piece->x, p->y, p->first_line, p->n_lines);
      else if (p->first_line == 0)
        {
          cairo_move_to (cr, piece->x, p->y);
          pango_cairo_show_layout (cr, piece->layout);
        }
    }

  if (block->rule != RULE_NONE)
    {
      double y = p->y + block->height;

      if (block->rule == RULE_HEADER)
        {
          cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
          cairo_set_line_width (cr, 0.8);
        }
      else
        {
          cairo_set_source_rgb (cr, 0.75, 0.75, 0.75);
          cairo_set_line_width (cr, 0.4);
        }
      cairo_move_to (cr, 0.0, y);
      cairo_line_to (cr, block->rule_width, y);
      cairo_stroke (cr);
    }
}

void
rt_print_report_draw_page (RtPrintReport   *report,
                           GtkPrintContext *context,
                           int              page)
{
  cairo_t *cr;
  g_autoptr(PangoLayout) footer = NULL;
  g_autoptr(PangoFontDescription) font = NULL;
  g_autofree char *number = NULL;

  g_return_if_fail (report != NULL);
  g_return_if_fail (GTK_IS_PRINT_CONTEXT (context));

  cr = gtk_print_context_get_cairo_context (context);
  cairo_save (cr);
  for (guint i = 0; i < report->placements->len; i++)
    {
      const Placement *p = &g_array_index (report->placements, Placement, i);

      if (p->page == page)
        draw_placement (report, cr, p);
    }

  /* Translators: the footer of a printed report. */
  number = g_strdup_printf (_("Page %d of %d"), page + 1, report->n_pages);
  footer = gtk_print_context_create_pango_layout (context);
  font = pango_font_description_from_string ("Sans 8");
  pango_layout_set_font_description (footer, font);
  pango_layout_set_text (footer, number, -1);
  pango_layout_set_width (footer, pango_units_from_double (report->width));
  pango_layout_set_alignment (footer, PANGO_ALIGN_CENTER);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  cairo_move_to (cr, 0.0, report->height - layout_height (footer));
  pango_cairo_show_layout (cr, footer);
  cairo_restore (cr);
}
