/* test-interop.h: comparing maps that went through another format
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Included by the FreeMind, OPML, text outline and import tests. Other
 * formats keep no positions and put nodes in tree order, so maps are
 * compared field by field, nodes by id and links as a set.
 */
#pragma once

#include <string.h>
#include <glib.h>

#include "io/rt-xml-reader.h"
#include "model/rt-document.h"

static inline RtDocument *
interop_load_example (const char *name)
{
  g_autofree char *path = g_build_filename (SOURCE_ROOT, "data", "examples", name, NULL);
  g_autoptr(GError) error = NULL;
  RtDocument *doc = rt_xml_read_file (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

static inline void
interop_assert_people_equal (RtDocument *a,
                             RtDocument *b)
{
  g_assert_cmpuint (rt_document_get_n_people (a), ==, rt_document_get_n_people (b));
  for (guint i = 0; i < rt_document_get_n_people (a); i++)
    {
      const RtPerson *pa = rt_document_get_person (a, i);
      const RtPerson *pb = rt_document_get_person (b, i);

      g_assert_cmpstr (pa->id, ==, pb->id);
      g_assert_cmpstr (pa->name, ==, pb->name);
      g_assert_cmpstr (pa->color, ==, pb->color);
      g_assert_cmpint (pa->role, ==, pb->role);
      g_assert_cmpint (!pa->present, ==, !pb->present);
    }
}

static inline void
interop_assert_node_equal (const RtNode *a,
                           const RtNode *b)
{
  g_assert_nonnull (b);
  g_assert_cmpstr (a->id, ==, b->id);
  g_assert_cmpstr (a->text, ==, b->text);
  g_assert_cmpstr (a->details, ==, b->details);
  g_assert_cmpint (a->kind, ==, b->kind);
  g_assert_cmpint (a->status, ==, b->status);
  g_assert_cmpstr (a->by, ==, b->by);
  g_assert_cmpint (a->created, ==, b->created);
  g_assert_cmpint (a->modified, ==, b->modified);
  g_assert_cmpstr (a->modified_by, ==, b->modified_by);

  g_assert_cmpuint (a->credits->len, ==, b->credits->len);
  for (guint i = 0; i < a->credits->len; i++)
    g_assert_cmpstr (a->credits->pdata[i], ==, b->credits->pdata[i]);

  g_assert_cmpuint (a->stances->len, ==, b->stances->len);
  for (guint i = 0; i < a->stances->len; i++)
    {
      const RtStance *sa = a->stances->pdata[i];
      const RtStance *sb = b->stances->pdata[i];

      g_assert_cmpstr (sa->person, ==, sb->person);
      g_assert_cmpint (sa->level, ==, sb->level);
      g_assert_cmpint (sa->at, ==, sb->at);
      g_assert_cmpstr (sa->due, ==, sb->due);
      g_assert_cmpstr (sa->text, ==, sb->text);
    }
}

/* Everything but positions and the order of nodes and links. */
static inline void
interop_assert_maps_match (RtDocument *a,
                           RtDocument *b)
{
  g_assert_cmpstr (rt_document_get_title (a), ==, rt_document_get_title (b));
  g_assert_cmpstr (rt_document_get_description (a), ==, rt_document_get_description (b));
  g_assert_cmpint (rt_document_get_created (a), ==, rt_document_get_created (b));
  g_assert_cmpint (rt_document_get_modified_time (a), ==, rt_document_get_modified_time (b));
  interop_assert_people_equal (a, b);

  g_assert_cmpuint (rt_document_get_n_nodes (a), ==, rt_document_get_n_nodes (b));
  for (guint i = 0; i < rt_document_get_n_nodes (a); i++)
    {
      const RtNode *na = rt_document_get_node (a, i);

      interop_assert_node_equal (na, rt_document_lookup_node (b, na->id));
    }

  g_assert_cmpuint (rt_document_get_n_links (a), ==, rt_document_get_n_links (b));
  for (guint i = 0; i < rt_document_get_n_links (a); i++)
    {
      const RtLink *la = rt_document_get_link (a, i);
      const RtLink *lb = rt_document_find_link (b, la->from, la->to, la->kind);

      g_assert_nonnull (lb);
      g_assert_cmpstr (la->by, ==, lb->by);
      g_assert_cmpint (la->created, ==, lb->created);
    }
}

/* The node with this text, or fail. */
static inline const RtNode *
interop_find_text (RtDocument *doc,
                   const char *text)
{
  for (guint i = 0; i < rt_document_get_n_nodes (doc); i++)
    {
      const RtNode *node = rt_document_get_node (doc, i);

      if (g_strcmp0 (node->text, text) == 0)
        return node;
    }
  g_error ("no node has the text “%s”", text);
  return NULL;
}

/* Whether the map has a link of this kind between the nodes with these
 * texts. */
static inline gboolean
interop_has_link (RtDocument *doc,
                  const char *from_text,
                  const char *to_text,
                  RtLinkKind  kind)
{
  const RtNode *from = interop_find_text (doc, from_text);
  const RtNode *to = interop_find_text (doc, to_text);

  return rt_document_find_link (doc, from->id, to->id, kind) != NULL;
}

/* A string of n copies of c. */
static inline char *
interop_repeat (char  c,
                gsize n)
{
  char *s = g_malloc (n + 1);

  memset (s, c, n);
  s[n] = '\0';
  return s;
}

static inline RtNode *
interop_add_node (RtDocument *doc,
          const char *id,
          RtNodeKind  kind,
          const char *text)
{
  RtNode *node = rt_node_new (id, kind);

  g_free (node->text);
  node->text = g_strdup (text);
  rt_document_take_node (doc, node);
  return node;
}

static inline void
interop_add_link (RtDocument *doc,
          const char *from,
          const char *to,
          RtLinkKind  kind)
{
  rt_document_take_link (doc, rt_link_new (from, to, kind));
}

/* A map with the characters that need escaping everywhere. */
static inline RtDocument *
interop_awkward_map (void)
{
  RtDocument *doc = rt_document_new ();
  RtPerson *person = rt_person_new ("p.1", "Zoë: \"the; chair\\\"");
  RtNode *node;
  RtStance *stance;

  g_free (person->color);
  person->color = g_strdup ("#abcdef");
  rt_document_take_person (doc, person);
  person = rt_person_new ("p-2", "<Ben & Co>");
  g_free (person->color);
  person->color = g_strdup ("#123456");
  person->present = FALSE;
  rt_document_take_person (doc, person);
  rt_document_set_meta (doc, "A title: with; marks", "Line one\n  indented line\n\nlast  ",
                        1700000000, RT_TIME_NONE);

  node = interop_add_node (doc, "a_1", RT_NODE_PROBLEM, "? Not a mark: the text <b>really</b> & more\n"
                                                "on two lines");
  node->by = g_strdup ("p.1");
  node->details = g_strdup ("  Two  spaces, a trailing space \nand  more ");
  node->status = RT_STATUS_RESOLVED;
  node->created = 1700000001;
  node->modified = 1700000002;
  node->modified_by = g_strdup ("p-2");

  node = interop_add_node (doc, "b.2", RT_NODE_RESPONSE, "Response; with: colons\\");
  node->by = g_strdup ("p-2");
  g_ptr_array_add (node->credits, g_strdup ("p.1"));
  stance = rt_stance_new ("p.1", RT_STANCE_COMMIT);
  stance->at = 1700000100;
  stance->due = g_strdup ("2026-12-01");
  stance->text = g_strdup ("I will: do it; soon\\ really\nwith a new line");
  g_ptr_array_add (node->stances, stance);
  stance = rt_stance_new ("p-2", RT_STANCE_OBJECT);
  stance->text = g_strdup (" leading and trailing ");
  g_ptr_array_add (node->stances, stance);

  interop_add_node (doc, "c", RT_NODE_PRO, "");
  interop_add_node (doc, "d", RT_NODE_CON, "- looks like a mark");
  interop_add_node (doc, "e", RT_NODE_NOTE, "Élan — ünïcödé ✓ 🙂");

  interop_add_link (doc, "b.2", "a_1", RT_LINK_RESPONDS_TO);
  interop_add_link (doc, "c", "b.2", RT_LINK_SUPPORTS);
  interop_add_link (doc, "d", "b.2", RT_LINK_OPPOSES);
  interop_add_link (doc, "d", "c", RT_LINK_OPPOSES);
  /* A cycle, a link back up the tree and one of another kind between
   * the same nodes as a tree edge. */
  interop_add_link (doc, "e", "d", RT_LINK_RELATES_TO);
  interop_add_link (doc, "d", "e", RT_LINK_RELATES_TO);
  interop_add_link (doc, "a_1", "c", RT_LINK_ARISES_FROM);
  interop_add_link (doc, "c", "b.2", RT_LINK_RELATES_TO);
  {
    RtLink *link = rt_link_new ("e", "a_1", RT_LINK_RELATES_TO);

    link->by = g_strdup ("p.1");
    link->created = 1700000200;
    rt_document_take_link (doc, link);
  }
  return doc;
}
