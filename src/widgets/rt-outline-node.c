/* rt-outline-node.c: one node of a map as the outline lists it
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "roundtable-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-outline-node.h"

struct _RtOutlineNode
{
  GObject        parent_instance;

  char          *id;
  RtNodeKind     kind;
  char          *text;
  RtStatus       status;
  char          *author;
  char          *author_color;
  char          *label;
  gboolean       editing;
  gboolean       context;
};

G_DEFINE_FINAL_TYPE (RtOutlineNode, rt_outline_node, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_TEXT,
  PROP_STATUS,
  PROP_AUTHOR,
  PROP_AUTHOR_COLOR,
  PROP_LABEL,
  PROP_EDITING,
  PROP_CONTEXT,
  N_PROPS
};

enum {
  EDITED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

char *
rt_outline_describe_node (RtNodeKind  kind,
                          const char *text,
                          const char *author,
                          RtStatus    status)
{
  g_autofree char *who = NULL;
  g_autofree char *status_text = NULL;
  const char *shown = text != NULL && *text != '\0' ? text : _("(no text)");

  if (author != NULL)
    /* Translators: who contributed a node, as a screen reader says it. */
    who = g_strdup_printf (_("by %s"), author);
  else
    who = g_strdup (_("author unknown"));

  if (status == RT_STATUS_NONE)
    /* Translators: a node read out: kind, text, author ("Pro: Cheap — by
     * Ben Okafor"). */
    return g_strdup_printf (_("%s: %s — %s"), rt_node_kind_get_label (kind), shown, who);

  status_text = g_utf8_strdown (rt_status_get_label (status), -1);
  /* Translators: a node read out: kind, text, author, status ("Problem:
   * Who staffs the library on Saturdays? — by Ben Okafor, open"). */
  return g_strdup_printf (_("%s: %s — %s, %s"), rt_node_kind_get_label (kind), shown, who,
                          status_text);
}

RtOutlineNode *
rt_outline_node_new (const char *id)
{
  RtOutlineNode *self;

  g_return_val_if_fail (id != NULL, NULL);

  /* Made by the thousand: no construct properties. */
  self = g_object_new (RT_TYPE_OUTLINE_NODE, NULL);
  self->id = g_strdup (id);
  return self;
}

const char *
rt_outline_node_get_id (RtOutlineNode *self)
{
  g_return_val_if_fail (RT_IS_OUTLINE_NODE (self), NULL);
  return self->id;
}

RtNodeKind
rt_outline_node_get_kind (RtOutlineNode *self)
{
  g_return_val_if_fail (RT_IS_OUTLINE_NODE (self), RT_NODE_NOTE);
  return self->kind;
}

const char *
rt_outline_node_get_text (RtOutlineNode *self)
{
  g_return_val_if_fail (RT_IS_OUTLINE_NODE (self), NULL);
  return self->text;
}

RtStatus
rt_outline_node_get_status (RtOutlineNode *self)
{
  g_return_val_if_fail (RT_IS_OUTLINE_NODE (self), RT_STATUS_NONE);
  return self->status;
}

const char *
rt_outline_node_get_author (RtOutlineNode *self)
{
  g_return_val_if_fail (RT_IS_OUTLINE_NODE (self), NULL);
  return self->author;
}

const char *
rt_outline_node_get_author_color (RtOutlineNode *self)
{
  g_return_val_if_fail (RT_IS_OUTLINE_NODE (self), NULL);
  return self->author_color;
}

const char *
rt_outline_node_get_label (RtOutlineNode *self)
{
  g_return_val_if_fail (RT_IS_OUTLINE_NODE (self), NULL);
  return self->label;
}

static gboolean
set_string (RtOutlineNode *self,
            char         **field,
            const char    *value,
            guint          prop)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  return TRUE;
}

void
rt_outline_node_update (RtOutlineNode *self,
                        RtDocument    *doc,
                        const RtNode  *node)
{
  const RtPerson *author;
  g_autofree char *label = NULL;

  g_return_if_fail (RT_IS_OUTLINE_NODE (self));
  g_return_if_fail (RT_IS_DOCUMENT (doc));
  g_return_if_fail (node != NULL && g_str_equal (node->id, self->id));

  author = node->by != NULL ? rt_document_lookup_person (doc, node->by) : NULL;

  g_object_freeze_notify (G_OBJECT (self));
  if (self->kind != node->kind)
    {
      self->kind = node->kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
    }
  if (self->status != node->status)
    {
      self->status = node->status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
  set_string (self, &self->text, node->text, PROP_TEXT);
  set_string (self, &self->author, author != NULL ? author->name : NULL, PROP_AUTHOR);
  set_string (self, &self->author_color, author != NULL ? author->color : NULL,
              PROP_AUTHOR_COLOR);
  label = rt_outline_describe_node (self->kind, self->text, self->author, self->status);
  set_string (self, &self->label, label, PROP_LABEL);
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
rt_outline_node_get_editing (RtOutlineNode *self)
{
  g_return_val_if_fail (RT_IS_OUTLINE_NODE (self), FALSE);
  return self->editing;
}

void
rt_outline_node_set_editing (RtOutlineNode *self,
                             gboolean       editing)
{
  g_return_if_fail (RT_IS_OUTLINE_NODE (self));

  editing = !!editing;
  if (self->editing == editing)
    return;
  self->editing = editing;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITING]);
}

void
rt_outline_node_finish_editing (RtOutlineNode *self,
                                const char    *text)
{
  g_return_if_fail (RT_IS_OUTLINE_NODE (self));

  if (!self->editing)
    return;
  rt_outline_node_set_editing (self, FALSE);
  if (text != NULL)
    g_signal_emit (self, signals[EDITED], 0, text);
}

gboolean
rt_outline_node_get_context (RtOutlineNode *self)
{
  g_return_val_if_fail (RT_IS_OUTLINE_NODE (self), FALSE);
  return self->context;
}

void
rt_outline_node_set_context (RtOutlineNode *self,
                             gboolean       context)
{
  g_return_if_fail (RT_IS_OUTLINE_NODE (self));

  context = !!context;
  if (self->context == context)
    return;
  self->context = context;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

static void
rt_outline_node_finalize (GObject *object)
{
  RtOutlineNode *self = RT_OUTLINE_NODE (object);

  g_free (self->id);
  g_free (self->text);
  g_free (self->author);
  g_free (self->author_color);
  g_free (self->label);

  G_OBJECT_CLASS (rt_outline_node_parent_class)->finalize (object);
}

static void
rt_outline_node_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RtOutlineNode *self = RT_OUTLINE_NODE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;
    case PROP_AUTHOR:
      g_value_set_string (value, self->author);
      break;
    case PROP_AUTHOR_COLOR:
      g_value_set_string (value, self->author_color);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_EDITING:
      g_value_set_boolean (value, self->editing);
      break;
    case PROP_CONTEXT:
      g_value_set_boolean (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_outline_node_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RtOutlineNode *self = RT_OUTLINE_NODE (object);

  switch (prop_id)
    {
    case PROP_EDITING:
      rt_outline_node_set_editing (self, g_value_get_boolean (value));
      break;
    case PROP_CONTEXT:
      rt_outline_node_set_context (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_outline_node_class_init (RtOutlineNodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rt_outline_node_finalize;
  object_class->get_property = rt_outline_node_get_property;
  object_class->set_property = rt_outline_node_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, ro);
  properties[PROP_KIND] = g_param_spec_int ("kind", NULL, NULL, 0, RT_N_NODE_KINDS - 1, 0, ro);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, ro);
  properties[PROP_STATUS] = g_param_spec_int ("status", NULL, NULL, 0, RT_N_STATUSES - 1, 0, ro);
  properties[PROP_AUTHOR] = g_param_spec_string ("author", NULL, NULL, NULL, ro);
  properties[PROP_AUTHOR_COLOR] = g_param_spec_string ("author-color", NULL, NULL, NULL, ro);
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, ro);
  properties[PROP_EDITING] = g_param_spec_boolean ("editing", NULL, NULL, FALSE, rw);
  properties[PROP_CONTEXT] = g_param_spec_boolean ("context", NULL, NULL, FALSE, rw);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[EDITED] =
    g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
rt_outline_node_init (RtOutlineNode *self)
{
  self->text = g_strdup ("");
}
