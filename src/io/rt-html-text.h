/* rt-html-text.h: the plain text of a piece of HTML
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Private to the io layer. FreeMind and Freeplane keep rich node texts and
 * notes as XHTML inside <richcontent>; the importer streams those elements
 * through here and keeps the text a person would read: white space
 * collapsed as a browser does (kept inside <pre>), one line per paragraph,
 * list item, heading or table row, a line break for <br>, an empty
 * paragraph as an empty line, no-break spaces as plain spaces that are not
 * collapsed, and nothing from <head>, <style> or <script>.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _RtHtmlText RtHtmlText;

RtHtmlText *rt_html_text_new    (void);
void        rt_html_text_free   (RtHtmlText *self);
/* name is the element's local name, in any case. */
void        rt_html_text_start  (RtHtmlText *self,
                                 const char *name);
void        rt_html_text_end    (RtHtmlText *self,
                                 const char *name);
void        rt_html_text_add    (RtHtmlText *self,
                                 const char *text,
                                 gsize       len);
/* Bytes of text so far. */
gsize       rt_html_text_get_length (RtHtmlText *self);
/* The text, without leading or trailing empty lines; free with g_free. */
char       *rt_html_text_finish (RtHtmlText *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtHtmlText, rt_html_text_free)

G_END_DECLS
