/* random-map.h: maps with every field of FORMAT.md, for io tests and
 * benchmarks
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Header-only so that each test stays one .c file.
 */
#pragma once

#include <math.h>

#include "model/rt-document.h"

/* Texts that stress escaping, white space and Unicode. Never NULL. */
static const char *const random_map_texts[] = {
  "",
  "Who staffs the library on Saturdays?",
  "a < b && c > d",
  "]]> is not the end of anything",
  "\"double\" and 'single' quotes",
  "two\nlines",
  "tab\there",
  "carriage\r\nreturn",
  "  leading and trailing spaces  ",
  "Ĳsselmeer, Zoë, naïve, façade",
  "李雷和韩梅梅",
  "مريم تتكلم",
  "emoji 🎉🧑‍🤝‍🧑",
  "&amp; is not an entity here",
  "<text>not markup</text>",
  "x\xc2\xa0y (no-break space)",
};

static const char *const random_map_names[] = {
  "Amira Haddad",
  "Ben Okafor",
  "Zoë \"Z\" <O'Neil> & co",
  " Chen Wei ",
  "Ĳsbrand",
  "李雷",
  "مريم",
  "Line\nBreak",
  "Tab\tName",
};

/* Positions that test the number format: whole, short fractions, values
 * that need all 17 digits, extremes and denormals. */
static const double random_map_numbers[] = {
  0, -0.5, 260, -40, 0.1, 1.0 / 3.0, 1e300, -1e300, 5e-324, 2.2250738585072014e-308,
  123456789.125, 1e15, 1e16 + 2, -12.75, 0.30000000000000004, 9007199254740993.0,
};

static inline gint64
random_map_time (GRand *rand)
{
  /* Years 1 to 9999, or unset. */
  if (g_rand_int_range (rand, 0, 4) == 0)
    return RT_TIME_NONE;
  return (gint64) g_rand_double_range (rand, -62135596800.0, 253402300799.0);
}

static inline const char *
random_map_pick (GRand             *rand,
                 const char *const *items,
                 guint              n)
{
  return items[g_rand_int_range (rand, 0, n)];
}

static inline char *
random_map_person_id (GRand    *rand,
                      RtDocument *doc)
{
  guint n = rt_document_get_n_people (doc);

  if (n == 0)
    return NULL;
  return g_strdup (rt_document_get_person (doc, g_rand_int_range (rand, 0, n))->id);
}

/* A map of n_people and n_nodes with about as many links as nodes. With
 * plain set, texts are ordinary sentences (for benchmarks). */
static inline RtDocument *
random_map_new (GRand    *rand,
                guint     n_people,
                guint     n_nodes,
                gboolean  plain)
{
  RtDocument *doc = rt_document_new ();
  guint n_texts = plain ? 2 : G_N_ELEMENTS (random_map_texts);

  if (!plain || g_rand_boolean (rand))
    rt_document_set_meta (doc,
                          g_rand_boolean (rand) ? random_map_pick (rand, random_map_texts, n_texts)
                                                : NULL,
                          g_rand_boolean (rand) ? random_map_pick (rand, random_map_texts, n_texts)
                                                : NULL,
                          random_map_time (rand), random_map_time (rand));

  for (guint i = 0; i < n_people; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i + 1);
      RtPerson *person = rt_person_new (id, plain ? "Person of the workshop"
                                                  : random_map_pick (rand, random_map_names,
                                                                     G_N_ELEMENTS (random_map_names)));

      g_free (person->color);
      person->color = g_strdup_printf ("#%06x", g_rand_int_range (rand, 0, 0x1000000));
      person->role = g_rand_int_range (rand, 0, 5) == 0 ? RT_ROLE_FACILITATOR : RT_ROLE_PARTICIPANT;
      person->present = g_rand_int_range (rand, 0, 4) != 0;
      rt_document_take_person (doc, person);
    }

  for (guint i = 0; i < n_nodes; i++)
    {
      g_autofree char *id = g_strdup_printf ("n%u", i + 1);
      RtNode *node = rt_node_new (id, g_rand_int_range (rand, 0, RT_N_NODE_KINDS));

      if (g_rand_int_range (rand, 0, 5) != 0)
        node->by = random_map_person_id (rand, doc);
      node->created = random_map_time (rand);
      if (g_rand_boolean (rand))
        {
          node->modified = random_map_time (rand);
          node->modified_by = random_map_person_id (rand, doc);
        }
      for (int tries = 0; tries < 4; tries++)
        {
          RtStatus status = g_rand_int_range (rand, 0, RT_N_STATUSES);

          if (rt_status_valid_for_kind (status, node->kind))
            {
              node->status = status;
              break;
            }
        }
      if (g_rand_int_range (rand, 0, 4) != 0)
        {
          node->has_position = TRUE;
          if (plain)
            {
              node->x = round (g_rand_double_range (rand, -5000, 5000) * 2) / 2;
              node->y = round (g_rand_double_range (rand, -5000, 5000) * 2) / 2;
            }
          else
            {
              node->x = random_map_numbers[g_rand_int_range (rand, 0,
                                                             G_N_ELEMENTS (random_map_numbers))];
              node->y = g_rand_boolean (rand) ? g_rand_double_range (rand, -1e6, 1e6)
                                              : random_map_numbers[g_rand_int_range (
                                                  rand, 0, G_N_ELEMENTS (random_map_numbers))];
            }
          node->pinned = g_rand_boolean (rand);
        }
      g_free (node->text);
      node->text = g_strdup (random_map_pick (rand, random_map_texts, n_texts));
      if (g_rand_int_range (rand, 0, 3) == 0)
        node->details = g_strdup (random_map_pick (rand, random_map_texts, n_texts));

      for (guint c = 0; c < n_people && c < 3; c++)
        {
          g_autofree char *person = random_map_person_id (rand, doc);

          if (g_rand_int_range (rand, 0, 4) == 0 && g_strcmp0 (person, node->by) != 0 &&
              !rt_node_has_credit (node, person))
            g_ptr_array_add (node->credits, g_steal_pointer (&person));
        }
      for (guint s = 0; s < n_people && s < 4; s++)
        {
          g_autofree char *person = random_map_person_id (rand, doc);
          RtStance *stance;

          if (g_rand_int_range (rand, 0, 3) != 0 || rt_node_find_stance (node, person) != NULL)
            continue;
          stance = rt_stance_new (person, g_rand_int_range (rand, RT_STANCE_COMMIT,
                                                            RT_N_STANCE_LEVELS));
          stance->at = random_map_time (rand);
          if (g_rand_boolean (rand))
            stance->due = g_strdup_printf ("%04d-%02d-%02d", g_rand_int_range (rand, 1, 10000),
                                           g_rand_int_range (rand, 1, 13),
                                           g_rand_int_range (rand, 1, 29));
          if (g_rand_boolean (rand))
            {
              /* A stance's empty text is no text: the format cannot tell. */
              const char *text = random_map_pick (rand, random_map_texts, n_texts);

              stance->text = g_strdup (text[0] != '\0' ? text : "I will do it");
            }
          g_ptr_array_add (node->stances, stance);
        }
      rt_document_take_node (doc, node);
    }

  for (guint i = 1; n_nodes > 1 && i < n_nodes; i++)
    {
      const RtNode *from = rt_document_get_node (doc, i);
      const RtNode *to = rt_document_get_node (doc, g_rand_int_range (rand, 0, i));
      RtLinkKind kind = g_rand_int_range (rand, 0, RT_N_LINK_KINDS);
      RtLink *link;

      if (rt_document_find_link (doc, from->id, to->id, kind) != NULL)
        continue;
      link = rt_link_new (from->id, to->id, kind);
      if (g_rand_boolean (rand))
        link->by = random_map_person_id (rand, doc);
      link->created = random_map_time (rand);
      rt_document_take_link (doc, link);
    }

  return doc;
}
