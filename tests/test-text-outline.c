/* test-text-outline.c: maps as indented text, for the clipboard
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "io/rt-io-error.h"
#include "io/rt-text-outline.h"
#include "test-interop.h"

static RtDocument *
parse (const char *text,
       RtDocument *people)
{
  g_autoptr(GError) error = NULL;
  RtDocument *doc = rt_text_outline_parse (text, -1, people, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

/* The parent of a node: the target of its one link, or NULL. */
static const RtNode *
parent_of (RtDocument *doc,
           const char *text)
{
  const RtNode *node = interop_find_text (doc, text);
  GPtrArray *links = rt_document_get_links_from (doc, node->id);

  g_assert_cmpuint (links->len, <=, 1);
  if (links->len == 0)
    return NULL;
  return rt_document_lookup_node (doc, ((const RtLink *) links->pdata[0])->to);
}

static void
assert_parent (RtDocument *doc,
               const char *child,
               const char *parent)
{
  const RtNode *node = parent_of (doc, child);

  if (parent == NULL)
    g_assert_null (node);
  else
    {
      g_assert_nonnull (node);
      g_assert_cmpstr (node->text, ==, parent);
    }
}

static void
test_new_and_free (void)
{
  RtDocument *doc = rt_text_outline_parse ("? Alone", -1, NULL, NULL);

  g_assert_nonnull (doc);
  g_assert_cmpuint (rt_document_get_n_nodes (doc), ==, 1);
  g_assert_finalize_object (doc);
}

static void
test_write (void)
{
  g_autoptr(RtDocument) doc = interop_load_example ("saturday-library.roundtable");
  g_autofree char *text = rt_text_outline_write (doc, NULL);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  g_assert_true (g_str_has_prefix (text,
    "? How can the branch open on Saturdays again? (Elif Şahin)\n"
    "  # Closed on Saturdays since the 2024 budget cut (Ben Okafor)\n"
    "  # Petition for Saturday hours: 412 signatures (Elif Şahin)\n"
    "  # Saturday used to be our busiest day, about 300 visits (Ben Okafor)\n"
    "  ? Who staffs the library on Saturdays? (Ben Okafor)\n"
    "    # Staff contracts are Monday to Friday (Frank Müller)\n"
    "    ! A monthly volunteer rota (Chen Wei)\n"
    "      - Volunteers can't open up or lock the building (Frank Müller)\n"
    "      ? Who holds the keys and the first-aid duty? (Frank Müller)\n"
    "        ! Two trained key-holders from staff on every Saturday (Frank Müller)\n"
    "          + Two of us are already trained first aiders (Dolores Ruiz)\n"
    "      + Several retired neighbours have offered to help (Grace Nkemelu)\n"));
  g_assert_true (g_str_has_suffix (text, "\n"));
  /* One line per node, and an empty string after the last line feed. */
  g_assert_cmpuint (g_strv_length (lines), ==, rt_document_get_n_nodes (doc) + 1);
}

static void
test_round_trip (void)
{
  g_autoptr(RtDocument) doc = interop_load_example ("saturday-library.roundtable");
  g_autofree char *text = rt_text_outline_write (doc, NULL);
  g_autoptr(RtDocument) back = parse (text, doc);

  g_assert_cmpuint (rt_document_get_n_nodes (back), ==, rt_document_get_n_nodes (doc));
  g_assert_cmpuint (rt_document_get_n_links (back), ==, rt_document_get_n_nodes (doc) - 1);
  for (guint i = 0; i < rt_document_get_n_nodes (back); i++)
    {
      const RtNode *node = rt_document_get_node (back, i);
      const RtNode *original = interop_find_text (doc, node->text);
      GPtrArray *links = rt_document_get_links_from (back, node->id);

      g_assert_cmpint (node->kind, ==, original->kind);
      g_assert_cmpstr (node->by, ==, original->by);
      for (guint l = 0; l < links->len; l++)
        {
          const RtLink *link = links->pdata[l];
          const RtNode *parent = rt_document_lookup_node (back, link->to);
          const RtNode *original_parent = interop_find_text (doc, parent->text);
          GPtrArray *original_links = rt_document_get_links_from (doc, original->id);
          gboolean found = FALSE;

          g_assert_cmpint (link->kind, ==, rt_link_kind_infer (node->kind, parent->kind));
          for (guint k = 0; k < original_links->len; k++)
            if (g_strcmp0 (((const RtLink *) original_links->pdata[k])->to,
                           original_parent->id) == 0)
              found = TRUE;
          g_assert_true (found);
        }
    }

  /* The people the text names are copied, with their ids. */
  g_assert_cmpuint (rt_document_get_n_people (back), ==, 7);
  for (guint i = 0; i < rt_document_get_n_people (back); i++)
    {
      const RtPerson *person = rt_document_get_person (back, i);

      g_assert_true (rt_person_equal (person, rt_document_lookup_person (doc, person->id)));
    }
}

static void
test_selection (void)
{
  g_autoptr(RtDocument) doc = interop_load_example ("saturday-library.roundtable");
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autofree char *text = NULL;

  g_ptr_array_add (ids, "n13");
  g_ptr_array_add (ids, "n11");
  g_ptr_array_add (ids, "n10");
  g_ptr_array_add (ids, "n48");
  g_ptr_array_add (ids, "no-such-node");
  text = rt_text_outline_write (doc, ids);
  g_assert_cmpstr (text, ==,
                   "! A monthly volunteer rota (Chen Wei)\n"
                   "  - Volunteers can't open up or lock the building (Frank Müller)\n"
                   "  + Several retired neighbours have offered to help (Grace Nkemelu)\n"
                   "# Decision round: each person says commit, agree, accept or object "
                   "(Amira Haddad)\n");
}

static void
test_indentation (void)
{
  g_autoptr(RtDocument) doc =
    parse ("Top\r\n"
           "\tTab child\n"
           "\t\tTab grandchild\n"
           "    Four spaces, same as a tab\n"
           "\n"
           "   \t  \n"
           "          Much deeper than its predecessor\n"
           "      Between two levels\n"
           "  Two spaces\n"
           "Second top\n"
           "        Deep under the second\n"
           "\t  Tab and spaces\n"
           "  \tSpaces and a tab\n"
           "Last, without a line feed", NULL);

  g_assert_cmpuint (rt_document_get_n_nodes (doc), ==, 12);
  assert_parent (doc, "Top", NULL);
  assert_parent (doc, "Tab child", "Top");
  assert_parent (doc, "Tab grandchild", "Tab child");
  assert_parent (doc, "Four spaces, same as a tab", "Top");
  /* Blank lines change nothing; a line is the child of the line above
   * that is indented less, however much deeper it is. */
  assert_parent (doc, "Much deeper than its predecessor", "Four spaces, same as a tab");
  assert_parent (doc, "Between two levels", "Four spaces, same as a tab");
  assert_parent (doc, "Two spaces", "Top");
  assert_parent (doc, "Second top", NULL);
  assert_parent (doc, "Deep under the second", "Second top");
  /* A tab and two spaces is six columns, two spaces and a tab four. */
  assert_parent (doc, "Tab and spaces", "Second top");
  assert_parent (doc, "Spaces and a tab", "Second top");
  assert_parent (doc, "Last, without a line feed", NULL);

  g_assert_cmpint (interop_find_text (doc, "Top")->kind, ==, RT_NODE_PROBLEM);
  g_assert_cmpint (interop_find_text (doc, "Tab child")->kind, ==, RT_NODE_RESPONSE);
  g_assert_cmpint (interop_find_text (doc, "Tab grandchild")->kind, ==, RT_NODE_PRO);
  g_assert_cmpint (interop_find_text (doc, "Much deeper than its predecessor")->kind, ==,
                   RT_NODE_PRO);
  g_assert_cmpstr (rt_document_get_node (doc, 0)->id, ==, "n1");
  g_assert_cmpstr (rt_document_get_node (doc, 11)->id, ==, "n12");
}

static void
test_marks (void)
{
  g_autoptr(RtDocument) doc =
    parse ("? Who opens the building\n"
           "  ! The caretaker\n"
           "    -  Lives too far away\n"
           "    + Has the keys\n"
           "      # Since 2019\n"
           "    Is paid by the hour\n"
           "    What if the caretaker is ill?\n"
           "  -5 degrees in January\n"
           "  * A bullet\n"
           "  • Another bullet\n"
           "?\n"
           "#hashtag\n"
           "!\tAfter a tab\n", NULL);
  const RtNode *empty = rt_document_get_node (doc, 10);

  g_assert_cmpint (interop_find_text (doc, "Who opens the building")->kind, ==, RT_NODE_PROBLEM);
  g_assert_cmpint (interop_find_text (doc, "The caretaker")->kind, ==, RT_NODE_RESPONSE);
  g_assert_cmpint (interop_find_text (doc, "Lives too far away")->kind, ==, RT_NODE_CON);
  g_assert_cmpint (interop_find_text (doc, "Has the keys")->kind, ==, RT_NODE_PRO);
  g_assert_cmpint (interop_find_text (doc, "Since 2019")->kind, ==, RT_NODE_NOTE);
  g_assert_cmpint (interop_find_text (doc, "Is paid by the hour")->kind, ==, RT_NODE_PRO);
  g_assert_cmpint (interop_find_text (doc, "What if the caretaker is ill?")->kind, ==,
                   RT_NODE_PROBLEM);
  /* No blank after it: not a mark. Under a problem: a response. */
  g_assert_cmpint (interop_find_text (doc, "-5 degrees in January")->kind, ==,
                   RT_NODE_RESPONSE);
  g_assert_cmpint (interop_find_text (doc, "A bullet")->kind, ==, RT_NODE_RESPONSE);
  g_assert_cmpint (interop_find_text (doc, "Another bullet")->kind, ==, RT_NODE_RESPONSE);
  g_assert_cmpstr (empty->text, ==, "");
  g_assert_cmpint (empty->kind, ==, RT_NODE_PROBLEM);
  g_assert_cmpint (interop_find_text (doc, "#hashtag")->kind, ==, RT_NODE_PROBLEM);
  g_assert_cmpint (interop_find_text (doc, "After a tab")->kind, ==, RT_NODE_RESPONSE);

  g_assert_true (interop_has_link (doc, "Lives too far away", "The caretaker",
                                   RT_LINK_OPPOSES));
  g_assert_true (interop_has_link (doc, "The caretaker", "Who opens the building",
                                   RT_LINK_RESPONDS_TO));
  g_assert_true (interop_has_link (doc, "What if the caretaker is ill?", "The caretaker",
                                   RT_LINK_ARISES_FROM));
  g_assert_true (interop_has_link (doc, "Since 2019", "Has the keys", RT_LINK_RELATES_TO));
}

static void
test_authors (void)
{
  g_autoptr(RtDocument) people = interop_load_example ("saturday-library.roundtable");
  g_autoptr(RtDocument) with = NULL;
  g_autoptr(RtDocument) without = NULL;
  const char *text = "? Who staffs Saturdays? (Ben Okafor)\n"
                     "  ! Buy paint (blue)\n"
                     "  ! Ask the chair (Amira Haddad) ()\n"
                     "  ! Nothing to say ()\n";

  with = parse (text, people);
  g_assert_cmpstr (interop_find_text (with, "Who staffs Saturdays?")->by, ==, "p2");
  g_assert_null (interop_find_text (with, "Buy paint (blue)")->by);
  g_assert_null (interop_find_text (with, "Ask the chair (Amira Haddad)")->by);
  g_assert_null (interop_find_text (with, "Nothing to say")->by);
  g_assert_cmpuint (rt_document_get_n_people (with), ==, 1);
  g_assert_true (rt_person_equal (rt_document_get_person (with, 0),
                                  rt_document_lookup_person (people, "p2")));

  /* Pasted with no map to name people: the text stays as it is. */
  without = parse (text, NULL);
  g_assert_null (interop_find_text (without, "Who staffs Saturdays? (Ben Okafor)")->by);
  g_assert_nonnull (interop_find_text (without, "Nothing to say ()"));
  g_assert_cmpuint (rt_document_get_n_people (without), ==, 0);
}

static void
test_awkward_round_trip (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autoptr(RtDocument) back = NULL;
  g_autofree char *text = NULL;
  RtPerson *person = rt_person_new ("p1", "Amira Haddad");
  RtNode *node;
  const char *texts[] = {
    "Ask the chair (Amira Haddad)",
    "Empty parentheses ()",
    "# not a mark: the kind is a pro",
    "",
    "Ünïcödé and  two spaces",
    "(Amira Haddad)",
  };

  rt_document_take_person (doc, person);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *id = g_strdup_printf ("n%u", i + 1);

      node = interop_add_node (doc, id, i == 2 ? RT_NODE_PRO : RT_NODE_NOTE, texts[i]);
      if (i == 4)
        node->by = g_strdup ("p1");
    }
  interop_add_link (doc, "n2", "n1", RT_LINK_RELATES_TO);

  text = rt_text_outline_write (doc, NULL);
  g_assert_cmpstr (text, ==,
                   "# Ask the chair (Amira Haddad) ()\n"
                   "  # Empty parentheses () ()\n"
                   "+ # not a mark: the kind is a pro\n"
                   "#\n"
                   "# Ünïcödé and  two spaces (Amira Haddad)\n"
                   "# (Amira Haddad)\n");
  back = parse (text, doc);
  g_assert_cmpuint (rt_document_get_n_nodes (back), ==, G_N_ELEMENTS (texts));
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      const RtNode *original = rt_document_get_node (doc, i);
      const RtNode *copy = rt_document_get_node (back, i);

      g_assert_cmpstr (copy->text, ==, original->text);
      g_assert_cmpint (copy->kind, ==, original->kind);
      g_assert_cmpstr (copy->by, ==, original->by);
    }
}

static void
test_line_breaks_in_texts (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autofree char *text = NULL;

  interop_add_node (doc, "n1", RT_NODE_PROBLEM, "Two\nlines\r\nand a \x01 bell");
  text = rt_text_outline_write (doc, NULL);
  g_assert_cmpstr (text, ==, "? Two lines  and a  bell\n");
}

static void
test_control_characters (void)
{
  g_autoptr(RtDocument) doc = parse ("Old\rMac \x01\n\x02  + Bell first\n", NULL);

  /* As the writer would write them: a carriage return is a space, other
   * control characters are dropped, and so are blanks at either end. */
  g_assert_cmpuint (rt_document_get_n_nodes (doc), ==, 2);
  g_assert_cmpstr (rt_document_get_node (doc, 0)->text, ==, "Old Mac");
  g_assert_cmpstr (rt_document_get_node (doc, 1)->text, ==, "+ Bell first");
}

static void
test_limits (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) lines = g_string_new (NULL);
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autoptr(RtDocument) doc = NULL;
  g_autofree char *huge = interop_repeat ('x', RT_TEXT_OUTLINE_MAX_SIZE + 1);

  for (guint i = 0; i < RT_TEXT_OUTLINE_MAX_LINES; i++)
    g_string_append (lines, "! A line\n\n");
  doc = rt_text_outline_parse (lines->str, lines->len, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rt_document_get_n_nodes (doc), ==, RT_TEXT_OUTLINE_MAX_LINES);

  g_string_append (lines, "! One too many\n");
  g_assert_null (rt_text_outline_parse (lines->str, lines->len, NULL, &error));
  g_assert_error (error, RT_IO_ERROR, RT_IO_ERROR_LIMIT);
  g_assert_cmpstr (error->message, ==,
                   "The pasted text, line 20001: there are more than 10000 lines to paste; "
                   "paste fewer at a time.");
  g_clear_error (&error);

  g_assert_null (rt_text_outline_parse (huge, -1, NULL, &error));
  g_assert_error (error, RT_IO_ERROR, RT_IO_ERROR_LIMIT);
  g_clear_error (&error);

  g_assert_null (rt_text_outline_parse ("? ok\n\xc3\x28 broken", -1, NULL, &error));
  g_assert_error (error, RT_IO_ERROR, RT_IO_ERROR_PARSE);
  g_clear_error (&error);
  g_assert_null (rt_text_outline_parse ("? a\0b", 5, NULL, &error));
  g_assert_error (error, RT_IO_ERROR, RT_IO_ERROR_PARSE);
  g_clear_error (&error);

  for (guint i = 0; i <= 200; i++)
    {
      for (guint k = 0; k < i; k++)
        g_string_append_c (deep, ' ');
      g_string_append (deep, "x\n");
    }
  g_assert_null (rt_text_outline_parse (deep->str, deep->len, NULL, &error));
  g_assert_error (error, RT_IO_ERROR, RT_IO_ERROR_LIMIT);
  g_assert_cmpstr (error->message, ==,
                   "The pasted text, line 201: the lines are indented more than 200 levels "
                   "deep; indent them less, then paste again.");
  g_clear_error (&error);

  g_clear_object (&doc);
  doc = rt_text_outline_parse ("", 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rt_document_get_n_nodes (doc), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text-outline/new-and-free", test_new_and_free);
  g_test_add_func ("/text-outline/write", test_write);
  g_test_add_func ("/text-outline/write/selection", test_selection);
  g_test_add_func ("/text-outline/write/line-breaks", test_line_breaks_in_texts);
  g_test_add_func ("/text-outline/round-trip", test_round_trip);
  g_test_add_func ("/text-outline/round-trip/awkward", test_awkward_round_trip);
  g_test_add_func ("/text-outline/parse/indentation", test_indentation);
  g_test_add_func ("/text-outline/parse/marks", test_marks);
  g_test_add_func ("/text-outline/parse/authors", test_authors);
  g_test_add_func ("/text-outline/parse/control-characters", test_control_characters);
  g_test_add_func ("/text-outline/parse/limits", test_limits);

  return g_test_run ();
}
