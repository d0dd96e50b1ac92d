/* rt-types.h: the plain values a Roundtable map is made of
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Times are seconds since the Unix epoch, UTC; RT_TIME_NONE means unset. */
#define RT_TIME_NONE G_MININT64

typedef enum {
  RT_NODE_PROBLEM,
  RT_NODE_RESPONSE,
  RT_NODE_PRO,
  RT_NODE_CON,
  RT_NODE_NOTE,
  RT_N_NODE_KINDS
} RtNodeKind;

typedef enum {
  RT_STATUS_NONE,     /* kinds that carry no status */
  RT_STATUS_PROPOSED, /* response, the default */
  RT_STATUS_ADOPTED,
  RT_STATUS_REJECTED,
  RT_STATUS_PARKED,
  RT_STATUS_OPEN,     /* problem, the default */
  RT_STATUS_RESOLVED,
  RT_N_STATUSES
} RtStatus;

typedef enum {
  RT_LINK_RESPONDS_TO,
  RT_LINK_SUPPORTS,
  RT_LINK_OPPOSES,
  RT_LINK_ARISES_FROM,
  RT_LINK_RELATES_TO,
  RT_N_LINK_KINDS
} RtLinkKind;

/* Strongest first, as FORMAT.md lists them. */
typedef enum {
  RT_STANCE_NONE,
  RT_STANCE_COMMIT,
  RT_STANCE_AGREE,
  RT_STANCE_ACCEPT,
  RT_STANCE_OBJECT,
  RT_N_STANCE_LEVELS
} RtStanceLevel;

typedef enum {
  RT_ROLE_PARTICIPANT,
  RT_ROLE_FACILITATOR
} RtRole;

typedef struct {
  char    *id;
  char    *name;
  char    *color;   /* "#rrggbb", lower case */
  RtRole   role;
  gboolean present;
} RtPerson;

typedef struct {
  char          *person;  /* person id */
  RtStanceLevel  level;   /* never RT_STANCE_NONE inside a document */
  gint64         at;      /* or RT_TIME_NONE */
  char          *due;     /* "YYYY-MM-DD" or NULL */
  char          *text;    /* what the person said, or NULL */
} RtStance;

typedef struct {
  char       *from;       /* node ids */
  char       *to;
  RtLinkKind  kind;
  char       *by;         /* person id or NULL */
  gint64      created;    /* or RT_TIME_NONE */
} RtLink;

typedef struct _RtNodeLinks RtNodeLinks;

typedef struct {
  char       *id;
  RtNodeKind  kind;
  char       *by;           /* person id, or NULL when unknown */
  gint64      created;      /* or RT_TIME_NONE */
  gint64      modified;     /* or RT_TIME_NONE */
  char       *modified_by;  /* person id or NULL */
  RtStatus    status;       /* RT_STATUS_NONE for kinds without one */
  gboolean    has_position;
  double      x, y;         /* centre, map units; meaningful with has_position */
  gboolean    pinned;
  char       *text;         /* never NULL, may be empty */
  char       *details;      /* NULL when absent */
  GPtrArray  *credits;      /* owned char * person ids, document order */
  GPtrArray  *stances;      /* owned RtStance *, document order */

  /* Owned by the document the node is in; NULL for a free-standing copy. */
  RtNodeLinks *links;
} RtNode;

/* Enum names exactly as FORMAT.md spells them. from_string returns FALSE for
 * an unknown name and leaves *out untouched. */
const char *rt_node_kind_to_string     (RtNodeKind kind);
gboolean    rt_node_kind_from_string   (const char *s, RtNodeKind *out);
const char *rt_status_to_string        (RtStatus status);
gboolean    rt_status_from_string      (const char *s, RtStatus *out);
const char *rt_link_kind_to_string     (RtLinkKind kind);
gboolean    rt_link_kind_from_string   (const char *s, RtLinkKind *out);
const char *rt_stance_level_to_string  (RtStanceLevel level);
gboolean    rt_stance_level_from_string (const char *s, RtStanceLevel *out);
const char *rt_role_to_string          (RtRole role);
gboolean    rt_role_from_string        (const char *s, RtRole *out);

/* Translated, human names for the user interface ("Problem", "Adopted"). */
const char *rt_node_kind_get_label     (RtNodeKind kind);
const char *rt_status_get_label        (RtStatus status);
const char *rt_link_kind_get_label     (RtLinkKind kind);
const char *rt_stance_level_get_label  (RtStanceLevel level);

RtStatus    rt_status_default_for_kind (RtNodeKind kind);
gboolean    rt_status_valid_for_kind   (RtStatus status, RtNodeKind kind);
/* The natural link between two kinds: pro→supports, con→opposes,
 * response→responds-to (towards a problem), problem→arises-from, else
 * relates-to. */
RtLinkKind  rt_link_kind_infer         (RtNodeKind from, RtNodeKind to);
/* The kind Tab adds under a node: problem→response, response→pro, ... */
RtNodeKind  rt_node_kind_child         (RtNodeKind parent);

/* Letters, digits, '-', '_', '.'; non-empty. */
gboolean    rt_id_is_valid             (const char *id);
/* "#rrggbb" (either case). */
gboolean    rt_color_is_valid          (const char *color);
/* ISO 8601 with seconds; accepts fractional seconds (dropped) and numeric
 * offsets (normalised to UTC). */
gboolean    rt_time_parse              (const char *s, gint64 *out);
/* "2026-11-24T18:03:12Z"; free with g_free. */
char       *rt_time_format             (gint64 t);
/* A real calendar date "YYYY-MM-DD". */
gboolean    rt_date_is_valid           (const char *s);
/* Seconds since the epoch, now. */
gint64      rt_time_now                (void);

RtPerson   *rt_person_new              (const char *id, const char *name);
RtPerson   *rt_person_copy             (const RtPerson *person);
void        rt_person_free             (RtPerson *person);
gboolean    rt_person_equal            (const RtPerson *a, const RtPerson *b);

RtStance   *rt_stance_new              (const char *person, RtStanceLevel level);
RtStance   *rt_stance_copy             (const RtStance *stance);
void        rt_stance_free             (RtStance *stance);
gboolean    rt_stance_equal            (const RtStance *a, const RtStance *b);

RtLink     *rt_link_new                (const char *from, const char *to, RtLinkKind kind);
RtLink     *rt_link_copy               (const RtLink *link);
void        rt_link_free               (RtLink *link);
gboolean    rt_link_equal              (const RtLink *a, const RtLink *b);

/* A new node with empty text and the kind's default status. */
RtNode     *rt_node_new                (const char *id, RtNodeKind kind);
/* A free-standing deep copy (without the document's link index). */
RtNode     *rt_node_copy               (const RtNode *node);
void        rt_node_free               (RtNode *node);
/* Compares every field FORMAT.md defines; positions exactly. */
gboolean    rt_node_equal              (const RtNode *a, const RtNode *b);
const RtStance *rt_node_find_stance    (const RtNode *node, const char *person);
gboolean    rt_node_has_credit         (const RtNode *node, const char *person);
/* by or credited */
gboolean    rt_node_has_contributor    (const RtNode *node, const char *person);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtPerson, rt_person_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtStance, rt_stance_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtLink, rt_link_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtNode, rt_node_free)

G_END_DECLS
