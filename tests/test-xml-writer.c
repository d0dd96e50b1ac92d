/* test-xml-writer.c: the canonical form, round trips and what XML cannot
 * hold
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "io/rt-xml-reader.h"
#include "io/rt-xml-writer.h"
#include "model/rt-command.h"
#include "random-map.h"
#include "render/rt-sample-map.h"

static char *
write_string (RtDocument *doc)
{
  g_autoptr(GBytes) bytes = rt_xml_write_bytes (doc);
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  g_assert_cmpuint (strlen (data), ==, len);
  return g_strndup (data, len);
}

static RtDocument *
read_string (const char *xml)
{
  g_autoptr(GError) error = NULL;
  RtDocument *doc = rt_xml_read_memory (xml, strlen (xml), "written.roundtable", &error);

  g_assert_no_error (error);
  return doc;
}

static void
assert_round_trip (RtDocument *doc)
{
  g_autofree char *first = write_string (doc);
  g_autofree char *again = write_string (doc);
  g_autoptr(RtDocument) back = read_string (first);
  g_autofree char *second = write_string (back);
  g_autofree char *why = NULL;

  g_assert_cmpstr (first, ==, again);
  if (!rt_document_equal (doc, back, &why))
    g_error ("round trip differs: %s\n%s", why, first);
  g_assert_cmpstr (first, ==, second);
}

static void
test_example (void)
{
  g_autofree char *path = g_build_filename (SOURCE_ROOT, "docs", "FORMAT.md", NULL);
  g_autofree char *markdown = NULL;
  g_autoptr(GRegex) wrapped = g_regex_new ("\"\\n +(?=[a-z-]+=\")", 0, 0, NULL);
  g_autofree char *example = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *written = NULL;
  g_autoptr(RtDocument) doc = NULL;
  const char *start, *end;

  g_assert_true (g_file_get_contents (path, &markdown, NULL, NULL));
  start = strstr (markdown, "```xml\n") + strlen ("```xml\n");
  end = strstr (start, "```");
  example = g_strndup (start, end - start);

  /* The writer puts each element's attributes on one line; FORMAT.md wraps
   * the long ones. Otherwise the output is the example, byte for byte. */
  expected = g_regex_replace_literal (wrapped, example, -1, 0, "\" ", 0, NULL);
  doc = read_string (example);
  written = write_string (doc);
  g_assert_cmpstr (written, ==, expected);
}

static void
test_canonical_corpus (void)
{
  g_autofree char *dir_path = g_build_filename (TEST_DATA_DIR, "valid", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint checked = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autofree char *contents = NULL;
      g_autofree char *written = NULL;
      g_autoptr(RtDocument) doc = NULL;

      /* The example wraps long lines; the rest is written as the writer
       * writes, so reading and writing gives the same bytes. */
      if (!g_str_has_suffix (name, ".roundtable") || strcmp (name, "format-example.roundtable") == 0)
        continue;
      g_test_message ("%s", name);
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      doc = read_string (contents);
      written = write_string (doc);
      g_assert_cmpstr (written, ==, contents);
      checked++;
    }
  g_assert_cmpuint (checked, >=, 3);
}

static void
test_round_trip (void)
{
  for (guint seed = 0; seed < 300; seed++)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
      g_autoptr(RtDocument) doc = random_map_new (rand, seed % 7, seed % 23, FALSE);

      assert_round_trip (doc);
    }
}

static void
test_defaults_omitted (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  RtPerson *person = rt_person_new ("p1", "Ann");
  RtNode *problem = rt_node_new ("n1", RT_NODE_PROBLEM);
  RtNode *response = rt_node_new ("n2", RT_NODE_RESPONSE);
  RtNode *note = rt_node_new ("n3", RT_NODE_NOTE);
  g_autofree char *xml = NULL;

  g_free (person->color);
  person->color = g_strdup ("#AABBCC");
  rt_document_take_person (doc, person);
  rt_document_take_node (doc, problem);
  rt_document_take_node (doc, response);
  rt_document_take_node (doc, note);
  rt_document_take_link (doc, rt_link_new ("n2", "n1", RT_LINK_RESPONDS_TO));

  xml = write_string (doc);
  g_assert_cmpstr (xml, ==,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<roundtable version=\"1\">\n"
                   "  <people>\n"
                   "    <person id=\"p1\" name=\"Ann\" color=\"#aabbcc\"/>\n"
                   "  </people>\n"
                   "  <nodes>\n"
                   "    <node id=\"n1\" kind=\"problem\">\n"
                   "      <text></text>\n"
                   "    </node>\n"
                   "    <node id=\"n2\" kind=\"response\">\n"
                   "      <text></text>\n"
                   "    </node>\n"
                   "    <node id=\"n3\" kind=\"note\">\n"
                   "      <text></text>\n"
                   "    </node>\n"
                   "  </nodes>\n"
                   "  <links>\n"
                   "    <link from=\"n2\" to=\"n1\" kind=\"responds-to\"/>\n"
                   "  </links>\n"
                   "</roundtable>\n");
}

static void
test_empty (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  g_autofree char *xml = write_string (doc);

  g_assert_cmpstr (xml, ==, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                            "<roundtable version=\"1\"/>\n");
  assert_round_trip (doc);
}

static char *
position_of (double x)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  RtNode *node = rt_node_new ("n1", RT_NODE_NOTE);
  g_autofree char *xml = NULL;
  const char *start, *end;

  node->has_position = TRUE;
  node->x = x;
  node->y = 0;
  rt_document_take_node (doc, node);
  assert_round_trip (doc);

  xml = write_string (doc);
  start = strstr (xml, " x=\"") + 4;
  end = strchr (start, '"');
  return g_strndup (start, end - start);
}

static void
test_numbers (void)
{
  static const struct {
    double      value;
    const char *text;
  } cases[] = {
    { 0, "0" }, { -0.0, "0" }, { 260, "260" }, { -40, "-40" }, { 0.1, "0.1" },
    { -0.5, "-0.5" }, { 1234567.25, "1234567.25" }, { -0.000125, "-0.000125" },
    { 1e300, "1e+300" }, { 0.30000000000000004, "0.30000000000000004" },
    { 1.0 / 3.0, "0.3333333333333333" }, { 1e21, "1e+21" }, { 123456789012345, "123456789012345" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = position_of (cases[i].value);

      g_assert_cmpstr (text, ==, cases[i].text);
    }

  /* Whatever the value, what is written reads back as the same double. */
  {
    g_autoptr(GRand) rand = g_rand_new_with_seed (7);

    for (guint i = 0; i < 2000; i++)
      {
        union { guint64 bits; double value; } u;
        g_autofree char *text = NULL;

        u.bits = ((guint64) g_rand_int (rand) << 32) | g_rand_int (rand);
        if (!isfinite (u.value))
          continue;
        text = position_of (u.value);
        g_assert_cmpfloat (g_ascii_strtod (text, NULL), ==, u.value);
      }
  }
}

static void
test_not_finite (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  RtNode *node = rt_node_new ("n1", RT_NODE_NOTE);
  g_autofree char *xml = NULL;
  g_autoptr(RtDocument) back = NULL;

  node->has_position = TRUE;
  node->x = INFINITY;
  node->y = NAN;
  rt_document_take_node (doc, node);
  xml = write_string (doc);
  back = read_string (xml);
  g_assert_false (rt_document_get_node (back, 0)->has_position);
}

static void
test_invalid_characters (void)
{
  g_autoptr(RtDocument) doc = rt_document_new ();
  RtPerson *person = rt_person_new ("p1", "Bell\a and\x1b escape");
  RtNode *node = rt_node_new ("n1", RT_NODE_NOTE);
  g_autofree char *xml = NULL;
  g_autoptr(RtDocument) back = NULL;
  const RtNode *read_node;

  rt_document_take_person (doc, person);
  g_free (node->text);
  node->text = g_strdup ("form\ffeed, vertical\vtab, \x01start \xef\xbf\xbe\xef\xbf\xbf end");
  node->details = g_strdup ("broken \xff\xfe UTF-8 and \xc3");
  rt_document_take_node (doc, node);

  /* Whatever the model holds, the file can always be read back: control
   * characters, U+FFFE and U+FFFF are left out, bad UTF-8 becomes U+FFFD. */
  xml = write_string (doc);
  back = read_string (xml);
  g_assert_cmpstr (rt_document_get_person (back, 0)->name, ==, "Bell and escape");
  read_node = rt_document_get_node (back, 0);
  g_assert_cmpstr (read_node->text, ==, "formfeed, verticaltab, start  end");
  g_assert_cmpstr (read_node->details, ==, "broken \xef\xbf\xbd\xef\xbf\xbd UTF-8 and \xef\xbf\xbd");

  /* And the result is stable from then on. */
  assert_round_trip (back);
}

static void
test_stream (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(RtDocument) doc = random_map_new (rand, 12, 2000, FALSE);
  g_autoptr(GBytes) bytes = rt_xml_write_bytes (doc);
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GBytes) streamed = NULL;
  g_autoptr(GOutputStream) small = NULL;
  g_autoptr(GError) error = NULL;
  static char too_small[1000];

  g_assert_cmpuint (g_bytes_get_size (bytes), >, 4 * 64 * 1024);
  g_assert_true (rt_xml_write_to_stream (doc, stream, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (stream, NULL, NULL));
  streamed = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
  g_assert_true (g_bytes_equal (bytes, streamed));

  small = g_memory_output_stream_new (too_small, sizeof too_small, NULL, NULL);
  g_assert_false (rt_xml_write_to_stream (doc, small, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
}

static void
test_times (void)
{
  static const gint64 edges[] = {
    0, -1, 86399, 86400, -86400, 951782400 /* 2000-02-29 */, -62135596800, 253402300799,
    -62135596801, 253402300800, RT_TIME_NONE,
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (3);
  char text[21];

  for (guint i = 0; i < G_N_ELEMENTS (edges) + 20000; i++)
    {
      gint64 t = i < G_N_ELEMENTS (edges) ? edges[i]
                                          : (gint64) g_rand_double_range (rand, -7e10, 3e11);
      g_autofree char *expected = rt_time_format (t);
      gboolean ok = rt_xml_format_time (t, text);
      gint64 back;

      g_assert_cmpint (ok, ==, expected != NULL);
      if (!ok)
        continue;
      g_assert_cmpstr (text, ==, expected);
      g_assert_true (rt_time_parse (text, &back));
      g_assert_cmpint (back, ==, t);
    }
}

static void
test_schema (void)
{
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  g_autofree char *schema = g_build_filename (SOURCE_ROOT, "data", "roundtable.rng", NULL);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  g_autoptr(RtDocument) doc = random_map_new (rand, 9, 200, FALSE);
  g_autoptr(GBytes) bytes = rt_xml_write_bytes (doc);
  g_autoptr(GError) error = NULL;
  int status;

  if (xmllint == NULL)
    {
      g_test_skip ("xmllint is not installed");
      return;
    }
  dir = g_dir_make_tmp ("rt-writer-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "written.roundtable", NULL);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
  {
    const char *argv[] = { xmllint, "--noout", "--relaxng", schema, path, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL,
                                 NULL, NULL, NULL, &err, &status, &error));
  }
  g_assert_no_error (error);
  g_test_message ("%s", err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_unlink (path);
  g_rmdir (dir);
}

typedef struct {
  GBytes  *bytes;
  gboolean done;
} Sliced;

static void
sliced_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Sliced *sliced = user_data;
  g_autoptr(GError) error = NULL;

  sliced->bytes = rt_xml_write_bytes_finish (RT_DOCUMENT (source), result, &error);
  g_assert_no_error (error);
  sliced->done = TRUE;
}

/* Made in slices, the bytes are those written at once; a change between
 * slices is in them. */
static void
test_slices (void)
{
  g_autoptr(RtDocument) small = rt_sample_map_new (40, 3, TRUE);
  g_autoptr(RtDocument) big = rt_sample_map_new (60000, 3, TRUE);
  g_autoptr(GBytes) whole = NULL;
  Sliced sliced = { 0 };
  const RtNode *first;

  /* A small map: ready before the call returns, told from the main loop. */
  rt_xml_write_bytes_async (small, NULL, sliced_cb, &sliced);
  g_assert_false (sliced.done);
  while (!sliced.done)
    g_main_context_iteration (NULL, TRUE);
  whole = rt_xml_write_bytes (small);
  g_assert_true (g_bytes_equal (sliced.bytes, whole));
  g_clear_pointer (&sliced.bytes, g_bytes_unref);
  g_clear_pointer (&whole, g_bytes_unref);

  sliced.done = FALSE;
  rt_xml_write_bytes_async (big, NULL, sliced_cb, &sliced);
  /* Between two slices the map changes. */
  first = rt_document_get_node (big, 0);
  g_assert_true (g_main_context_iteration (NULL, TRUE));
  if (!sliced.done)
    g_assert_true (rt_document_execute (big, rt_command_set_text (first->id, "Changed while saving",
                                                                  NULL), NULL));
  while (!sliced.done)
    g_main_context_iteration (NULL, TRUE);
  whole = rt_xml_write_bytes (big);
  g_assert_true (g_bytes_equal (sliced.bytes, whole));
  g_clear_pointer (&sliced.bytes, g_bytes_unref);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/xml-writer/example", test_example);
  g_test_add_func ("/xml-writer/canonical-corpus", test_canonical_corpus);
  g_test_add_func ("/xml-writer/round-trip", test_round_trip);
  g_test_add_func ("/xml-writer/defaults-omitted", test_defaults_omitted);
  g_test_add_func ("/xml-writer/empty", test_empty);
  g_test_add_func ("/xml-writer/numbers", test_numbers);
  g_test_add_func ("/xml-writer/not-finite", test_not_finite);
  g_test_add_func ("/xml-writer/invalid-characters", test_invalid_characters);
  g_test_add_func ("/xml-writer/stream", test_stream);
  g_test_add_func ("/xml-writer/slices", test_slices);
  g_test_add_func ("/xml-writer/times", test_times);
  g_test_add_func ("/xml-writer/schema", test_schema);

  return g_test_run ();
}
