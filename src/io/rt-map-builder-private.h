/* rt-map-builder-private.h: what the builder's two files share
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rt-io-error.h"
#include "rt-map-builder.h"

G_BEGIN_DECLS

typedef enum {
  EL_UNKNOWN, /* ignored, with everything inside it */
  EL_ROOT,
  EL_META,
  EL_TITLE,
  EL_DESCRIPTION,
  EL_CREATED,
  EL_MODIFIED,
  EL_PEOPLE,
  EL_PERSON,
  EL_NODES,
  EL_NODE,
  EL_TEXT,
  EL_DETAILS,
  EL_CREDIT,
  EL_STANCE,
  EL_LINKS,
  EL_LINK,
} Element;

typedef enum {
  A_VERSION,
  A_ID,
  A_NAME,
  A_COLOR,
  A_ROLE,
  A_PRESENT,
  A_KIND,
  A_BY,
  A_CREATED,
  A_STATUS,
  A_X,
  A_Y,
  A_PINNED,
  A_MODIFIED,
  A_MODIFIED_BY,
  A_PERSON,
  A_LEVEL,
  A_AT,
  A_DUE,
  A_FROM,
  A_TO,
  N_ATTRS
} Attr;

extern const char *const rt_map_attr_names[N_ATTRS];

typedef enum {
  REF_NODE_BY,
  REF_NODE_MODIFIED_BY,
  REF_CREDIT,
  REF_STANCE,
  REF_LINK_BY,
} RefKind;

/* A reference to a person not seen yet; resolved at the end. */
typedef struct {
  const char *id;    /* borrowed from the object that refers */
  const char *owner; /* the node that refers, or NULL for links */
  guint       line;
  RefKind     kind;
} PendingRef;

/* A link read before one of its nodes; taken at the end. */
typedef struct {
  RtLink *link;      /* owned */
  guint   line;
} HeldLink;

struct _RtMapBuilder
{
  char       *name; /* for messages */

  Element     stack[RT_MAP_MAX_DEPTH];
  guint       depth;

  /* Attributes of the element about to start: NUL-separated values in
   * scratch, at the offsets in attr_at (-1 when absent). */
  GString    *scratch;
  gssize      attr_at[N_ATTRS];
  const char *too_long; /* an attribute over the text limit */

  GString    *text;     /* the text of the open text element */
  guint       text_line;

  gboolean    seen_root;
  char       *title;
  char       *description;
  gint64      created;
  gint64      modified;
  gboolean    has_title, has_description, has_created, has_modified;

  /* People, nodes and links go into the document as they are read, so
   * that its indexes are the only ones; a refused file drops it whole. */
  RtDocument *doc;
  GArray     *person_lines; /* guint, in document order */
  GPtrArray  *uncolored;    /* borrowed RtPerson * read without a color */
  GArray     *node_lines;
  GArray     *link_lines;
  GArray     *held_links;   /* HeldLink */

  RtNode     *node;         /* the node being read, in doc */
  guint       node_line;
  gboolean    node_has_text, node_has_details;
  GHashTable *node_credits; /* person ids, for nodes with many */
  GHashTable *node_stances;
  RtStance   *stance;       /* the stance being read: the last of node */

  GArray     *pending;      /* PendingRef */
};

void     rt_map_builder_fail     (RtMapBuilder *self,
                                  GError      **error,
                                  RtIoError     code,
                                  guint         line,
                                  const char   *format,
                                  ...) G_GNUC_PRINTF (5, 6);

/* The value of an attribute of the element being started, or NULL. */
static inline const char *
attr (RtMapBuilder *self,
      Attr          a)
{
  return self->attr_at[a] < 0 ? NULL : self->scratch->str + self->attr_at[a];
}

/* A time as FORMAT.md allows it. */
gboolean rt_map_parse_time       (const char   *s,
                                  gint64       *out);

/* The elements with attributes (rt-map-builder-elements.c). */
gboolean rt_map_start_root       (RtMapBuilder *self, guint line, GError **error);
gboolean rt_map_start_person     (RtMapBuilder *self, guint line, GError **error);
gboolean rt_map_start_node       (RtMapBuilder *self, guint line, GError **error);
gboolean rt_map_start_credit     (RtMapBuilder *self, guint line, GError **error);
gboolean rt_map_start_stance     (RtMapBuilder *self, guint line, GError **error);
gboolean rt_map_start_link       (RtMapBuilder *self, guint line, GError **error);
/* Takes link unless it repeats one; both its nodes are in the document. */
gboolean rt_map_add_link         (RtMapBuilder *self,
                                  RtLink       *link,
                                  guint         line,
                                  GError      **error);

G_END_DECLS
