/* test-kill-save.c: a save or a draft write killed at any moment leaves
 * the old file or the new one, whole, and no leftovers that the next save
 * does not clear
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each round forks a process that writes a 20,000-node map over the other
 * one exactly as the app does (rt_save_async() in a main loop as the
 * window does, rt_save_file() as the command line does, with a backup, or
 * rt_drafts_write_async() as the autosave does), and sends it SIGKILL
 * after a random delay spread over the measured length of a write. The
 * maps are made before the first fork, so a round costs little more than
 * the write it interrupts. The window's save and the autosave are killed
 * 50 times each, the command line's save and the save with a backup 25
 * times; RT_KILLS sets one count for every case.
 */
#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "io/rt-drafts.h"
#include "io/rt-save.h"
#include "io/rt-xml-reader.h"
#include "render/rt-sample-map.h"

#define MAP_NODES   20000
#define TEMP_PREFIX ".goutputstream-"

/* The two maps the writes alternate between, made once. */
static RtDocument *maps[2];

typedef enum {
  WRITE_ASYNC,
  WRITE_SYNC,
  WRITE_BACKUP,
  WRITE_DRAFT,
} WriteMode;

static const char *const mode_names[] = { "save-async", "save-sync", "save-backup", "draft" };

#define DRAFT_ID "0b9c2a4e-7f1d-4e62-9a55-3c8d1e6f7a20"

typedef struct {
  WriteMode  mode;
  char      *dir;        /* owned: the folder of the case */
  char      *target;     /* the map file, or the draft's file */
  char      *hash[2];    /* what a whole write of each map gives */
} Fixture;

static char *
hash_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize len;

  if (!g_file_get_contents (path, &contents, &len, NULL))
    return NULL;
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, len);
}

/* Files other than the map, its backup, the drafts' index and folders:
 * what killed writes left behind. */
static guint
count_leftovers (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_str_has_suffix (name, ".roundtable") || g_str_has_suffix (name, ".roundtable~")
          || g_str_equal (name, "index.ini") || g_file_test (path, G_FILE_TEST_IS_DIR))
        continue;
      if (!g_str_has_prefix (name, TEMP_PREFIX))
        g_test_message ("left behind: %s", name);
      n++;
    }
  return n;
}

/* Sets the temporary files' times back two minutes, as if the session had
 * gone on that long: a save clears only those a killed save left more
 * than a minute ago, never one that another save may still be writing. */
static void
age_temps (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  struct timeval times[2];

  gettimeofday (&times[0], NULL);
  times[0].tv_sec -= 120;
  times[1] = times[0];
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_str_has_prefix (name, TEMP_PREFIX))
        g_assert_cmpint (utimes (path, times), ==, 0);
    }
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        remove_tree (path);
      else
        g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The child: waits for the go, writes, exits 0 once the write is done. */

typedef struct {
  GMainLoop *loop;
  gboolean   ok;
} Wait;

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  Wait *wait = user_data;

  wait->ok = rt_save_finish (result, NULL);
  g_main_loop_quit (wait->loop);
}

static void
draft_written_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  Wait *wait = user_data;

  wait->ok = rt_drafts_write_finish (RT_DRAFTS (source), result, NULL);
  g_main_loop_quit (wait->loop);
}

G_GNUC_NORETURN static void
child_write (Fixture    *fixture,
             RtDocument *doc,
             int         go_fd)
{
  g_autoptr(GFile) file = g_file_new_for_path (fixture->target);
  GMainLoop *loop = g_main_loop_new (NULL, FALSE);
  Wait wait = { loop, FALSE };
  char c;

  if (read (go_fd, &c, 1) != 1)
    _exit (3);
  switch (fixture->mode)
    {
    case WRITE_SYNC:
      wait.ok = rt_save_file (doc, file, FALSE, NULL, NULL);
      break;

    case WRITE_ASYNC:
    case WRITE_BACKUP:
      rt_save_async (doc, file, fixture->mode == WRITE_BACKUP, NULL, saved_cb, &wait);
      g_main_loop_run (loop);
      break;

    case WRITE_DRAFT:
      {
        g_autofree char *dir = g_path_get_dirname (fixture->target);
        RtDrafts *drafts = rt_drafts_new (dir);

        rt_drafts_write_async (drafts, DRAFT_ID, doc, NULL, NULL, draft_written_cb, &wait);
        g_main_loop_run (loop);
      }
      break;

    default:
      g_assert_not_reached ();
    }
  _exit (wait.ok ? 0 : 1);
}

typedef struct {
  GPid pid;
  int  go_fd;
} Writer;

static void
writer_start (Writer     *writer,
              Fixture    *fixture,
              RtDocument *doc)
{
  int go[2];

  g_assert_cmpint (pipe (go), ==, 0);
  fflush (stdout);
  fflush (stderr);
  writer->pid = fork ();
  g_assert_cmpint (writer->pid, >=, 0);
  if (writer->pid == 0)
    {
      close (go[1]);
      child_write (fixture, doc, go[0]);
    }
  close (go[0]);
  writer->go_fd = go[1];
}

static void
writer_go (Writer *writer)
{
  g_assert_cmpint (write (writer->go_fd, "g", 1), ==, 1);
}

/* Reaps the writer; TRUE when a kill stopped it. */
static gboolean
writer_reap (Writer *writer)
{
  int status;

  g_assert_cmpint (waitpid (writer->pid, &status, 0), ==, writer->pid);
  close (writer->go_fd);
  if (WIFSIGNALED (status))
    {
      g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);
      return TRUE;
    }
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  return FALSE;
}

/* One whole write; how long it took, in µs. */
static gint64
write_whole (Fixture *fixture,
             guint    which)
{
  Writer writer;
  gint64 start;

  writer_start (&writer, fixture, maps[which]);
  start = g_get_monotonic_time ();
  writer_go (&writer);
  g_assert_false (writer_reap (&writer));
  return g_get_monotonic_time () - start;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->mode = GPOINTER_TO_INT (data);
  fixture->dir = g_dir_make_tmp ("rt-kill-XXXXXX", &error);
  g_assert_no_error (error);
  if (fixture->mode == WRITE_DRAFT)
    fixture->target = g_build_filename (fixture->dir, "drafts", DRAFT_ID ".roundtable", NULL);
  else
    fixture->target = g_build_filename (fixture->dir, "map.roundtable", NULL);

  /* What a whole write of each gives, byte for byte; the reader takes it. */
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(RtDocument) doc = NULL;

      write_whole (fixture, i);
      fixture->hash[i] = hash_file (fixture->target);
      g_assert_nonnull (fixture->hash[i]);
      doc = rt_xml_read_file (fixture->target, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (rt_document_get_n_nodes (doc), ==, rt_document_get_n_nodes (maps[i]));
    }
  g_assert_cmpstr (fixture->hash[0], !=, fixture->hash[1]);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->target);
  for (guint i = 0; i < 2; i++)
    g_free (fixture->hash[i]);
}

static guint
n_kills (WriteMode mode)
{
  const char *env = g_getenv ("RT_KILLS");

  if (env != NULL && atoi (env) > 0)
    return (guint) atoi (env);
  return mode == WRITE_ASYNC || mode == WRITE_DRAFT ? 50 : 25;
}

/* Which of the two maps the file holds, whole: 0 or 1; anything else
 * fails the test. Equal bytes to a file the reader took in set-up are as
 * good as reading it again; read_it does that too. */
static guint
which_map (Fixture    *fixture,
           const char *path,
           gboolean    read_it)
{
  g_autofree char *hash = hash_file (path);
  guint which;

  g_assert_nonnull (hash);
  if (g_str_equal (hash, fixture->hash[0]))
    which = 0;
  else if (g_str_equal (hash, fixture->hash[1]))
    which = 1;
  else
    g_error ("%s is neither the old map nor the new one", path);

  if (read_it)
    {
      g_autoptr(RtDocument) doc = NULL;
      g_autoptr(GError) error = NULL;

      doc = rt_xml_read_file (path, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (rt_document_get_n_nodes (doc), ==, rt_document_get_n_nodes (maps[which]));
    }
  return which;
}

static void
check_draft (Fixture *fixture,
             guint    which)
{
  g_autofree char *dir = g_path_get_dirname (fixture->target);
  g_autoptr(RtDrafts) drafts = rt_drafts_new (dir);
  g_autoptr(RtDocument) doc = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  gboolean listed = FALSE;

  doc = rt_drafts_load (drafts, DRAFT_ID, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rt_document_get_n_nodes (doc), ==, rt_document_get_n_nodes (maps[which]));
  list = rt_drafts_list (drafts);
  for (guint i = 0; i < list->len; i++)
    listed |= g_str_equal (((RtDraftInfo *) g_ptr_array_index (list, i))->id, DRAFT_ID);
  g_assert_true (listed);
}

static int
compare_times (const void *a,
               const void *b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static void
test_kill (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *folder = g_path_get_dirname (fixture->target);
  g_autofree char *backup = g_strconcat (fixture->target, "~", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7 + fixture->mode);
  gint64 save_time = 0;
  guint wanted = n_kills (fixture->mode);
  guint kills = 0, rounds = 0, old_kept = 0, new_whole = 0, finished = 0, max_left = 0;
  guint current = 1;

  /* How long one write takes here: the median of five. */
  {
    gint64 times[5];

    for (guint i = 0; i < G_N_ELEMENTS (times); i++)
      {
        times[i] = write_whole (fixture, i % 2);
        current = i % 2;
      }
    qsort (times, G_N_ELEMENTS (times), sizeof (gint64), compare_times);
    save_time = times[G_N_ELEMENTS (times) / 2];
  }
  g_assert_cmpuint (which_map (fixture, fixture->target, TRUE), ==, current);
  if (fixture->mode == WRITE_DRAFT)
    check_draft (fixture, current);

  while (kills < wanted)
    {
      Writer writer;
      /* Spread over the write and a little past its end. */
      gint64 delay = (gint64) g_rand_double_range (rand, 0, save_time * 1.2);
      guint now;

      g_assert_cmpuint (++rounds, <, wanted * 4);
      writer_start (&writer, fixture, maps[1 - current]);
      writer_go (&writer);
      g_usleep (delay);
      kill (writer.pid, SIGKILL);
      if (writer_reap (&writer))
        kills++;
      else
        finished++;

      now = which_map (fixture, fixture->target, FALSE);
      if (now == current)
        old_kept++;
      else
        new_whole++;
      if (fixture->mode == WRITE_BACKUP && g_file_test (backup, G_FILE_TEST_EXISTS))
        which_map (fixture, backup, FALSE);
      current = now;
      max_left = MAX (max_left, count_leftovers (folder));
    }

  g_test_message ("%s: one write of %u nodes takes %.0f ms (median of 5); %u kills in %u rounds, delays "
                  "0 to %.0f ms; after a kill the old file was whole %u times, the new one "
                  "%u times, never anything else; %u writes ended before the kill; up to %u "
                  "temporary files left until the next save",
                  mode_names[fixture->mode], rt_document_get_n_nodes (maps[0]),
                  save_time / 1000.0, kills, rounds, save_time * 1.2 / 1000.0, old_kept,
                  new_whole, finished, max_left);
  printf ("# FIGURE kill-%s kills=%u rounds=%u old=%u new=%u finished=%u write_ms=%.0f "
          "max_leftovers=%u\n", mode_names[fixture->mode], kills, rounds, old_kept, new_whole,
          finished, save_time / 1000.0, max_left);
  g_assert_cmpuint (kills, >=, wanted);
  g_assert_cmpuint (old_kept + new_whole, ==, rounds);

  /* The next whole write clears what the killed ones left, once it is a
   * minute old. */
  age_temps (folder);
  write_whole (fixture, 1 - current);
  g_assert_cmpuint (which_map (fixture, fixture->target, TRUE), ==, 1 - current);
  if (fixture->mode == WRITE_DRAFT)
    check_draft (fixture, 1 - current);
  g_assert_cmpuint (count_leftovers (folder), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  /* Made before any fork, in a process with no other threads; GIO's
   * local file system is loaded here once rather than in every child.
   * Positions are left to layout: they change nothing in a write. */
  maps[0] = rt_sample_map_new (MAP_NODES, 2026, FALSE);
  maps[1] = rt_sample_map_new (MAP_NODES, 2027, FALSE);
  g_object_unref (g_file_new_for_path ("/"));

  for (WriteMode mode = WRITE_ASYNC; mode <= WRITE_DRAFT; mode++)
    {
      g_autofree char *path = g_strdup_printf ("/kill/%s", mode_names[mode]);

      g_test_add (path, Fixture, GINT_TO_POINTER (mode), fixture_set_up, test_kill,
                  fixture_tear_down);
    }

  status = g_test_run ();
  g_object_unref (maps[0]);
  g_object_unref (maps[1]);
  return status;
}
