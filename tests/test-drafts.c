/* test-drafts.c: crash-recovery copies, written, listed, loaded, removed
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "io/rt-drafts.h"
#include "io/rt-io-error.h"
#include "random-map.h"

typedef struct {
  char     *dir;
  RtDrafts *drafts;
} Fixture;

static void
fixture_set_up (Fixture      *f,
                gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *base = g_dir_make_tmp ("rt-drafts-XXXXXX", &error);

  g_assert_no_error (error);
  /* A folder that does not exist yet: the first write makes it. */
  f->dir = g_build_filename (base, "drafts", NULL);
  f->drafts = rt_drafts_new (f->dir);
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture      *f,
                   gconstpointer data)
{
  g_autofree char *base = g_path_get_dirname (f->dir);

  g_assert_finalize_object (f->drafts);
  remove_dir (f->dir);
  g_rmdir (base);
  g_free (f->dir);
}

static RtDocument *
titled_map (const char *title,
            guint       seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  RtDocument *doc = random_map_new (rand, 3, 12, FALSE);

  rt_document_set_meta (doc, title, NULL, RT_TIME_NONE, RT_TIME_NONE);
  return doc;
}

static void
test_create_destroy (void)
{
  g_autoptr(RtDrafts) drafts = rt_drafts_new ("/nonexistent/drafts");
  g_autoptr(GPtrArray) list = NULL;

  g_assert_cmpstr (rt_drafts_get_dir (drafts), ==, "/nonexistent/drafts");
  list = rt_drafts_list (drafts);
  g_assert_cmpuint (list->len, ==, 0);
  g_assert_finalize_object (g_steal_pointer (&drafts));
}

static void
test_default_dir (void)
{
  g_autoptr(RtDrafts) drafts = rt_drafts_new (NULL);
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (),
                                                "io.github.roundtable.Roundtable", "drafts",
                                                NULL);

  g_assert_cmpstr (rt_drafts_get_dir (drafts), ==, expected);
}

static void
test_write_list_load (Fixture      *f,
                      gconstpointer data)
{
  g_autoptr(RtDocument) first = titled_map ("Saturday opening", 1);
  g_autoptr(RtDocument) second = titled_map (NULL, 2);
  g_autoptr(GFile) origin = g_file_new_for_path ("/home/amira/saturday.roundtable");
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(RtDocument) loaded = NULL;
  g_autoptr(GError) error = NULL;
  const RtDraftInfo *info;
  gint64 before = rt_time_now ();
  GStatBuf st;

  g_assert_true (rt_drafts_write (f->drafts, "a1b2", first, origin, &error));
  g_assert_no_error (error);
  g_assert_true (rt_drafts_write (f->drafts, "c3d4", second, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_stat (f->dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  list = rt_drafts_list (f->drafts);
  g_assert_cmpuint (list->len, ==, 2);
  for (guint i = 0; i < list->len; i++)
    {
      info = list->pdata[i];
      g_assert_cmpint (info->saved, >=, before);
      if (strcmp (info->id, "a1b2") == 0)
        {
          g_assert_cmpstr (info->title, ==, "Saturday opening");
          g_assert_nonnull (info->origin);
          g_assert_true (g_file_equal (info->origin, origin));
        }
      else
        {
          g_assert_cmpstr (info->id, ==, "c3d4");
          g_assert_null (info->title);
          g_assert_null (info->origin);
        }
    }

  loaded = rt_drafts_load (f->drafts, "a1b2", &error);
  g_assert_no_error (error);
  g_assert_true (rt_document_equal (first, loaded, NULL));

  /* Writing again replaces the draft and its entry. */
  g_assert_true (rt_drafts_write (f->drafts, "a1b2", second, NULL, &error));
  g_clear_object (&loaded);
  loaded = rt_drafts_load (f->drafts, "a1b2", &error);
  g_assert_true (rt_document_equal (second, loaded, NULL));
  g_clear_pointer (&list, g_ptr_array_unref);
  list = rt_drafts_list (f->drafts);
  g_assert_cmpuint (list->len, ==, 2);
}

static void
test_newest_first (Fixture      *f,
                   gconstpointer data)
{
  g_autoptr(RtDocument) doc = titled_map ("Map", 3);
  g_autofree char *index_path = NULL;
  g_autoptr(GKeyFile) index = g_key_file_new ();
  g_autoptr(GPtrArray) list = NULL;

  g_assert_true (rt_drafts_write (f->drafts, "older", doc, NULL, NULL));
  g_assert_true (rt_drafts_write (f->drafts, "newer", doc, NULL, NULL));

  /* Age one entry by hand: the list follows the saved times. */
  index_path = g_build_filename (f->dir, "index.ini", NULL);
  g_assert_true (g_key_file_load_from_file (index, index_path, G_KEY_FILE_NONE, NULL));
  g_key_file_set_int64 (index, "older", "saved", 1000);
  g_assert_true (g_key_file_save_to_file (index, index_path, NULL));

  list = rt_drafts_list (f->drafts);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (((RtDraftInfo *) list->pdata[0])->id, ==, "newer");
  g_assert_cmpstr (((RtDraftInfo *) list->pdata[1])->id, ==, "older");
  g_assert_cmpint (((RtDraftInfo *) list->pdata[1])->saved, ==, 1000);
}

static void
test_remove (Fixture      *f,
             gconstpointer data)
{
  g_autoptr(RtDocument) doc = titled_map ("Map", 4);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) gone = NULL;

  g_assert_true (rt_drafts_remove (f->drafts, "never-written", &error));
  g_assert_no_error (error);

  g_assert_true (rt_drafts_write (f->drafts, "keep", doc, NULL, NULL));
  g_assert_true (rt_drafts_write (f->drafts, "drop", doc, NULL, NULL));
  g_assert_true (rt_drafts_remove (f->drafts, "drop", &error));
  g_assert_no_error (error);
  g_assert_true (rt_drafts_remove (f->drafts, "drop", &error));

  list = rt_drafts_list (f->drafts);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((RtDraftInfo *) list->pdata[0])->id, ==, "keep");

  gone = rt_drafts_load (f->drafts, "drop", &error);
  g_assert_null (gone);
  g_assert_error (error, RT_IO_ERROR, RT_IO_ERROR_NOT_FOUND);
}

static void
test_without_index (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr(RtDocument) doc = titled_map ("Map", 5);
  g_autofree char *index_path = NULL;
  g_autofree char *stray = NULL;
  g_autoptr(GPtrArray) list = NULL;
  const RtDraftInfo *info;

  g_assert_true (rt_drafts_write (f->drafts, "orphan", doc, NULL, NULL));

  /* A crash between writing the draft and its index entry, or a damaged
   * index: the draft is still offered. Other files are not drafts. */
  index_path = g_build_filename (f->dir, "index.ini", NULL);
  g_assert_true (g_file_set_contents (index_path, "[[[ not a key file", -1, NULL));
  stray = g_build_filename (f->dir, "notes.txt", NULL);
  g_assert_true (g_file_set_contents (stray, "x", -1, NULL));

  list = rt_drafts_list (f->drafts);
  g_assert_cmpuint (list->len, ==, 1);
  info = list->pdata[0];
  g_assert_cmpstr (info->id, ==, "orphan");
  g_assert_null (info->title);
  g_assert_null (info->origin);
  g_assert_cmpint (info->saved, >, 0);

  /* The next write repairs the index. */
  g_assert_true (rt_drafts_write (f->drafts, "orphan", doc, NULL, NULL));
  g_clear_pointer (&list, g_ptr_array_unref);
  list = rt_drafts_list (f->drafts);
  g_assert_cmpstr (((RtDraftInfo *) list->pdata[0])->title, ==, "Map");
}

static void
test_bad_ids (Fixture      *f,
              gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) doc = rt_drafts_load (f->drafts, "../../etc/passwd", &error);

  g_assert_null (doc);
  g_assert_error (error, RT_IO_ERROR, RT_IO_ERROR_NOT_FOUND);
}

typedef struct {
  GMainLoop *loop;
  GError    *error;
  gboolean   ok;
} AsyncResult;

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  AsyncResult *r = user_data;

  r->ok = rt_drafts_write_finish (RT_DRAFTS (source), result, &r->error);
  g_main_loop_quit (r->loop);
}

static void
test_async (Fixture      *f,
            gconstpointer data)
{
  g_autoptr(RtDocument) doc = titled_map ("Async", 6);
  g_autoptr(RtDocument) snapshot = rt_document_copy (doc);
  g_autoptr(RtDocument) loaded = NULL;
  g_autoptr(GFile) origin = g_file_new_for_uri ("file:///tmp/async.roundtable");
  g_autoptr(GPtrArray) list = NULL;
  AsyncResult r = { g_main_loop_new (NULL, FALSE), NULL, FALSE };
  const char *id = "0f8c2b7e-5a3d-4c1e-9b6a-2d4e6f8a0b1c";

  rt_drafts_write_async (f->drafts, id, doc, origin, NULL, written_cb, &r);
  rt_document_take_node (doc, rt_node_new ("late", RT_NODE_NOTE));
  g_main_loop_run (r.loop);
  g_assert_no_error (r.error);
  g_assert_true (r.ok);

  loaded = rt_drafts_load (f->drafts, id, NULL);
  g_assert_true (rt_document_equal (snapshot, loaded, NULL));
  list = rt_drafts_list (f->drafts);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_true (g_file_equal (((RtDraftInfo *) list->pdata[0])->origin, origin));
  g_main_loop_unref (r.loop);

  /* The worker thread lets go of its task (and so of the drafts) just
   * after the result is handed over. */
  while (g_atomic_int_get (&G_OBJECT (f->drafts)->ref_count) > 1)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
test_info_boxed (void)
{
  RtDraftInfo info = { (char *) "x", NULL, (char *) "Title", 42 };
  g_autoptr(RtDraftInfo) copy = g_boxed_copy (RT_TYPE_DRAFT_INFO, &info);

  g_assert_cmpstr (copy->id, ==, "x");
  g_assert_cmpstr (copy->title, ==, "Title");
  g_assert_cmpint (copy->saved, ==, 42);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/drafts/create-destroy", test_create_destroy);
  g_test_add_func ("/drafts/default-dir", test_default_dir);
  g_test_add_func ("/drafts/info-boxed", test_info_boxed);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/drafts/write-list-load", test_write_list_load);
  ADD ("/drafts/newest-first", test_newest_first);
  ADD ("/drafts/remove", test_remove);
  ADD ("/drafts/without-index", test_without_index);
  ADD ("/drafts/bad-ids", test_bad_ids);
  ADD ("/drafts/async", test_async);
#undef ADD

  return g_test_run ();
}
