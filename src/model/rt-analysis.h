/* rt-analysis.h: who owns what the group decided
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "rt-document.h"

G_BEGIN_DECLS

/*
 * An RtAnalysis is a snapshot of the figures of one document: who
 * contributed what, who committed to what, which decisions nobody owns. It
 * copies every string it hands out, so it stays valid after the document
 * changes; call rt_analysis_recompute() on the document's "changed" signal
 * to bring it up to date. Recomputing costs O(nodes + links + stances), times
 * the number of present people / 64 for problem ownership.
 */

typedef struct {
  char     *id;
  char     *name;
  gboolean  present;
  /* By or credited on at least one node. */
  gboolean  heard;
  /* Nodes whose by is this person, per RtNodeKind, and their sum. */
  guint     contributions[RT_N_NODE_KINDS];
  guint     total;
  /* Nodes that credit this person. */
  guint     credits;
  /* Stances on any node, indexed by RtStanceLevel; [RT_STANCE_NONE] is 0. */
  guint     stances[RT_N_STANCE_LEVELS];
} RtPersonStats;

typedef enum {
  RT_DECISION_WARNING_NONE                  = 0,
  /* Nobody has committed to carry it out. */
  RT_DECISION_WARNING_UNOWNED               = 1 << 0,
  /* One person shaped it and everything linked to it, while at least two
   * people are present. */
  RT_DECISION_WARNING_DECIDED_WITHOUT_GROUP = 1 << 1,
  /* Someone objects to it. */
  RT_DECISION_WARNING_OPEN_OBJECTION        = 1 << 2,
} RtDecisionWarnings;

#define RT_N_DECISION_WARNINGS 3

typedef struct {
  char               *id;
  char               *text;
  /* Person ids (char *), in the document's order of people. */
  GPtrArray          *owners;      /* commit */
  GPtrArray          *supporters;  /* agree */
  GPtrArray          *accepting;   /* accept */
  GPtrArray          *objecting;   /* object */
  /* The one person who is by or credited on the response and the nodes
   * linked to it, when there is exactly one such person; else NULL. */
  char               *sole_author;
  RtDecisionWarnings  warnings;
} RtDecision;

typedef struct {
  char     *id;
  char     *text;
  RtStatus  status;
  /* Present people who are by or credited on the problem or on a node with
   * a directed path of links to it, over the number of present people,
   * rounded to two decimals; 0 when nobody is present. */
  double    ownership;
  guint     n_owners;
} RtProblemStats;

/* One node that led to another, and its author (NULL when unknown). Both
 * pointers are borrowed from the document until its next change. */
typedef struct {
  const RtNode   *node;
  const RtPerson *author;
} RtOrigin;

typedef struct _RtAnalysis RtAnalysis;

#define RT_TYPE_ANALYSIS (rt_analysis_get_type ())
GType                 rt_analysis_get_type            (void) G_GNUC_CONST;

/* doc may be NULL: an empty analysis. */
RtAnalysis           *rt_analysis_new                 (RtDocument *doc);
RtAnalysis           *rt_analysis_ref                 (RtAnalysis *self);
void                  rt_analysis_unref               (RtAnalysis *self);
void                  rt_analysis_recompute           (RtAnalysis *self,
                                                       RtDocument *doc);

/* One entry per person, in document order. */
guint                 rt_analysis_get_n_people        (RtAnalysis *self);
const RtPersonStats  *rt_analysis_get_person          (RtAnalysis *self,
                                                       guint       index);
const RtPersonStats  *rt_analysis_lookup_person       (RtAnalysis *self,
                                                       const char *person_id);
guint                 rt_analysis_get_n_present       (RtAnalysis *self);

/* Nodes of a kind; RT_N_NODE_KINDS gives the total. */
guint                 rt_analysis_get_n_nodes         (RtAnalysis *self,
                                                       RtNodeKind  kind);
/* Nodes of a kind whose by names nobody in the document (unknown author);
 * RT_N_NODE_KINDS gives the total. With the per-person contributions this
 * accounts for every node. */
guint                 rt_analysis_get_n_unattributed  (RtAnalysis *self,
                                                       RtNodeKind  kind);

/* Present people neither by nor credited on any node, in document order:
 * borrowed array of char * person ids. */
GPtrArray            *rt_analysis_get_not_heard       (RtAnalysis *self);

/* The two largest per-person contribution totals over the nodes whose
 * author is known; 0 when there are none. */
double                rt_analysis_get_top_two_share   (RtAnalysis *self);

/* Adopted responses, in document order. */
guint                 rt_analysis_get_n_decisions     (RtAnalysis *self);
const RtDecision     *rt_analysis_get_decision        (RtAnalysis *self,
                                                       guint       index);

/* Problems, in document order. */
guint                 rt_analysis_get_n_problems      (RtAnalysis *self);
const RtProblemStats *rt_analysis_get_problem         (RtAnalysis *self,
                                                       guint       index);

/* "unowned", "decided-without-group", "open-objection" for a single flag;
 * NULL otherwise. */
const char           *rt_decision_warning_to_string   (RtDecisionWarnings warning);
/* The single flags set in warnings, in the order above. Fills out (room for
 * RT_N_DECISION_WARNINGS) and returns how many. */
guint                 rt_decision_warnings_split      (RtDecisionWarnings  warnings,
                                                       RtDecisionWarnings *out);

/* How a node came to be: the nodes with a directed path of links to it,
 * plus the nodes it responds to or arises from, ordered by created time
 * (unknown times first), then document order. The node itself is not
 * included. Returns a new array of RtOrigin, or NULL when node_id is not in
 * doc. */
GArray               *rt_analysis_get_origins         (RtDocument *doc,
                                                       const char *node_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtAnalysis, rt_analysis_unref)

G_END_DECLS
