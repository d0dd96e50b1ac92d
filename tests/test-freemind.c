/* test-freemind.c: FreeMind and Freeplane maps, read and written
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "io/rt-freemind.h"
#include "io/rt-import-xml.h"
#include "io/rt-io-error.h"
#include "test-interop.h"

static char *
fixture_path (const char *name)
{
  return g_build_filename (TEST_DATA_DIR, "freemind", name, NULL);
}

static RtDocument *
read_fixture (const char *name)
{
  g_autofree char *path = fixture_path (name);
  g_autoptr(GError) error = NULL;
  RtDocument *doc = rt_freemind_read_file (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

static RtDocument *
read_string (const char *mm,
             GError    **error)
{
  return rt_freemind_read_memory (mm, strlen (mm), "test.mm", error);
}

static RtDocument *
through_freemind (RtDocument *doc)
{
  g_autoptr(GBytes) bytes = rt_freemind_write (doc);
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  RtDocument *back = rt_freemind_read_memory (data, size, "export.mm", &error);

  g_assert_no_error (error);
  g_assert_nonnull (back);
  return back;
}

static void
test_new_and_free (void)
{
  RtDocument *doc = read_string ("<map version=\"1.0.1\"><node TEXT=\"Alone\"/></map>", NULL);

  g_assert_nonnull (doc);
  g_assert_cmpuint (rt_document_get_n_nodes (doc), ==, 1);
  g_assert_finalize_object (doc);
}

static void
test_freemind_1_0_1 (void)
{
  g_autoptr(RtDocument) doc = read_fixture ("car-park-freemind.mm");
  const RtNode *root, *question, *rent, *walk, *insurance, *caretaker, *ask, *costs, *permit,
               *price, *racks;

  g_assert_cmpuint (rt_document_get_n_nodes (doc), ==, 11);
  g_assert_cmpuint (rt_document_get_n_people (doc), ==, 0);
  g_assert_cmpstr (rt_document_get_title (doc), ==, "Parking at the community centre");

  root = interop_find_text (doc, "Parking at the community centre");
  question = interop_find_text (doc, "Where do visitors park on market days?");
  rent = interop_find_text (doc, "Rent the school car park on Saturdays");
  walk = interop_find_text (doc, "Two minutes' walk");
  insurance = interop_find_text (doc, "Insurance costs extra");
  caretaker = interop_find_text (doc, "The caretaker lives next door");
  ask = interop_find_text (doc, "Ask the council for\na residents' permit");
  costs = interop_find_text (doc, "Costs");
  permit = interop_find_text (doc, "How much is a permit?");
  price = interop_find_text (doc, "Permits are £25 a year");
  racks = interop_find_text (doc, "Cycle racks by the door");

  /* The root and its children are problems unless an icon says more. */
  g_assert_cmpint (root->kind, ==, RT_NODE_PROBLEM);
  g_assert_cmpint (root->status, ==, RT_STATUS_OPEN);
  g_assert_cmpint (question->kind, ==, RT_NODE_PROBLEM);
  g_assert_cmpint (rent->kind, ==, RT_NODE_RESPONSE);       /* button_ok */
  g_assert_cmpint (rent->status, ==, RT_STATUS_PROPOSED);
  g_assert_cmpint (walk->kind, ==, RT_NODE_PRO);            /* "+ " */
  g_assert_cmpint (insurance->kind, ==, RT_NODE_CON);       /* button_cancel */
  g_assert_cmpint (caretaker->kind, ==, RT_NODE_PRO);       /* under a response */
  g_assert_cmpint (ask->kind, ==, RT_NODE_RESPONSE);        /* under a problem */
  g_assert_cmpint (costs->kind, ==, RT_NODE_NOTE);          /* info */
  g_assert_cmpint (permit->kind, ==, RT_NODE_PROBLEM);      /* ends with "?" */
  g_assert_cmpint (price->kind, ==, RT_NODE_CON);           /* "- " */
  g_assert_cmpint (racks->kind, ==, RT_NODE_RESPONSE);      /* the first icon that says */

  /* Notes as plain text: paragraphs as lines, an empty one as a blank
   * line, no-break spaces kept as spaces. Other attributes and links go to
   * the details. */
  g_assert_cmpstr (rent->details, ==,
                   "The school asked £40 a day.  Ask Mr Patel.\n\nCafé opens at 9.");
  g_assert_cmpstr (caretaker->details, ==, "priority: high");
  g_assert_cmpstr (price->details, ==, "https://example.org/permits");
  g_assert_null (root->details);

  /* Milliseconds to seconds; MODIFIED equal to CREATED is no edit. */
  g_assert_cmpint (root->created, ==, 1700000000);
  g_assert_cmpint (root->modified, ==, RT_TIME_NONE);
  g_assert_cmpint (question->created, ==, 1700000100);
  g_assert_cmpint (question->modified, ==, 1700000200);
  g_assert_null (root->by);

  g_assert_cmpuint (rt_document_get_n_links (doc), ==, 11);
  g_assert_true (interop_has_link (doc, "Where do visitors park on market days?",
                                   "Parking at the community centre", RT_LINK_ARISES_FROM));
  g_assert_true (interop_has_link (doc, "Rent the school car park on Saturdays",
                                   "Where do visitors park on market days?",
                                   RT_LINK_RESPONDS_TO));
  g_assert_true (interop_has_link (doc, "Two minutes' walk",
                                   "Rent the school car park on Saturdays", RT_LINK_SUPPORTS));
  g_assert_true (interop_has_link (doc, "Insurance costs extra",
                                   "Rent the school car park on Saturdays", RT_LINK_OPPOSES));
  g_assert_true (interop_has_link (doc, "Costs", "Parking at the community centre",
                                   RT_LINK_RELATES_TO));
  g_assert_true (interop_has_link (doc, "How much is a permit?", "Costs", RT_LINK_ARISES_FROM));
  /* The arrow link. */
  g_assert_true (interop_has_link (doc, "Ask the council for\na residents' permit",
                                   "Rent the school car park on Saturdays", RT_LINK_RELATES_TO));
}

static void
test_freeplane_1_9 (void)
{
  g_autoptr(RtDocument) doc = read_fixture ("car-park-freeplane.mm");
  const RtNode *root, *rent, *insurance, *permits, *price;

  /* Nothing of the styles in the MapStyle hook becomes a node. */
  g_assert_cmpuint (rt_document_get_n_nodes (doc), ==, 9);
  root = interop_find_text (doc, "Parking at the community centre");
  rent = interop_find_text (doc, "Rent the school car park on Saturdays");
  insurance = interop_find_text (doc, "Insurance costs extra");
  permits = interop_find_text (doc, "Residents' permits");
  price = interop_find_text (doc, "Permits are £25 a year");

  g_assert_cmpint (root->modified, ==, 1700000500);
  g_assert_cmpint (rent->kind, ==, RT_NODE_RESPONSE);
  g_assert_cmpint (rent->modified, ==, 1700000115);
  /* DETAILS as HTML, the NOTE as plain markdown text, then attributes. */
  g_assert_cmpstr (rent->details, ==,
                   "The school asked £40 a day.\n\n"
                   "Call **Mr Patel** before Friday.\nBring the insurance letter.\n\n"
                   "cost: 40");
  g_assert_cmpint (insurance->kind, ==, RT_NODE_CON);       /* emoji-1F44E */
  g_assert_cmpint (permits->kind, ==, RT_NODE_RESPONSE);
  g_assert_cmpint (price->kind, ==, RT_NODE_CON);           /* emoji-2796 */
  g_assert_true (interop_has_link (doc, "Two minutes' walk",
                                   "Rent the school car park on Saturdays", RT_LINK_SUPPORTS));
  g_assert_true (interop_has_link (doc, "Residents' permits",
                                   "Rent the school car park on Saturdays", RT_LINK_RELATES_TO));
  g_assert_cmpuint (rt_document_get_n_links (doc), ==, 9);
}

static void
test_old_note_hook (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) doc =
    read_string ("<map version=\"0.8.0\">\n"
                 "<node TEXT=\"Topic\">\n"
                 "<hook NAME=\"accessories/plugins/NodeNote.properties\">\n"
                 "<text>An old note</text>\n"
                 "</hook>\n"
                 "</node>\n"
                 "</map>\n", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (rt_document_get_node (doc, 0)->details, ==, "An old note");
}

static void
check_round_trip (const char *example)
{
  g_autoptr(RtDocument) doc = interop_load_example (example);
  g_autoptr(RtDocument) back = through_freemind (doc);
  g_autoptr(GBytes) first = rt_freemind_write (doc);
  g_autoptr(GBytes) second = rt_freemind_write (back);

  interop_assert_maps_match (doc, back);
  /* The same map gives the same file. */
  g_assert_true (g_bytes_equal (first, second));
}

static void
test_round_trip_saturday (void)
{
  check_round_trip ("saturday-library.roundtable");
}

static void
test_round_trip_meeting (void)
{
  check_round_trip ("meeting-load.roundtable");
}

static void
count_nodes (xmlNodePtr   element,
             guint       *n_nodes,
             GHashTable  *ids,
             GPtrArray   *destinations)
{
  for (xmlNodePtr child = element->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (xmlStrEqual (child->name, BAD_CAST "node"))
        {
          xmlChar *id = xmlGetProp (child, BAD_CAST "ID");

          (*n_nodes)++;
          if (id != NULL)
            {
              g_assert_true (g_hash_table_add (ids, g_strdup ((char *) id)));
              xmlFree (id);
            }
          count_nodes (child, n_nodes, ids, destinations);
        }
      else if (xmlStrEqual (child->name, BAD_CAST "arrowlink"))
        {
          xmlChar *destination = xmlGetProp (child, BAD_CAST "DESTINATION");

          g_assert_nonnull (destination);
          g_ptr_array_add (destinations, g_strdup ((char *) destination));
          xmlFree (destination);
        }
    }
}

static void
test_export_well_formed (void)
{
  g_autoptr(RtDocument) doc = interop_load_example ("saturday-library.roundtable");
  g_autoptr(GBytes) bytes = rt_freemind_write (doc);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) destinations = g_ptr_array_new_with_free_func (g_free);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  xmlDocPtr xml;
  xmlNodePtr root;
  guint n_nodes = 0;

  /* FreeMind 1.0 looks for this at the very start. */
  g_assert_true (g_str_has_prefix (data, "<map version=\"1.0.1\">"));
  for (gsize i = 0; i < size; i++)
    g_assert_cmpint ((guchar) data[i], <, 0x80);

  xml = xmlReadMemory (data, (int) size, "export.mm", NULL, XML_PARSE_NONET);
  g_assert_nonnull (xml);
  root = xmlDocGetRootElement (xml);
  g_assert_cmpstr ((char *) root->name, ==, "map");

  count_nodes (root, &n_nodes, ids, destinations);
  /* Every node once, plus the title node. */
  g_assert_cmpuint (n_nodes, ==, rt_document_get_n_nodes (doc) + 1);
  g_assert_cmpuint (g_hash_table_size (ids), ==, rt_document_get_n_nodes (doc));
  /* n38 and n50 have a second parent. */
  g_assert_cmpuint (destinations->len, ==, 2);
  for (guint i = 0; i < destinations->len; i++)
    g_assert_true (g_hash_table_contains (ids, destinations->pdata[i]));
  xmlFreeDoc (xml);
}

static void
test_awkward_round_trip (void)
{
  g_autoptr(RtDocument) doc = interop_awkward_map ();
  g_autoptr(RtDocument) back = through_freemind (doc);

  interop_assert_maps_match (doc, back);
}

static void
test_control_characters (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autoptr(RtDocument) back = NULL;
  RtNode *node = interop_add_node (doc, "n1", RT_NODE_PROBLEM, "bell\a and \x01 escape\x1b");

  node->details = g_strdup ("not UTF-8: \xff\xfe end");
  back = through_freemind (doc);
  g_assert_cmpstr (rt_document_get_node (back, 0)->text, ==, "bell and  escape");
  g_assert_cmpstr (rt_document_get_node (back, 0)->details, ==, "not UTF-8: \xef\xbf\xbd\xef\xbf\xbd end");
}

static void
test_untitled_and_empty (void)
{
  g_autoptr(RtDocument) empty = rt_document_new ();
  g_autoptr(RtDocument) back = through_freemind (empty);

  g_assert_null (rt_document_get_title (back));
  g_assert_cmpuint (rt_document_get_n_nodes (back), ==, 0);
  g_assert_cmpuint (rt_document_get_n_people (back), ==, 0);
}

static void
test_deep_chain (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autoptr(RtDocument) back = NULL;

  /* Deeper than a .mm may nest: the export starts a new branch instead. */
  for (guint i = 0; i < 450; i++)
    {
      g_autofree char *id = g_strdup_printf ("n%u", i);
      g_autofree char *text = g_strdup_printf ("Step %u", i);

      interop_add_node (doc, id, i == 0 ? RT_NODE_PROBLEM : RT_NODE_NOTE, text);
      if (i > 0)
        {
          g_autofree char *up = g_strdup_printf ("n%u", i - 1);

          interop_add_link (doc, id, up, RT_LINK_RELATES_TO);
        }
    }
  back = through_freemind (doc);
  interop_assert_maps_match (doc, back);
}

/* An export that a person then edited in Freeplane: a node added by hand,
 * a node copied with its attributes, an arrow added, an arrow removed. */
static void
test_edited_export (void)
{
  const char *mm =
    "<map version=\"freeplane 1.9.13\">\n"
    "<attribute_registry SHOW_ATTRIBUTES=\"hide\"/>\n"
    "<node TEXT=\"Our map\" ID=\"ID_1\">\n"
    "<attribute NAME=\"roundtable-map\" VALUE=\"1\"/>\n"
    "<attribute NAME=\"roundtable-person\" VALUE=\"p1:Amira Haddad:#1c71d8:facilitator\"/>\n"
    "<attribute NAME=\"roundtable-person\" VALUE=\"p2:Ben Okafor\"/>\n"
    "<node TEXT=\"Who staffs Saturdays?\" ID=\"ID_n1\" POSITION=\"right\">\n"
    "<attribute NAME=\"roundtable-id\" VALUE=\"n1\"/>\n"
    "<attribute NAME=\"roundtable-kind\" VALUE=\"problem\"/>\n"
    "<attribute NAME=\"roundtable-by\" VALUE=\"p2\"/>\n"
    "<node TEXT=\"A volunteer rota\" ID=\"ID_n2\">\n"
    "<attribute NAME=\"roundtable-id\" VALUE=\"n2\"/>\n"
    "<attribute NAME=\"roundtable-kind\" VALUE=\"response\"/>\n"
    "<attribute NAME=\"roundtable-status\" VALUE=\"adopted\"/>\n"
    "<attribute NAME=\"roundtable-stances\" VALUE=\"p1:commit::2026-12-01:I will ask; p9:agree; p2:wobble\"/>\n"
    "<attribute NAME=\"roundtable-links\" VALUE=\"n1:arises-from; n3:opposes\"/>\n"
    "<arrowlink DESTINATION=\"ID_n3\"/>\n"
    "<node TEXT=\"Typed in Freeplane\" ID=\"ID_555\"/>\n"
    "</node>\n"
    "<node TEXT=\"A copy of the rota\" ID=\"ID_556\">\n"
    "<attribute NAME=\"roundtable-id\" VALUE=\"n2\"/>\n"
    "<attribute NAME=\"roundtable-kind\" VALUE=\"response\"/>\n"
    "<attribute NAME=\"roundtable-by\" VALUE=\"p7\"/>\n"
    "<attribute NAME=\"roundtable-by-name\" VALUE=\"Grace Nkemelu\"/>\n"
    "</node>\n"
    "</node>\n"
    "<node TEXT=\"Keys\" ID=\"ID_n3\" POSITION=\"left\">\n"
    "<attribute NAME=\"roundtable-id\" VALUE=\"n3\"/>\n"
    "<attribute NAME=\"roundtable-kind\" VALUE=\"no-such-kind\"/>\n"
    "<attribute NAME=\"roundtable-by-name\" VALUE=\"Ben Okafor\"/>\n"
    "<arrowlink DESTINATION=\"ID_n1\"/>\n"
    "</node>\n"
    "</node>\n"
    "</map>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) doc = read_string (mm, &error);
  const RtNode *rota, *typed, *copy, *keys;
  const RtStance *stance;

  g_assert_no_error (error);
  g_assert_cmpstr (rt_document_get_title (doc), ==, "Our map");
  g_assert_cmpuint (rt_document_get_n_nodes (doc), ==, 5);
  /* Grace came with the copied node. */
  g_assert_cmpuint (rt_document_get_n_people (doc), ==, 3);
  g_assert_cmpstr (rt_document_get_person (doc, 2)->id, ==, "p7");
  g_assert_cmpstr (rt_document_get_person (doc, 2)->name, ==, "Grace Nkemelu");
  g_assert_nonnull (rt_document_get_person (doc, 2)->color);

  rota = rt_document_lookup_node (doc, "n2");
  g_assert_cmpstr (rota->text, ==, "A volunteer rota");
  g_assert_cmpint (rota->status, ==, RT_STATUS_ADOPTED);
  /* Stances by nobody of this map or of no known level are left out. */
  g_assert_cmpuint (rota->stances->len, ==, 1);
  stance = rota->stances->pdata[0];
  g_assert_cmpstr (stance->person, ==, "p1");
  g_assert_cmpint (stance->at, ==, RT_TIME_NONE);
  g_assert_cmpstr (stance->due, ==, "2026-12-01");
  g_assert_cmpstr (stance->text, ==, "I will ask");

  typed = interop_find_text (doc, "Typed in Freeplane");
  g_assert_cmpint (typed->kind, ==, RT_NODE_PRO);
  g_assert_true (rt_document_find_link (doc, typed->id, "n2", RT_LINK_SUPPORTS) != NULL);

  copy = interop_find_text (doc, "A copy of the rota");
  /* A copied roundtable-id goes to the first node that has it. */
  g_assert_cmpstr (typed->id, ==, "n4");
  g_assert_cmpstr (copy->id, ==, "n5");
  g_assert_cmpstr (copy->by, ==, "p7");

  keys = rt_document_lookup_node (doc, "n3");
  /* No kind it knows: the top level makes it a problem. */
  g_assert_cmpint (keys->kind, ==, RT_NODE_PROBLEM);
  g_assert_cmpstr (keys->by, ==, "p2");

  /* The arrow to n3 takes its kind from the record; the record for n1 has
   * no arrow any more and is gone; the new arrow from n3 is relates-to. */
  g_assert_nonnull (rt_document_find_link (doc, "n2", "n3", RT_LINK_OPPOSES));
  g_assert_null (rt_document_find_link (doc, "n2", "n1", RT_LINK_ARISES_FROM));
  g_assert_nonnull (rt_document_find_link (doc, "n2", "n1", RT_LINK_RESPONDS_TO));
  g_assert_nonnull (rt_document_find_link (doc, "n3", "n1", RT_LINK_RELATES_TO));
  g_assert_cmpuint (rt_document_get_n_links (doc), ==, 5);
}

static void
test_file_round_trip (void)
{
  g_autoptr(RtDocument) doc = interop_load_example ("meeting-load.roundtable");
  g_autoptr(RtDocument) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("roundtable-freemind-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *missing = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "meeting.mm", NULL);
  g_assert_true (rt_freemind_write_file (doc, path, &error));
  g_assert_no_error (error);
  back = rt_freemind_read_file (path, &error);
  g_assert_no_error (error);
  interop_assert_maps_match (doc, back);
  g_assert_cmpint (g_unlink (path), ==, 0);

  missing = g_build_filename (dir, "no-such-folder", "meeting.mm", NULL);
  g_assert_false (rt_freemind_write_file (doc, missing, &error));
  g_assert_error (error, RT_IO_ERROR, RT_IO_ERROR_IO);
  g_assert_cmpstr (error->message, ==,
                   "“meeting.mm” could not be written: its folder does not exist. No file was "
                   "written. If the folder is on a drive that was unplugged, plug it in again; "
                   "otherwise choose another folder.");
  g_clear_error (&error);

  g_assert_null (rt_freemind_read_file (path, &error));
  g_assert_error (error, RT_IO_ERROR, RT_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (rt_freemind_read_file (dir, &error));
  g_assert_error (error, RT_IO_ERROR, RT_IO_ERROR_IO);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
assert_refused (const char *mm,
                int         code,
                const char *message)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  RtDocument *doc = read_string (mm, &error);

  g_assert_null (doc);
  g_assert_error (error, RT_IO_ERROR, code);
  if (message != NULL && strstr (error->message, message) == NULL)
    g_error ("“%s” does not say “%s”", error->message, message);
  /* Refused at once, not after expanding or allocating much. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
}

static void
test_refuse_not_freemind (void)
{
  assert_refused ("<?xml version=\"1.0\"?>\n<html><body/></html>", RT_IO_ERROR_INVALID,
                  "test.mm, line 2: this is not a FreeMind map: it starts with <html> instead "
                  "of <map>.");
  assert_refused ("", RT_IO_ERROR_PARSE, "test.mm: the file is empty.");
  assert_refused ("<map version=\"1.0.1\"><node TEXT=\"cut", RT_IO_ERROR_PARSE, "test.mm");
  assert_refused ("<map><node TEXT=\"x\"></map>", RT_IO_ERROR_PARSE, "line 1");
  assert_refused ("\xff\xfe<\0m\0a\0p\0", RT_IO_ERROR_PARSE, "UTF-8");
}

static void
test_refuse_entities (void)
{
  assert_refused ("<?xml version=\"1.0\"?>\n"
                  "<!DOCTYPE map [\n"
                  "  <!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">\n"
                  "  <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
                  "  <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
                  "  <!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
                  "  <!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n"
                  "]>\n"
                  "<map version=\"1.0.1\"><node TEXT=\"&e;\"/></map>\n",
                  RT_IO_ERROR_UNSAFE, "test.mm, line 2: the file declares entities");
  assert_refused ("<!DOCTYPE map SYSTEM \"http://example.org/map.dtd\">\n"
                  "<map version=\"1.0.1\"><node TEXT=\"x\"/></map>\n",
                  RT_IO_ERROR_UNSAFE, "outside document type definition");
  assert_refused ("<!DOCTYPE map [ <!ENTITY x SYSTEM \"file:///etc/passwd\"> ]>\n"
                  "<map version=\"1.0.1\"><node TEXT=\"&x;\"/></map>\n",
                  RT_IO_ERROR_UNSAFE, NULL);
  /* HTML's names are not XML's. */
  assert_refused ("<map version=\"1.0.1\">\n<node>\n<richcontent TYPE=\"NODE\"><html><body>"
                  "<p>a&nbsp;b</p></body></html></richcontent>\n</node>\n</map>\n",
                  RT_IO_ERROR_PARSE, "test.mm, line 3: the file uses “&nbsp;”");
}

static void
test_internal_doctype (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) doc = read_string ("<!DOCTYPE map [ <!ELEMENT map ANY> ]>\n"
                                           "<map><node TEXT=\"Fine\"/></map>", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (rt_document_get_n_nodes (doc), ==, 1);
}

static char *
nested_nodes (guint levels)
{
  GString *mm = g_string_new ("<map version=\"1.0.1\">\n");

  for (guint i = 0; i < levels; i++)
    g_string_append_printf (mm, "<node TEXT=\"Level %u\">\n", i);
  for (guint i = 0; i < levels; i++)
    g_string_append (mm, "</node>\n");
  g_string_append (mm, "</map>\n");
  return g_string_free (mm, FALSE);
}

static void
test_refuse_deep (void)
{
  g_autofree char *deepest = nested_nodes (RT_IMPORT_MAX_LEVELS);
  g_autofree char *too_deep = nested_nodes (RT_IMPORT_MAX_LEVELS + 1);
  g_autoptr(GString) deep_html = g_string_new ("<map><node><richcontent TYPE=\"NODE\"><html>");
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) doc = read_string (deepest, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (rt_document_get_n_nodes (doc), ==, RT_IMPORT_MAX_LEVELS);
  g_assert_cmpuint (rt_document_get_n_links (doc), ==, RT_IMPORT_MAX_LEVELS - 1);

  assert_refused (too_deep, RT_IO_ERROR_LIMIT,
                  "test.mm, line 202: the map’s nodes are nested more than 200 levels deep.");

  for (guint i = 0; i < 1000; i++)
    g_string_append (deep_html, "<b>");
  assert_refused (deep_html->str, RT_IO_ERROR_LIMIT, "nested more than 250 levels deep");
}

static void
test_refuse_huge (void)
{
  g_autofree char *long_text = interop_repeat ('x', RT_IMPORT_MAX_TEXT + 1);
  g_autofree char *attr = g_strdup_printf ("<map>\n<node TEXT=\"%s\"/></map>", long_text);
  g_autofree char *rich = g_strdup_printf ("<map>\n<node>\n<richcontent TYPE=\"NOTE\">"
                                           "<html><body><p>%s</p></body></html>"
                                           "</richcontent></node></map>", long_text);
  g_autofree char *fits = interop_repeat ('x', RT_IMPORT_MAX_TEXT);
  g_autofree char *ok = g_strdup_printf ("<map><node TEXT=\"%s\"/></map>", fits);
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) doc = NULL;

  assert_refused (attr, RT_IO_ERROR_LIMIT,
                  "test.mm, line 2: the attribute “TEXT” of <node> is longer than 1 MiB.");
  assert_refused (rich, RT_IO_ERROR_LIMIT, "test.mm, line 3: a text is longer than 1 MiB.");

  doc = read_string (ok, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (rt_document_get_node (doc, 0)->text), ==, RT_IMPORT_MAX_TEXT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/freemind/new-and-free", test_new_and_free);
  g_test_add_func ("/freemind/read/freemind-1.0.1", test_freemind_1_0_1);
  g_test_add_func ("/freemind/read/freeplane-1.9", test_freeplane_1_9);
  g_test_add_func ("/freemind/read/old-note-hook", test_old_note_hook);
  g_test_add_func ("/freemind/read/edited-export", test_edited_export);
  g_test_add_func ("/freemind/read/internal-doctype", test_internal_doctype);
  g_test_add_func ("/freemind/round-trip/saturday-library", test_round_trip_saturday);
  g_test_add_func ("/freemind/round-trip/meeting-load", test_round_trip_meeting);
  g_test_add_func ("/freemind/round-trip/awkward-text", test_awkward_round_trip);
  g_test_add_func ("/freemind/round-trip/control-characters", test_control_characters);
  g_test_add_func ("/freemind/round-trip/untitled-and-empty", test_untitled_and_empty);
  g_test_add_func ("/freemind/round-trip/deep-chain", test_deep_chain);
  g_test_add_func ("/freemind/round-trip/file", test_file_round_trip);
  g_test_add_func ("/freemind/write/well-formed", test_export_well_formed);
  g_test_add_func ("/freemind/refuse/not-freemind", test_refuse_not_freemind);
  g_test_add_func ("/freemind/refuse/entities", test_refuse_entities);
  g_test_add_func ("/freemind/refuse/deep", test_refuse_deep);
  g_test_add_func ("/freemind/refuse/huge", test_refuse_huge);

  return g_test_run ();
}
