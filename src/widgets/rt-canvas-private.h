/* rt-canvas-private.h: what the canvas's files share, and the entry points
 * tests drive it through
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "render/rt-hit.h"
#include "render/rt-layout.h"
#include "render/rt-renderer.h"
#include "rt-canvas.h"

G_BEGIN_DECLS

typedef enum {
  RT_DRAG_NONE,
  RT_DRAG_PENDING,  /* pressed, not yet past the threshold */
  RT_DRAG_PAN,
  RT_DRAG_MOVE,
  RT_DRAG_LINK,
  RT_DRAG_BAND,
} RtDragMode;

/* What a press turns into once the pointer moves. */
typedef enum {
  RT_PRESS_PAN,
  RT_PRESS_MOVE,
  RT_PRESS_LINK,
  RT_PRESS_BAND,
} RtPressAction;

/* A node being typed: an existing one (node_id) or a new one that enters
 * the document when committed. */
typedef struct {
  gboolean    active;
  gboolean    is_new;
  char       *node_id;     /* existing node; NULL for a new one */
  RtNodeKind  kind;        /* of the new node before any mark */
  RtNodeKind  shown_kind;  /* what the editor looks like now */
  char       *parent_id;   /* new node: linked to this one, or NULL */
  gboolean    has_point;   /* new node: put at x, y rather than by layout */
  gboolean    pin;         /* new node: pinned at x, y */
  double      x, y;        /* new node: where it shows while typed */
  char       *original;    /* existing node: the text as editing began */
} RtEdit;

struct _RtCanvas
{
  GtkWidget      parent_instance;

  RtDocument    *document;      /* owned reference */
  RtRenderer    *renderer;      /* owned; NULL without a document */
  RtMetrics     *metrics;       /* owned; shared by every renderer here */
  RtMetrics     *sizes_ahead;   /* owned; sizes for the next document */
  RtTheme        theme;
  char          *speaker;
  char          *highlight_person; /* nodes they have no part in are faded */
  GHashTable    *dimmed;        /* owned reference, or NULL */
  int            history_limit; /* negative: every node */
  gboolean       presentation;
  double         text_scale;
  gboolean       high_contrast;
  gboolean       show_minimap;

  RtView         view;
  gboolean       need_fit;      /* fit the map at the next allocation */
  gboolean       has_size;
  RtRect         bounds;        /* cached rt_renderer_get_bounds () */
  gboolean       has_bounds;
  gboolean       bounds_valid;
  GdkTexture    *grid;          /* owned: one tile of the dot grid, grid_step wide */
  double         grid_step;

  /* Selection. */
  GHashTable    *selection;     /* owned set of owned node ids */
  char          *cursor_id;     /* in selection, or NULL */
  RtLink        *selected_link; /* owned copy, or NULL */
  char          *hover_id;
  RtLink        *hover_link;    /* owned copy, or NULL */
  gboolean       selection_dirty; /* changed by the document: tell at "changed" */

  /* Pointer. */
  GtkGesture    *drag;          /* owned by the widget */
  RtDragMode     drag_mode;
  RtPressAction  press_action;
  guint          drag_button;
  double         drag_x0, drag_y0;   /* widget coordinates of the press */
  double         drag_dx, drag_dy;
  double         pan_x0, pan_y0;     /* view origin at the press */
  char          *press_id;      /* node pressed on, or NULL */
  gboolean       press_select_only;  /* a click without motion selects it alone */
  GPtrArray     *move_ids;      /* owned char *: nodes a drag moves */
  GArray        *move_start;    /* double x, y pairs */
  guint          move_key;
  guint          move_history;  /* history length after this drag's first move, or 0 */
  gboolean       move_split;    /* another step came between its moves */
  char          *link_target;   /* node under the pointer while linking */
  GHashTable    *band_preview;  /* owned: what the rubber band would select */
  double         pointer_x, pointer_y; /* last known, widget coordinates */
  double         pinch_scale0;
  double         scroll_vx, scroll_vy;
  guint          kinetic_id;
  gint64         kinetic_time;
  guint          autoscroll_id; /* scrolling while a drag is at an edge */
  gint64         autoscroll_time;

  /* Gentle scrolling and zooming of the view. */
  guint          view_tick_id;
  RtView         view_from, view_to;
  gint64         view_t0;

  /* Arrange animation: the old map drawn moving to the new places. */
  guint          arrange_tick_id;
  gint64         arrange_t0;
  RtDocument    *anim_document;  /* owned copy */
  RtRenderer    *anim_renderer;  /* owned */
  guint          anim_n;
  char         **anim_ids;       /* owned */
  double        *anim_from;      /* owned, x y pairs */
  double        *anim_to;        /* owned, x y pairs */
  gboolean       anim_executing;

  guint          place_idle_id;  /* places nodes added without a position */

  /* In-place editor. */
  GtkWidget     *editor;         /* GtkTextView child */
  GtkCssProvider *editor_css;
  double         editor_font_px;
  RtEdit         edit;
  guint          commit_idle_id;

  GtkWidget     *minimap;        /* RtMinimap child */
  GtkWidget     *menu;           /* GtkPopoverMenu child */
  GSimpleActionGroup *actions;   /* "canvas.*" for the context menu */
  GMenuModel    *node_menu_extra; /* owned: a section added to the node menu, or NULL */
  double         menu_x, menu_y; /* where the context menu was opened, map units */
  GtkIMContext  *im;             /* owned */

  gulong         doc_handlers[5];
  gulong         style_handlers[2];
};

/* Replaces *dest with a copy of src; TRUE when it differed. */
static inline gboolean
rt_canvas_set_str (char       **dest,
                   const char  *src)
{
  if (g_strcmp0 (*dest, src) == 0)
    return FALSE;
  g_free (*dest);
  *dest = g_strdup (src);
  return TRUE;
}

static inline gboolean
rt_canvas_same_link (const RtLink *a,
                     const RtLink *b)
{
  return a != NULL && b != NULL && a->kind == b->kind &&
         g_str_equal (a->from, b->from) && g_str_equal (a->to, b->to);
}

/* rt-canvas.c */
void          rt_canvas_notify_editing     (RtCanvas       *self);
void          rt_canvas_notify_zoom        (RtCanvas       *self);
/* Every step is one command; on failure the window is not told, the error
 * is logged: commands built from the current state do not fail. */
gboolean      rt_canvas_execute            (RtCanvas       *self,
                                            RtCommand      *command);

/* rt-canvas-view.c */
void          rt_canvas_snapshot           (GtkWidget      *widget,
                                            GtkSnapshot    *snapshot);
gboolean      rt_canvas_animations_enabled (RtCanvas       *self);
/* The view a map is first shown in: all of it, or its start at a size
 * that can be read. */
void          rt_canvas_show_start         (RtCanvas       *self);
void          rt_canvas_stop_view_animation (RtCanvas      *self);
void          rt_canvas_fit_rect           (RtCanvas       *self,
                                            const RtRect   *rect,
                                            gboolean        animate);
/* rt-canvas-selection.c and rt-canvas-view.c */
void          rt_canvas_set_view           (RtCanvas       *self,
                                            const RtView   *view);
/* Moves the view to target over a short time (at once without animations). */
void          rt_canvas_animate_view       (RtCanvas       *self,
                                            const RtView   *target);
/* Scrolls just enough for the rectangle (map units) to be in view. */
void          rt_canvas_reveal_rect        (RtCanvas       *self,
                                            const RtRect   *rect);
void          rt_canvas_reveal_node        (RtCanvas       *self,
                                            const char     *node_id);
/* The map's bounds, cached until the document changes. */
gboolean      rt_canvas_get_bounds         (RtCanvas       *self,
                                            RtRect         *out);
void          rt_canvas_fill_state         (RtCanvas       *self,
                                            RtRenderState  *state);
void          rt_canvas_emit_selection_changed (RtCanvas   *self);
void          rt_canvas_set_cursor_id      (RtCanvas       *self,
                                            const char     *node_id);
void          rt_canvas_set_hover          (RtCanvas       *self,
                                            const char     *node_id,
                                            const RtLink   *link);
const RtNode *rt_canvas_get_cursor_node    (RtCanvas       *self);
/* reveal: scroll the node into view (not for a node the pointer is on). */
void          rt_canvas_select_node_full   (RtCanvas       *self,
                                            const char     *node_id,
                                            gboolean        extend,
                                            gboolean        reveal);

#define RT_CANVAS_MODIFIERS (GDK_SHIFT_MASK | GDK_CONTROL_MASK | GDK_ALT_MASK | \
                             GDK_SUPER_MASK | GDK_META_MASK)

/* rt-canvas-input.c */
void          rt_canvas_setup_input        (RtCanvas       *self);
void          rt_canvas_stop_kinetic       (RtCanvas       *self);
/* What is at x, y (widget coordinates). */
void          rt_canvas_hit_test           (RtCanvas       *self,
                                            double          x,
                                            double          y,
                                            RtHit          *hit);

/* rt-canvas-drag.c */
/* The steps the drag gesture takes: a press at x, y, the pointer at x, y
 * (TRUE when that starts the drag, past the threshold), the release. */
void          rt_canvas_drag_press         (RtCanvas       *self,
                                            guint           button,
                                            GdkModifierType state,
                                            double          x,
                                            double          y);
gboolean      rt_canvas_drag_motion        (RtCanvas       *self,
                                            double          x,
                                            double          y);
void          rt_canvas_drag_release       (RtCanvas       *self);
/* A press at x0, y0 moved to x1, y1 and released, through the same steps
 * the drag gesture takes (for tests; x0, y0 = x1, y1 is a click). */
void          rt_canvas_drag               (RtCanvas       *self,
                                            guint           button,
                                            GdkModifierType state,
                                            double          x0,
                                            double          y0,
                                            double          x1,
                                            double          y1);
/* Follows the pointer and a view that moved under the drag. */
void          rt_canvas_update_drag        (RtCanvas       *self);
/* Where the press was, in widget coordinates of the view now. */
void          rt_canvas_get_drag_anchor    (RtCanvas       *self,
                                            double         *x,
                                            double         *y);
/* Starts or stops scrolling as the pointer of a drag nears an edge. */
void          rt_canvas_update_autoscroll  (RtCanvas       *self);
void          rt_canvas_stop_autoscroll    (RtCanvas       *self);
/* One step of it, as a frame that many seconds after the last takes. */
void          rt_canvas_autoscroll_step    (RtCanvas       *self,
                                            double          seconds);

/* rt-canvas-keys.c */
void          rt_canvas_setup_keys         (RtCanvas       *self);
/* What a key press does on the canvas (not in the editor). */
gboolean      rt_canvas_handle_key         (RtCanvas       *self,
                                            guint           keyval,
                                            GdkModifierType state);
/* Text typed on the canvas (not in the editor). */
gboolean      rt_canvas_handle_text        (RtCanvas       *self,
                                            const char     *text);
/* The node nearest the cursor node in a direction (arrow key), or NULL. */
const RtNode *rt_canvas_find_neighbour     (RtCanvas       *self,
                                            guint           keyval);

/* rt-canvas-edit.c */
void          rt_canvas_setup_editor       (RtCanvas       *self);
void          rt_canvas_dispose_editor     (RtCanvas       *self);
void          rt_canvas_allocate_editor    (RtCanvas       *self);
/* Starts typing a new node linked to parent_id (or to nothing); it shows
 * at x, y when has_point (pinned there with pin), else where layout puts
 * it. initial may be NULL. */
gboolean      rt_canvas_begin_new          (RtCanvas       *self,
                                            RtNodeKind      kind,
                                            const char     *parent_id,
                                            gboolean        has_point,
                                            gboolean        pin,
                                            double          x,
                                            double          y,
                                            const char     *initial);
/* What a key press does in the editor. */
gboolean      rt_canvas_editor_key         (RtCanvas       *self,
                                            guint           keyval,
                                            GdkModifierType state);
GtkTextBuffer *rt_canvas_get_editor_buffer (RtCanvas       *self);
void          rt_canvas_editor_node_removed (RtCanvas      *self,
                                            const RtNode   *node);
void          rt_canvas_update_editor_style (RtCanvas      *self);
/* A leading ? ! + - # names a kind: *kind is set and the text after the
 * mark returned; otherwise NULL. */
char         *rt_canvas_parse_mark         (const char     *text,
                                            RtNodeKind     *kind);
/* Adds a node with its text, its link to parent_id and its place, as one
 * undo step; returns its id. */
char         *rt_canvas_add_captured       (RtCanvas       *self,
                                            const char     *typed,
                                            RtNodeKind      kind,
                                            const char     *parent_id,
                                            gboolean        has_point,
                                            double          x,
                                            double          y,
                                            gboolean        pin,
                                            GError        **error);
/* Where a new node without a parent goes: the view centre, moved down
 * until it overlaps nothing. */
void          rt_canvas_free_point         (RtCanvas       *self,
                                            RtNodeKind      kind,
                                            double         *x,
                                            double         *y);

/* rt-canvas-menu.c */
void          rt_canvas_setup_menu         (RtCanvas       *self);
void          rt_canvas_update_menu_actions (RtCanvas      *self);
/* Pops up the context menu for what is selected, pointing at x, y
 * (widget coordinates). */
void          rt_canvas_popup_menu         (RtCanvas       *self,
                                            double          x,
                                            double          y);
/* Pops it up at the cursor node, or the centre of the view. */
void          rt_canvas_popup_menu_at_selection (RtCanvas  *self);

/* rt-canvas-arrange.c */
/* Places nodes without a position. On a document just shown whose
 * history is empty and which is unmodified, the placing is no user step. */
void          rt_canvas_place_unplaced     (RtCanvas       *self,
                                            gboolean        loading);
void          rt_canvas_schedule_place     (RtCanvas       *self);
void          rt_canvas_stop_arrange       (RtCanvas       *self);
/* The renderer to draw with: the animation's while one runs. */
RtRenderer   *rt_canvas_get_draw_renderer  (RtCanvas       *self);

G_END_DECLS
