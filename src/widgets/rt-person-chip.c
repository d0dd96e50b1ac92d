/* rt-person-chip.c: a person's colour, as a dot or a pill with their name
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-widgets"

#include "config.h"

#include "render/rt-theme.h"
#include "rt-person-chip.h"

#define DOT_SIZE 14

struct _RtPersonChip
{
  GtkWidget  parent_instance;

  GtkWidget *label;   /* child; hidden for a dot */
  char      *color;
  gboolean   dimmed;
};

G_DEFINE_FINAL_TYPE (RtPersonChip, rt_person_chip, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COLOR,
  PROP_LABEL,
  PROP_DIMMED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Okabe & Ito (2008), without black, which vanishes on a dark map; then
 * GNOME palette colours that differ from those in hue or lightness. */
static const char *const palette[] = {
  "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00",
  "#f0e442", "#9141ac", "#865e3c", "#5e5c64", "#a51d2d", NULL,
};

const char *const *
rt_person_palette (guint *n_colors)
{
  if (n_colors != NULL)
    *n_colors = G_N_ELEMENTS (palette) - 1;
  return palette;
}

const char *
rt_person_palette_next (RtDocument *doc)
{
  guint uses[G_N_ELEMENTS (palette)] = { 0 };
  guint best = 0;

  g_return_val_if_fail (RT_IS_DOCUMENT (doc), palette[0]);

  for (guint i = 0; i < rt_document_get_n_people (doc); i++)
    {
      const RtPerson *person = rt_document_get_person (doc, i);

      for (guint c = 0; palette[c] != NULL; c++)
        if (person->color != NULL && g_ascii_strcasecmp (person->color, palette[c]) == 0)
          uses[c]++;
    }
  for (guint c = 1; palette[c] != NULL; c++)
    if (uses[c] < uses[best])
      best = c;
  return palette[best];
}

static void
rt_person_chip_update (RtPersonChip *self)
{
  RtColor bg;
  RtColor fg;
  PangoAttrList *attrs = pango_attr_list_new ();
  const char *text = gtk_label_get_text (GTK_LABEL (self->label));
  gboolean has_label = text != NULL && *text != '\0';

  rt_color_parse (self->color, &bg);
  fg = rt_color_contrasting (&bg);
  pango_attr_list_insert (attrs, pango_attr_foreground_new ((guint16) (fg.r * 65535),
                                                            (guint16) (fg.g * 65535),
                                                            (guint16) (fg.b * 65535)));
  gtk_label_set_attributes (GTK_LABEL (self->label), attrs);
  pango_attr_list_unref (attrs);

  gtk_widget_set_visible (self->label, has_label);
  if (has_label)
    gtk_widget_set_size_request (GTK_WIDGET (self), -1, -1);
  else
    gtk_widget_set_size_request (GTK_WIDGET (self), DOT_SIZE, DOT_SIZE);
  gtk_widget_set_opacity (GTK_WIDGET (self), self->dimmed ? 0.55 : 1.0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
rt_person_chip_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  RtPersonChip *self = RT_PERSON_CHIP (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GskRoundedRect outline;
  RtColor c;
  GdkRGBA fill;
  GdkRGBA ring;
  GdkRGBA ink;
  float radius;

  if (width <= 0 || height <= 0)
    return;
  if (!gtk_widget_get_visible (self->label))
    {
      /* A dot: a circle centred in whatever room there is. */
      float size = MIN (width, height);

      graphene_rect_init (&outline.bounds, (width - size) / 2.0f, (height - size) / 2.0f,
                          size, size);
    }
  else
    graphene_rect_init (&outline.bounds, 0, 0, width, height);
  radius = outline.bounds.size.height / 2.0f;
  gsk_rounded_rect_init_from_rect (&outline, &outline.bounds, radius);

  rt_color_parse (self->color, &c);
  fill = (GdkRGBA) { c.r, c.g, c.b, 1.0 };
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &ink);
  G_GNUC_END_IGNORE_DEPRECATIONS
  /* A faint ring keeps pale colours visible on a light background and dark
   * ones on a dark background. */
  ring = (GdkRGBA) { ink.red, ink.green, ink.blue, 0.25 };

  gtk_snapshot_push_rounded_clip (snapshot, &outline);
  gtk_snapshot_append_color (snapshot, &fill, &outline.bounds);
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_append_border (snapshot, &outline,
                              (float[4]) { 1, 1, 1, 1 },
                              (GdkRGBA[4]) { ring, ring, ring, ring });

  gtk_widget_snapshot_child (widget, self->label, snapshot);
}

static void
rt_person_chip_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (rt_person_chip_parent_class)->css_changed (widget, change);
  gtk_widget_queue_draw (widget);
}

/* Properties. */

void
rt_person_chip_set_color (RtPersonChip *self,
                          const char   *color)
{
  g_return_if_fail (RT_IS_PERSON_CHIP (self));

  if (g_strcmp0 (self->color, color) == 0)
    return;
  g_free (self->color);
  self->color = g_strdup (color);
  rt_person_chip_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR]);
}

const char *
rt_person_chip_get_color (RtPersonChip *self)
{
  g_return_val_if_fail (RT_IS_PERSON_CHIP (self), NULL);

  return self->color;
}

void
rt_person_chip_set_label (RtPersonChip *self,
                          const char   *label)
{
  g_return_if_fail (RT_IS_PERSON_CHIP (self));

  if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (self->label)), label != NULL ? label : "") == 0)
    return;
  gtk_label_set_text (GTK_LABEL (self->label), label != NULL ? label : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label != NULL ? label : "",
                                  -1);
  rt_person_chip_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

const char *
rt_person_chip_get_label (RtPersonChip *self)
{
  const char *text;

  g_return_val_if_fail (RT_IS_PERSON_CHIP (self), NULL);

  text = gtk_label_get_text (GTK_LABEL (self->label));
  return text != NULL && *text != '\0' ? text : NULL;
}

void
rt_person_chip_set_dimmed (RtPersonChip *self,
                           gboolean      dimmed)
{
  g_return_if_fail (RT_IS_PERSON_CHIP (self));

  dimmed = !!dimmed;
  if (self->dimmed == dimmed)
    return;
  self->dimmed = dimmed;
  rt_person_chip_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIMMED]);
}

gboolean
rt_person_chip_get_dimmed (RtPersonChip *self)
{
  g_return_val_if_fail (RT_IS_PERSON_CHIP (self), FALSE);

  return self->dimmed;
}

/* GObject. */

GtkWidget *
rt_person_chip_new (const char *color,
                    const char *label)
{
  return g_object_new (RT_TYPE_PERSON_CHIP, "color", color, "label", label, NULL);
}

GtkWidget *
rt_person_chip_new_for_person (const RtPerson *person,
                               gboolean        with_name)
{
  GtkWidget *chip;

  g_return_val_if_fail (person != NULL, NULL);

  chip = rt_person_chip_new (person->color, with_name ? person->name : NULL);
  rt_person_chip_set_dimmed (RT_PERSON_CHIP (chip), !person->present);
  if (!with_name)
    gtk_accessible_update_property (GTK_ACCESSIBLE (chip),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, person->name, -1);
  gtk_widget_set_tooltip_text (chip, person->name);
  return chip;
}

static void
rt_person_chip_dispose (GObject *object)
{
  RtPersonChip *self = RT_PERSON_CHIP (object);

  g_clear_pointer (&self->label, gtk_widget_unparent);

  G_OBJECT_CLASS (rt_person_chip_parent_class)->dispose (object);
}

static void
rt_person_chip_finalize (GObject *object)
{
  RtPersonChip *self = RT_PERSON_CHIP (object);

  g_free (self->color);

  G_OBJECT_CLASS (rt_person_chip_parent_class)->finalize (object);
}

static void
rt_person_chip_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RtPersonChip *self = RT_PERSON_CHIP (object);

  switch (prop_id)
    {
    case PROP_COLOR:
      g_value_set_string (value, self->color);
      break;

    case PROP_LABEL:
      g_value_set_string (value, rt_person_chip_get_label (self));
      break;

    case PROP_DIMMED:
      g_value_set_boolean (value, self->dimmed);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_person_chip_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RtPersonChip *self = RT_PERSON_CHIP (object);

  switch (prop_id)
    {
    case PROP_COLOR:
      rt_person_chip_set_color (self, g_value_get_string (value));
      break;

    case PROP_LABEL:
      rt_person_chip_set_label (self, g_value_get_string (value));
      break;

    case PROP_DIMMED:
      rt_person_chip_set_dimmed (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_person_chip_class_init (RtPersonChipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_person_chip_dispose;
  object_class->finalize = rt_person_chip_finalize;
  object_class->get_property = rt_person_chip_get_property;
  object_class->set_property = rt_person_chip_set_property;
  widget_class->snapshot = rt_person_chip_snapshot;
  widget_class->css_changed = rt_person_chip_css_changed;

  properties[PROP_COLOR] =
    g_param_spec_string ("color", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DIMMED] =
    g_param_spec_boolean ("dimmed", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rt-person-chip");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
rt_person_chip_init (RtPersonChip *self)
{
  self->color = g_strdup ("#77767b");
  self->label = gtk_label_new (NULL);
  gtk_label_set_ellipsize (GTK_LABEL (self->label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_start (self->label, 9);
  gtk_widget_set_margin_end (self->label, 9);
  gtk_widget_set_margin_top (self->label, 2);
  gtk_widget_set_margin_bottom (self->label, 2);
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  rt_person_chip_update (self);
}
