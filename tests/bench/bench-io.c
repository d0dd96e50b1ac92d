/* bench-io.c: load and save times and memory against xmllint --noout
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For maps of 10,000 and 100,000 nodes (people, links, stances, credits)
 * this prints the median load and save times within one process, then
 * runs `xmllint --noout` on the same file and this program in fresh
 * processes (a load alone, a load and a save) to compare time and peak
 * resident memory. The goal: load and save within 1.5 times xmllint's
 * time, in at most half its memory. Also compares the two ways to
 * snapshot a map for a save in a thread: a deep copy or serialising at
 * once.
 *
 * Everything that holds a map runs in a process of its own, started by a
 * main process that never does: a child started from a big process
 * inherits that process's peak memory in wait4's figures.
 *
 *   bench-io [--runs N] [SIZE…]
 */
#include "config.h"

#include <errno.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <libxml/xmlversion.h>

#include "io/rt-save.h"
#include "io/rt-xml-reader.h"
#include "io/rt-xml-writer.h"
#include "random-map.h"

extern char **environ;

typedef struct {
  double seconds;  /* wall time */
  double cpu;      /* user + system */
  long   max_rss;  /* KiB */
} Usage;

static double
now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof *values, (int (*) (const void *, const void *)) compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/* Runs argv in a fresh process; its time and peak memory from wait4. */
static Usage
run_child (char **argv)
{
  Usage usage = { 0, };
  struct rusage ru;
  pid_t pid;
  int status;
  double start = now ();

  if (posix_spawnp (&pid, argv[0], NULL, NULL, argv, environ) != 0)
    g_error ("cannot run %s", argv[0]);
  if (wait4 (pid, &status, 0, &ru) != pid || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("%s failed", argv[0]);
  usage.seconds = now () - start;
  usage.cpu = ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 +
              ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
  usage.max_rss = ru.ru_maxrss;
  return usage;
}

/* The median time and the highest peak memory of runs of argv. */
static Usage
measure_child (char **argv,
               guint  runs)
{
  g_autofree double *seconds = g_new (double, runs);
  g_autofree double *cpu = g_new (double, runs);
  Usage result = { 0, };

  for (guint i = 0; i < runs; i++)
    {
      Usage u = run_child (argv);

      seconds[i] = u.seconds;
      cpu[i] = u.cpu;
      result.max_rss = MAX (result.max_rss, u.max_rss);
    }
  result.seconds = median (seconds, runs);
  result.cpu = median (cpu, runs);
  return result;
}

static int generate_main (guint n_nodes, const char *path);
static int in_process_main (const char *path, const char *out_path, guint runs);

static int
child_main (int    argc,
            char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtDocument) doc = NULL;

  if (strcmp (argv[1], "--child-generate") == 0 && argc == 4)
    return generate_main ((guint) atoi (argv[2]), argv[3]);
  if (strcmp (argv[1], "--child-in-process") == 0 && argc == 5)
    return in_process_main (argv[2], argv[3], (guint) atoi (argv[4]));

  doc = rt_xml_read_file (argv[2], &error);

  if (doc == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (strcmp (argv[1], "--child-load-save") == 0)
    {
      g_autoptr(GFile) out = g_file_new_for_path (argv[3]);

      if (!rt_save_file (doc, out, FALSE, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
    }
  /* Exit without freeing, as xmllint's time includes no teardown either
   * beyond its own. */
  g_steal_pointer (&doc);
  return 0;
}

static int
generate_main (guint       n_nodes,
               const char *path)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (n_nodes);
  g_autoptr(RtDocument) doc = random_map_new (rand, 40, n_nodes, TRUE);
  g_autoptr(GBytes) bytes = rt_xml_write_bytes (doc);
  guint n_stances = 0, n_credits = 0;

  for (guint i = 0; i < rt_document_get_n_nodes (doc); i++)
    {
      const RtNode *node = rt_document_get_node (doc, i);

      n_stances += node->stances->len;
      n_credits += node->credits->len;
    }
  if (!g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL))
    return 1;
  g_print ("\n%u nodes, 40 people, %u links, %u stances, %u credits: %.1f MiB\n",
           n_nodes, rt_document_get_n_links (doc), n_stances, n_credits,
           g_bytes_get_size (bytes) / 1048576.0);
  return 0;
}

/* Prints the figures, then a last line "load+save SECONDS". */
static int
in_process_main (const char *path,
                 const char *out_path,
                 guint       runs)
{
  g_autoptr(GFile) out = g_file_new_for_path (out_path);
  g_autofree double *load = g_new (double, runs);
  g_autofree double *serialise = g_new (double, runs);
  g_autofree double *save = g_new (double, runs);
  g_autofree double *copy = g_new (double, runs);
  double t_load, t_serialise, t_save, t_copy;

  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RtDocument) loaded = NULL;
      g_autoptr(RtDocument) copied = NULL;
      g_autoptr(GBytes) written = NULL;
      double start;

      start = now ();
      loaded = rt_xml_read_file (path, &error);
      load[i] = now () - start;
      if (loaded == NULL)
        g_error ("%s", error->message);

      start = now ();
      written = rt_xml_write_bytes (loaded);
      serialise[i] = now () - start;

      start = now ();
      if (!rt_save_file (loaded, out, FALSE, NULL, &error))
        g_error ("%s", error->message);
      save[i] = now () - start;

      start = now ();
      copied = rt_document_copy (loaded);
      copy[i] = now () - start;
    }
  t_load = median (load, runs);
  t_serialise = median (serialise, runs);
  t_save = median (save, runs);
  t_copy = median (copy, runs);

  g_print ("  in one process (median of %u):\n", runs);
  g_print ("    load                    %8.1f ms\n", t_load * 1000);
  g_print ("    serialise               %8.1f ms\n", t_serialise * 1000);
  g_print ("    save (atomic, fsync)    %8.1f ms\n", t_save * 1000);
  g_print ("    load + save             %8.1f ms\n", (t_load + t_save) * 1000);
  g_print ("    snapshot for a save: serialise %.1f ms, deep copy %.1f ms\n",
           t_serialise * 1000, t_copy * 1000);
  g_print ("load+save %f\n", t_load + t_save);
  return 0;
}

static void
bench_size (const char *self,
            guint       n_nodes,
            guint       runs,
            const char *dir)
{
  g_autofree char *path = g_strdup_printf ("%s/map-%u.roundtable", dir, n_nodes);
  g_autofree char *out_path = g_strdup_printf ("%s/saved-%u.roundtable", dir, n_nodes);
  g_autofree char *n_text = g_strdup_printf ("%u", n_nodes);
  g_autofree char *runs_text = g_strdup_printf ("%u", runs);
  g_autofree char *report = NULL;
  g_autoptr(GError) error = NULL;
  const char *last;
  double in_process = 0;
  Usage lint, ours_load, ours_both;
  int status;

  {
    char *generate_argv[] = { (char *) self, (char *) "--child-generate", n_text, path, NULL };
    char *in_process_argv[] = { (char *) self, (char *) "--child-in-process", path, out_path,
                                runs_text, NULL };

    run_child (generate_argv);
    if (!g_spawn_sync (NULL, in_process_argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &report, NULL,
                       &status, &error) ||
        !g_spawn_check_wait_status (status, &error))
      g_error ("%s", error->message);
  }
  last = g_strrstr (report, "load+save ");
  if (last != NULL)
    {
      in_process = g_ascii_strtod (last + strlen ("load+save "), NULL);
      g_print ("%.*s", (int) (last - report), report);
    }

  {
    char *lint_argv[] = { (char *) "xmllint", (char *) "--noout", path, NULL };
    char *load_argv[] = { (char *) self, (char *) "--child-load", path, NULL };
    char *both_argv[] = { (char *) self, (char *) "--child-load-save", path, out_path, NULL };

    lint = measure_child (lint_argv, runs);
    ours_load = measure_child (load_argv, runs);
    ours_both = measure_child (both_argv, runs);
  }

  g_print ("  fresh processes (median time of %u, highest peak memory):\n", runs);
  g_print ("    xmllint --noout         %8.1f ms wall %8.1f ms cpu %8ld KiB\n",
           lint.seconds * 1000, lint.cpu * 1000, lint.max_rss);
  g_print ("    load                    %8.1f ms wall %8.1f ms cpu %8ld KiB\n",
           ours_load.seconds * 1000, ours_load.cpu * 1000, ours_load.max_rss);
  g_print ("    load + save             %8.1f ms wall %8.1f ms cpu %8ld KiB\n",
           ours_both.seconds * 1000, ours_both.cpu * 1000, ours_both.max_rss);
  g_print ("  ratios to xmllint --noout (goal: time <= 1.50, memory <= 0.50):\n");
  g_print ("    load + save time        %8.2f wall, %.2f cpu, %.2f in one process\n",
           ours_both.seconds / lint.seconds, ours_both.cpu / lint.cpu, in_process / lint.seconds);
  g_print ("    load peak memory        %8.2f\n", (double) ours_load.max_rss / lint.max_rss);
  g_print ("    load + save peak memory %8.2f\n", (double) ours_both.max_rss / lint.max_rss);

  g_unlink (path);
  g_unlink (out_path);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *self = NULL;
  guint runs = 5;

  if (argc >= 3 && g_str_has_prefix (argv[1], "--child-"))
    return child_main (argc, argv);

  for (int i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--runs") == 0 && i + 1 < argc)
        {
          int n = atoi (argv[++i]);

          runs = n > 0 ? (guint) n : 1;
        }
      else
        {
          guint n = (guint) atoi (argv[i]);

          g_array_append_val (sizes, n);
        }
    }
  if (sizes->len == 0)
    {
      guint defaults[] = { 10000, 100000 };

      g_array_append_vals (sizes, defaults, G_N_ELEMENTS (defaults));
    }

  self = g_file_read_link ("/proc/self/exe", &error);
  if (self == NULL)
    g_error ("%s", error->message);
  dir = g_dir_make_tmp ("bench-io-XXXXXX", &error);
  if (dir == NULL)
    g_error ("%s", error->message);

  {
    double load[3] = { 0, };

    /* Other work on the machine shows in wall times more than in cpu. */
    if (getloadavg (load, 3) < 0)
      load[0] = -1;
    g_print ("bench-io: libxml2 %s, %ld processors, load average %.2f\n",
             LIBXML_DOTTED_VERSION, sysconf (_SC_NPROCESSORS_ONLN), load[0]);
  }
  for (guint i = 0; i < sizes->len; i++)
    bench_size (self, g_array_index (sizes, guint, i), runs, dir);

  g_rmdir (dir);
  return 0;
}
