/* rt-text-outline.h: maps as indented plain text, for the clipboard
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One node per line, two spaces of indentation per level, a mark for the
 * kind and the author's name in parentheses:
 *
 *   ? Who staffs the library on Saturdays? (Ben Okafor)
 *     ! A monthly volunteer rota (Chen Wei)
 *       + Several retired neighbours have offered to help (Grace Nkemelu)
 *       - Volunteers can't open up or lock the building (Frank Müller)
 *     # Staff contracts are Monday to Friday (Frank Müller)
 *
 * Marks: "?" problem, "!" response, "+" pro, "-" con, "#" note.
 */
#pragma once

#include "model/rt-document.h"

G_BEGIN_DECLS

#define RT_TEXT_OUTLINE_MAX_SIZE  (1024 * 1024)
#define RT_TEXT_OUTLINE_MAX_LINES 10000

/* The nodes whose ids are in node_ids (NULL: all), each once, under its
 * primary parent among them (see rt-outline-export.h), in the map's order.
 * Line breaks in texts become spaces. A node with no author whose text
 * ends like an author's name in parentheses, or in "()", gets " ()" so
 * that it reads back unchanged. Free with g_free. */
char       *rt_text_outline_write (RtDocument      *doc,
                                   const GPtrArray *node_ids);

/* A free-standing document (no title, ids n1, n2, … in line order) of the
 * pasted text: one node per line that is not blank; a line's parent is the
 * nearest line above it that is indented less (spaces, or tabs to the next
 * multiple of four columns), however much deeper the line is; the link to
 * the parent has the kind rt_link_kind_infer() gives. A leading mark and
 * one or more blanks give the kind; "*" and "•" are plain bullets and are
 * dropped. Otherwise a line ending in "?" is a problem, a top-level line is
 * a problem and any other takes rt_node_kind_child() of its parent.
 *
 * people (may be NULL) is the map the text is pasted into: a line ending
 * in " (NAME)" where NAME is the name of one of its people is that
 * person's contribution, and the document holds a copy of that person
 * (same id); " ()" at the end means no author and is dropped. Without
 * people, line ends are taken as they are.
 *
 * len may be -1 for a NUL-terminated text. More than 1 MiB, more than
 * 10,000 lines that are not blank, lines nested more than 200 levels deep
 * or text that is not UTF-8 are refused with an RT_IO_ERROR. */
RtDocument *rt_text_outline_parse (const char      *text,
                                   gssize           len,
                                   RtDocument      *people,
                                   GError         **error);

G_END_DECLS
