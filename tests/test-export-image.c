/* test-export-image.c: the map as a PNG, SVG or PDF file
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>

#include "render/rt-export-image.h"

static char *tmpdir;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

/* Placed and unplaced nodes, a person, a link: a map fresh from an
 * import, half arranged. */
static RtDocument *
export_document (void)
{
  RtDocument *doc = rt_document_new ();
  RtNode *q = rt_node_new ("q", RT_NODE_PROBLEM);
  RtNode *r = rt_node_new ("r", RT_NODE_RESPONSE);
  RtNode *c = rt_node_new ("c", RT_NODE_CON);

  rt_document_set_meta (doc, "Export test", NULL, RT_TIME_NONE, RT_TIME_NONE);
  rt_document_take_person (doc, rt_person_new ("p1", "Amira Haddad"));
  g_free (q->text);
  q->text = g_strdup ("Staffing");
  q->has_position = TRUE;
  q->by = g_strdup ("p1");
  g_free (r->text);
  r->text = g_strdup ("Volunteers");
  g_free (c->text);
  c->text = g_strdup ("Keyholder");
  rt_document_take_node (doc, q);
  rt_document_take_node (doc, r);
  rt_document_take_node (doc, c);
  rt_document_take_link (doc, rt_link_new ("r", "q", RT_LINK_RESPONDS_TO));
  rt_document_take_link (doc, rt_link_new ("c", "r", RT_LINK_OPPOSES));
  return doc;
}

static void
test_export_png_scale (void)
{
  g_autoptr(RtDocument) doc = export_document ();
  g_autoptr(RtDocument) before = rt_document_copy (doc);
  g_autofree char *one = tmp_path ("one.png");
  g_autofree char *two = tmp_path ("two.png");
  g_autoptr(GError) error = NULL;
  cairo_surface_t *a, *b;
  double w, h;

  g_assert_true (rt_export_image (doc, one, RT_IMAGE_PNG, 1.0, RT_BACKGROUND_LIGHT, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (rt_export_image (doc, two, RT_IMAGE_PNG, 2.0, RT_BACKGROUND_LIGHT, NULL, &error));
  g_assert_no_error (error);
  /* The document itself was not laid out. */
  g_assert_true (rt_document_equal (doc, before, NULL));
  g_assert_false (rt_document_lookup_node (doc, "r")->has_position);

  a = cairo_image_surface_create_from_png (one);
  b = cairo_image_surface_create_from_png (two);
  g_assert_cmpint (cairo_surface_status (a), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_surface_status (b), ==, CAIRO_STATUS_SUCCESS);
  g_assert_true (rt_export_image_get_size (doc, 1.0, NULL, &w, &h, NULL));
  g_assert_cmpint (cairo_image_surface_get_width (a), ==, (int) w);
  g_assert_cmpint (cairo_image_surface_get_height (a), ==, (int) h);
  /* Three nodes side by side: wider than tall, and at least three
   * minimal nodes wide. */
  g_assert_cmpint (cairo_image_surface_get_width (a), >, 3 * 120);
  g_assert_cmpint (cairo_image_surface_get_width (b), <=, 2 * cairo_image_surface_get_width (a) + 1);
  g_assert_cmpint (cairo_image_surface_get_width (b), >=, 2 * cairo_image_surface_get_width (a) - 1);
  g_assert_cmpint (cairo_image_surface_get_height (b), <=, 2 * cairo_image_surface_get_height (a) + 1);
  g_assert_cmpint (cairo_image_surface_get_height (b), >=, 2 * cairo_image_surface_get_height (a) - 1);
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
}

static guint32
corner_pixel (const char *path)
{
  cairo_surface_t *s = cairo_image_surface_create_from_png (path);
  guint32 v;

  g_assert_cmpint (cairo_surface_status (s), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (s);
  v = *(const guint32 *) cairo_image_surface_get_data (s);
  cairo_surface_destroy (s);
  return v;
}

static void
test_export_backgrounds (void)
{
  g_autoptr(RtDocument) doc = export_document ();
  g_autofree char *light = tmp_path ("light.png");
  g_autofree char *dark = tmp_path ("dark.png");
  g_autofree char *clear = tmp_path ("clear.png");
  guint32 v;

  g_assert_true (rt_export_image (doc, light, RT_IMAGE_PNG, 1.0, RT_BACKGROUND_LIGHT, NULL, NULL));
  g_assert_true (rt_export_image (doc, dark, RT_IMAGE_PNG, 1.0, RT_BACKGROUND_DARK, NULL, NULL));
  g_assert_true (rt_export_image (doc, clear, RT_IMAGE_PNG, 1.0, RT_BACKGROUND_TRANSPARENT, NULL, NULL));
  v = corner_pixel (light);
  g_assert_cmpuint (v >> 24, ==, 0xff);
  g_assert_cmpuint ((v >> 16) & 0xff, >, 0xe0);
  v = corner_pixel (dark);
  g_assert_cmpuint (v >> 24, ==, 0xff);
  g_assert_cmpuint ((v >> 16) & 0xff, <, 0x40);
  v = corner_pixel (clear);
  g_assert_cmpuint (v >> 24, ==, 0);
}

static void
test_export_svg (void)
{
  g_autoptr(RtDocument) doc = export_document ();
  g_autofree char *path = tmp_path ("map.svg");
  g_autoptr(GError) error = NULL;
  xmlDocPtr xml;
  xmlNodePtr root;

  g_assert_true (rt_export_image (doc, path, RT_IMAGE_SVG, 1.0, RT_BACKGROUND_LIGHT, NULL, &error));
  g_assert_no_error (error);
  xml = xmlReadFile (path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  g_assert_nonnull (xml);
  root = xmlDocGetRootElement (xml);
  g_assert_nonnull (root);
  g_assert_cmpstr ((const char *) root->name, ==, "svg");
  xmlFreeDoc (xml);
}

static char *
pdf_text (const char *path)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { NULL, "-q", path, "-", NULL };
  int status = 0;

  if (pdftotext == NULL)
    return NULL;
  argv[0] = pdftotext;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

static void
test_export_pdf (void)
{
  g_autoptr(RtDocument) doc = export_document ();
  g_autofree char *path = tmp_path ("map.pdf");
  g_autofree char *text = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize len;

  g_assert_true (rt_export_image (doc, path, RT_IMAGE_PDF, 1.0, RT_BACKGROUND_LIGHT, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_true (len > 5 && memcmp (contents, "%PDF-", 5) == 0);

  text = pdf_text (path);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  /* Real text: the labels and the person's initials. */
  g_assert_nonnull (strstr (text, "Staffing"));
  g_assert_nonnull (strstr (text, "Volunteers"));
  g_assert_nonnull (strstr (text, "Keyholder"));
  g_assert_nonnull (strstr (text, "AH"));
}

static void
test_export_only (void)
{
  g_autoptr(RtDocument) doc = export_document ();
  g_autoptr(GPtrArray) only = g_ptr_array_new ();
  g_autofree char *path = tmp_path ("only.pdf");
  g_autofree char *text = NULL;
  double w_all, w_one, h;

  g_ptr_array_add (only, (gpointer) "q");
  g_assert_true (rt_export_image_get_size (doc, 1.0, NULL, &w_all, &h, NULL));
  g_assert_true (rt_export_image_get_size (doc, 1.0, only, &w_one, &h, NULL));
  g_assert_cmpfloat (w_one, <, w_all / 2.0);

  g_assert_true (rt_export_image (doc, path, RT_IMAGE_PDF, 1.0, RT_BACKGROUND_LIGHT, only, NULL));
  text = pdf_text (path);
  if (text != NULL)
    {
      g_assert_nonnull (strstr (text, "Staffing"));
      g_assert_null (strstr (text, "Volunteers"));
    }
}

static void
test_export_errors (void)
{
  g_autoptr(RtDocument) empty = rt_document_new ();
  g_autoptr(RtDocument) doc = export_document ();
  g_autofree char *path = tmp_path ("empty.png");
  g_autofree char *keep = tmp_path ("keep.png");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (rt_export_image (empty, path, RT_IMAGE_PNG, 1.0, RT_BACKGROUND_LIGHT, NULL, &error));
  g_assert_error (error, RT_EXPORT_ERROR, RT_EXPORT_ERROR_EMPTY);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_false (rt_export_image (doc, "/nonexistent-dir/map.png", RT_IMAGE_PNG, 1.0,
                                   RT_BACKGROUND_LIGHT, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* Too large: refused, and the file that was there stays. */
  g_assert_true (g_file_set_contents (keep, "old", -1, NULL));
  g_assert_false (rt_export_image (doc, keep, RT_IMAGE_PNG, 500.0, RT_BACKGROUND_LIGHT, NULL, &error));
  g_assert_error (error, RT_EXPORT_ERROR, RT_EXPORT_ERROR_TOO_LARGE);
  g_assert_true (g_file_get_contents (keep, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
}

static void
test_export_to_cairo (void)
{
  g_autoptr(RtDocument) doc = export_document ();
  cairo_surface_t *s;
  cairo_t *cr;
  double w, h;

  g_assert_true (rt_export_image_get_size (doc, 0.5, NULL, &w, &h, NULL));
  s = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) w, (int) h);
  cr = cairo_create (s);
  g_assert_true (rt_export_image_to_cairo (doc, cr, 0.5, RT_BACKGROUND_TRANSPARENT, NULL, NULL));
  cairo_surface_flush (s);
  /* Something was drawn in the middle row. */
  {
    const guint8 *data = cairo_image_surface_get_data (s);
    int stride = cairo_image_surface_get_stride (s);
    int x, drawn = 0;

    for (x = 0; x < (int) w; x++)
      drawn += data[((int) h / 2) * stride + x * 4 + 3] != 0;
    g_assert_cmpint (drawn, >, (int) w / 3);
  }
  cairo_destroy (cr);
  cairo_surface_destroy (s);

  {
    RtImageFormat f;

    g_assert_true (rt_image_format_from_path ("a/Map.PDF", &f));
    g_assert_cmpint (f, ==, RT_IMAGE_PDF);
    g_assert_true (rt_image_format_from_path ("x.svg", &f));
    g_assert_cmpint (f, ==, RT_IMAGE_SVG);
    g_assert_false (rt_image_format_from_path ("x.jpeg", &f));
  }
}

int
main (int argc, char **argv)
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("rt-export-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);

  g_test_add_func ("/export-image/png-scale", test_export_png_scale);
  g_test_add_func ("/export-image/backgrounds", test_export_backgrounds);
  g_test_add_func ("/export-image/svg", test_export_svg);
  g_test_add_func ("/export-image/pdf", test_export_pdf);
  g_test_add_func ("/export-image/only", test_export_only);
  g_test_add_func ("/export-image/errors", test_export_errors);
  g_test_add_func ("/export-image/to-cairo", test_export_to_cairo);

  ret = g_test_run ();
  {
    g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *p = tmp_path (name);

        g_unlink (p);
      }
    g_rmdir (tmpdir);
  }
  g_free (tmpdir);
  return ret;
}
