/* rt-sample-map.h: made-up maps of any size, for tests and benchmarks
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "model/rt-document.h"

G_BEGIN_DECLS

/* A map shaped like a long workshop: problems with several responses,
 * reasons for and against, notes, problems arising from responses, a
 * dozen people, credits, stances and every status, with label lengths
 * from two words to three lines. About n_nodes nodes, the same map for
 * the same seed. Without placed, no node has a position. Built with the
 * take_ functions: no history, no signals. */
RtDocument *rt_sample_map_new (guint n_nodes, guint32 seed, gboolean placed);

G_END_DECLS
