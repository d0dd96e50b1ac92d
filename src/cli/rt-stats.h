/* rt-stats.h: the ownership figures of a map as JSON
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "model/rt-document.h"

G_BEGIN_DECLS

/* The figures of rt-analysis.h as pretty-printed JSON (the output of
 * `roundtable --stats`): people, nodes, not_heard, top_two_share, decisions
 * and problems, ending with a line break. Free with g_free. */
char *rt_stats_to_json (RtDocument *doc);

G_END_DECLS
