/* test-types.c: the plain values of a map
 *
 * Copyright 2026 The Roundtable developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "model/rt-document.h"
#include "model/rt-types.h"

static void
test_create_destroy (void)
{
  RtDocument *doc = rt_document_new ();
  RtNode *node = rt_node_new ("n1", RT_NODE_PROBLEM);

  node->by = g_strdup ("p1");
  g_ptr_array_add (node->stances, rt_stance_new ("p1", RT_STANCE_COMMIT));
  rt_document_take_person (doc, rt_person_new ("p1", "Amira Haddad"));
  rt_document_take_node (doc, node);
  rt_document_take_node (doc, rt_node_new ("n2", RT_NODE_PRO));
  rt_document_take_link (doc, rt_link_new ("n2", "n1", RT_LINK_SUPPORTS));
  g_assert_finalize_object (doc);
}

static void
test_enum_names (void)
{
  static const char *kinds[] = { "problem", "response", "pro", "con", "note" };
  static const char *statuses[] = { NULL, "proposed", "adopted", "rejected", "parked",
                                    "open", "resolved" };
  static const char *links[] = { "responds-to", "supports", "opposes", "arises-from",
                                 "relates-to" };
  static const char *levels[] = { NULL, "commit", "agree", "accept", "object" };
  guint i;

  G_STATIC_ASSERT (G_N_ELEMENTS (kinds) == RT_N_NODE_KINDS);
  G_STATIC_ASSERT (G_N_ELEMENTS (statuses) == RT_N_STATUSES);
  G_STATIC_ASSERT (G_N_ELEMENTS (links) == RT_N_LINK_KINDS);
  G_STATIC_ASSERT (G_N_ELEMENTS (levels) == RT_N_STANCE_LEVELS);

  for (i = 0; i < RT_N_NODE_KINDS; i++)
    {
      RtNodeKind kind = RT_NODE_NOTE + 1;

      g_assert_cmpstr (rt_node_kind_to_string (i), ==, kinds[i]);
      g_assert_true (rt_node_kind_from_string (kinds[i], &kind));
      g_assert_cmpint (kind, ==, i);
      g_assert_nonnull (rt_node_kind_get_label (i));
      g_assert_cmpstr (rt_node_kind_get_label (i), !=, "");
    }
  for (i = 0; i < RT_N_STATUSES; i++)
    {
      RtStatus status = RT_N_STATUSES;

      g_assert_cmpstr (rt_status_to_string (i), ==, statuses[i]);
      g_assert_true (statuses[i] == NULL || rt_status_from_string (statuses[i], &status));
      g_assert_true (statuses[i] == NULL || status == i);
      g_assert_cmpstr (rt_status_get_label (i), !=, "");
    }
  for (i = 0; i < RT_N_LINK_KINDS; i++)
    {
      RtLinkKind kind = RT_N_LINK_KINDS;

      g_assert_cmpstr (rt_link_kind_to_string (i), ==, links[i]);
      g_assert_true (rt_link_kind_from_string (links[i], &kind));
      g_assert_cmpint (kind, ==, i);
      g_assert_cmpstr (rt_link_kind_get_label (i), !=, "");
    }
  for (i = 0; i < RT_N_STANCE_LEVELS; i++)
    {
      RtStanceLevel level = RT_N_STANCE_LEVELS;

      g_assert_cmpstr (rt_stance_level_to_string (i), ==, levels[i]);
      g_assert_true (levels[i] == NULL || rt_stance_level_from_string (levels[i], &level));
      g_assert_true (levels[i] == NULL || level == i);
      g_assert_cmpstr (rt_stance_level_get_label (i), !=, "");
    }
  g_assert_cmpstr (rt_stance_level_get_label (RT_STANCE_COMMIT), ==, "Commit");
  g_assert_cmpstr (rt_node_kind_get_label (RT_NODE_PROBLEM), ==, "Problem");
  g_assert_cmpstr (rt_status_get_label (RT_STATUS_ADOPTED), ==, "Adopted");
  g_assert_cmpstr (rt_role_to_string (RT_ROLE_PARTICIPANT), ==, "participant");
  g_assert_cmpstr (rt_role_to_string (RT_ROLE_FACILITATOR), ==, "facilitator");
}

static void
test_enum_unknown (void)
{
  RtNodeKind kind = RT_NODE_CON;
  RtStatus status = RT_STATUS_PARKED;
  RtLinkKind link = RT_LINK_OPPOSES;
  RtStanceLevel level = RT_STANCE_ACCEPT;
  RtRole role = RT_ROLE_FACILITATOR;

  g_assert_false (rt_node_kind_from_string ("Problem", &kind));
  g_assert_false (rt_node_kind_from_string ("", &kind));
  g_assert_false (rt_node_kind_from_string (NULL, &kind));
  g_assert_cmpint (kind, ==, RT_NODE_CON);
  g_assert_false (rt_status_from_string ("none", &status));
  g_assert_false (rt_status_from_string ("closed", &status));
  g_assert_cmpint (status, ==, RT_STATUS_PARKED);
  g_assert_false (rt_link_kind_from_string ("responds_to", &link));
  g_assert_cmpint (link, ==, RT_LINK_OPPOSES);
  g_assert_false (rt_stance_level_from_string ("none", &level));
  g_assert_false (rt_stance_level_from_string ("commits", &level));
  g_assert_cmpint (level, ==, RT_STANCE_ACCEPT);
  g_assert_false (rt_role_from_string ("host", &role));
  g_assert_cmpint (role, ==, RT_ROLE_FACILITATOR);
  g_assert_true (rt_role_from_string ("participant", &role));
  g_assert_cmpint (role, ==, RT_ROLE_PARTICIPANT);
}

static void
test_status_rules (void)
{
  guint k, s;

  g_assert_cmpint (rt_status_default_for_kind (RT_NODE_PROBLEM), ==, RT_STATUS_OPEN);
  g_assert_cmpint (rt_status_default_for_kind (RT_NODE_RESPONSE), ==, RT_STATUS_PROPOSED);
  g_assert_cmpint (rt_status_default_for_kind (RT_NODE_PRO), ==, RT_STATUS_NONE);
  g_assert_cmpint (rt_status_default_for_kind (RT_NODE_CON), ==, RT_STATUS_NONE);
  g_assert_cmpint (rt_status_default_for_kind (RT_NODE_NOTE), ==, RT_STATUS_NONE);

  for (k = 0; k < RT_N_NODE_KINDS; k++)
    {
      guint valid = 0;

      g_assert_true (rt_status_valid_for_kind (rt_status_default_for_kind (k), k));
      for (s = 0; s < RT_N_STATUSES; s++)
        valid += rt_status_valid_for_kind (s, k);
      g_assert_cmpuint (valid, ==, k == RT_NODE_PROBLEM ? 2 : k == RT_NODE_RESPONSE ? 4 : 1);
    }
  g_assert_true (rt_status_valid_for_kind (RT_STATUS_RESOLVED, RT_NODE_PROBLEM));
  g_assert_false (rt_status_valid_for_kind (RT_STATUS_ADOPTED, RT_NODE_PROBLEM));
  g_assert_true (rt_status_valid_for_kind (RT_STATUS_PARKED, RT_NODE_RESPONSE));
  g_assert_false (rt_status_valid_for_kind (RT_STATUS_OPEN, RT_NODE_RESPONSE));
  g_assert_false (rt_status_valid_for_kind (RT_STATUS_NONE, RT_NODE_RESPONSE));
  g_assert_false (rt_status_valid_for_kind (RT_STATUS_OPEN, RT_NODE_NOTE));
}

static void
test_infer (void)
{
  g_assert_cmpint (rt_link_kind_infer (RT_NODE_PRO, RT_NODE_RESPONSE), ==, RT_LINK_SUPPORTS);
  g_assert_cmpint (rt_link_kind_infer (RT_NODE_CON, RT_NODE_RESPONSE), ==, RT_LINK_OPPOSES);
  g_assert_cmpint (rt_link_kind_infer (RT_NODE_RESPONSE, RT_NODE_PROBLEM), ==,
                   RT_LINK_RESPONDS_TO);
  g_assert_cmpint (rt_link_kind_infer (RT_NODE_RESPONSE, RT_NODE_NOTE), ==,
                   RT_LINK_RELATES_TO);
  g_assert_cmpint (rt_link_kind_infer (RT_NODE_PROBLEM, RT_NODE_RESPONSE), ==,
                   RT_LINK_ARISES_FROM);
  g_assert_cmpint (rt_link_kind_infer (RT_NODE_NOTE, RT_NODE_PROBLEM), ==,
                   RT_LINK_RELATES_TO);

  g_assert_cmpint (rt_node_kind_child (RT_NODE_PROBLEM), ==, RT_NODE_RESPONSE);
  g_assert_cmpint (rt_node_kind_child (RT_NODE_RESPONSE), ==, RT_NODE_PRO);
  g_assert_cmpint (rt_node_kind_child (RT_NODE_NOTE), ==, RT_NODE_NOTE);
}

static void
test_ids_and_colors (void)
{
  g_assert_true (rt_id_is_valid ("n1"));
  g_assert_true (rt_id_is_valid ("A-b_c.9"));
  g_assert_false (rt_id_is_valid (""));
  g_assert_false (rt_id_is_valid (NULL));
  g_assert_false (rt_id_is_valid ("n 1"));
  g_assert_false (rt_id_is_valid ("n/1"));
  g_assert_false (rt_id_is_valid ("é"));

  g_assert_true (rt_color_is_valid ("#1c71d8"));
  g_assert_true (rt_color_is_valid ("#1C71D8"));
  g_assert_false (rt_color_is_valid ("1c71d8"));
  g_assert_false (rt_color_is_valid ("#1c71d"));
  g_assert_false (rt_color_is_valid ("#1c71d80"));
  g_assert_false (rt_color_is_valid ("#1c71dg"));
  g_assert_false (rt_color_is_valid (NULL));
}

static void
test_times (void)
{
  gint64 t = 0, u = 0;
  g_autofree char *text = NULL;
  gint64 before;

  g_assert_true (rt_time_parse ("2026-11-24T18:03:12Z", &t));
  g_assert_cmpint (t, ==, G_GINT64_CONSTANT (1795543392));
  text = rt_time_format (t);
  g_assert_cmpstr (text, ==, "2026-11-24T18:03:12Z");

  g_assert_true (rt_time_parse ("2026-11-24T18:03:12.750Z", &u));
  g_assert_cmpint (u, ==, t);
  g_assert_true (rt_time_parse ("2026-11-24T19:03:12+01:00", &u));
  g_assert_cmpint (u, ==, t);
  g_assert_true (rt_time_parse ("2026-11-24T13:33:12-0430", &u));
  g_assert_cmpint (u, ==, t);
  g_assert_true (rt_time_parse ("1970-01-01T00:00:00Z", &u));
  g_assert_cmpint (u, ==, 0);

  u = 42;
  g_assert_false (rt_time_parse ("2026-11-24T18:03Z", &u));
  g_assert_false (rt_time_parse ("2026-11-24 18:03:12Z", &u));
  g_assert_false (rt_time_parse ("2026-11-24T18:03:12", &u));
  g_assert_false (rt_time_parse ("2026-02-30T18:03:12Z", &u));
  g_assert_false (rt_time_parse ("2026-13-01T18:03:12Z", &u));
  g_assert_false (rt_time_parse ("2026-11-24T24:00:00Z", &u));
  g_assert_false (rt_time_parse ("2026-11-24T18:03:60Z", &u));
  g_assert_false (rt_time_parse ("2026-11-24T18:03:12Zjunk", &u));
  g_assert_false (rt_time_parse ("2026-11-24T18:03:12.Z", &u));
  g_assert_false (rt_time_parse ("", &u));
  g_assert_false (rt_time_parse (NULL, &u));
  g_assert_cmpint (u, ==, 42);

  g_assert_null (rt_time_format (RT_TIME_NONE));

  before = g_get_real_time () / G_USEC_PER_SEC;
  g_assert_cmpint (rt_time_now (), >=, before);
  g_assert_cmpint (rt_time_now (), <=, before + 2);
}

static void
test_dates (void)
{
  g_assert_true (rt_date_is_valid ("2026-12-01"));
  g_assert_true (rt_date_is_valid ("2024-02-29"));
  g_assert_false (rt_date_is_valid ("2023-02-29"));
  g_assert_false (rt_date_is_valid ("2026-1-01"));
  g_assert_false (rt_date_is_valid ("2026-01-01T00:00:00Z"));
  g_assert_false (rt_date_is_valid ("0000-01-01"));
  g_assert_false (rt_date_is_valid (""));
  g_assert_false (rt_date_is_valid (NULL));
}

static void
test_person (void)
{
  g_autoptr(RtPerson) person = rt_person_new ("p2", "Ben Okafor");
  g_autoptr(RtPerson) copy = NULL;

  g_assert_cmpstr (person->id, ==, "p2");
  g_assert_cmpstr (person->name, ==, "Ben Okafor");
  g_assert_true (rt_color_is_valid (person->color));
  g_assert_cmpint (person->role, ==, RT_ROLE_PARTICIPANT);
  g_assert_true (person->present);

  copy = rt_person_copy (person);
  g_assert_true (copy->name != person->name);
  g_assert_true (rt_person_equal (person, copy));
  g_free (copy->color);
  copy->color = g_ascii_strup (person->color, -1);
  g_assert_true (rt_person_equal (person, copy));
  copy->present = FALSE;
  g_assert_false (rt_person_equal (person, copy));
  copy->present = TRUE;
  copy->role = RT_ROLE_FACILITATOR;
  g_assert_false (rt_person_equal (person, copy));
  copy->role = RT_ROLE_PARTICIPANT;
  g_free (copy->name);
  copy->name = g_strdup ("Ben");
  g_assert_false (rt_person_equal (person, copy));
}

static void
test_stance_and_link (void)
{
  g_autoptr(RtStance) stance = rt_stance_new ("p3", RT_STANCE_COMMIT);
  g_autoptr(RtStance) stance_copy = NULL;
  g_autoptr(RtLink) link = rt_link_new ("n2", "n1", RT_LINK_RESPONDS_TO);
  g_autoptr(RtLink) link_copy = NULL;

  g_assert_cmpint (stance->at, ==, RT_TIME_NONE);
  g_assert_null (stance->due);
  g_assert_null (stance->text);
  stance->due = g_strdup ("2026-12-01");
  stance->text = g_strdup ("I will draft the rota");
  stance_copy = rt_stance_copy (stance);
  g_assert_true (rt_stance_equal (stance, stance_copy));
  stance_copy->at = 5;
  g_assert_false (rt_stance_equal (stance, stance_copy));
  stance_copy->at = RT_TIME_NONE;
  g_clear_pointer (&stance_copy->text, g_free);
  g_assert_false (rt_stance_equal (stance, stance_copy));

  g_assert_null (link->by);
  g_assert_cmpint (link->created, ==, RT_TIME_NONE);
  link_copy = rt_link_copy (link);
  g_assert_true (rt_link_equal (link, link_copy));
  link_copy->by = g_strdup ("p1");
  g_assert_false (rt_link_equal (link, link_copy));
  g_clear_pointer (&link_copy->by, g_free);
  link_copy->kind = RT_LINK_RELATES_TO;
  g_assert_false (rt_link_equal (link, link_copy));
}

static void
test_node (void)
{
  g_autoptr(RtNode) node = rt_node_new ("n2", RT_NODE_RESPONSE);
  g_autoptr(RtNode) copy = NULL;

  g_assert_cmpstr (node->text, ==, "");
  g_assert_null (node->details);
  g_assert_cmpint (node->status, ==, RT_STATUS_PROPOSED);
  g_assert_cmpint (node->created, ==, RT_TIME_NONE);
  g_assert_cmpint (node->modified, ==, RT_TIME_NONE);
  g_assert_false (node->has_position);
  g_assert_cmpuint (node->credits->len, ==, 0);
  g_assert_cmpuint (node->stances->len, ==, 0);
  g_assert_null (node->links);

  node->by = g_strdup ("p3");
  g_ptr_array_add (node->credits, g_strdup ("p2"));
  g_ptr_array_add (node->stances, rt_stance_new ("p3", RT_STANCE_COMMIT));
  g_ptr_array_add (node->stances, rt_stance_new ("p2", RT_STANCE_AGREE));
  node->has_position = TRUE;
  node->x = 260;
  node->y = -40;

  g_assert_true (rt_node_has_credit (node, "p2"));
  g_assert_false (rt_node_has_credit (node, "p3"));
  g_assert_true (rt_node_has_contributor (node, "p3"));
  g_assert_true (rt_node_has_contributor (node, "p2"));
  g_assert_false (rt_node_has_contributor (node, "p1"));
  g_assert_cmpint (rt_node_find_stance (node, "p2")->level, ==, RT_STANCE_AGREE);
  g_assert_null (rt_node_find_stance (node, "p1"));

  copy = rt_node_copy (node);
  g_assert_true (rt_node_equal (node, copy));
  copy->x = 261;
  g_assert_false (rt_node_equal (node, copy));
  copy->x = 260;
  copy->has_position = FALSE;
  g_assert_false (rt_node_equal (node, copy));
  node->has_position = FALSE;
  copy->x = 7;
  /* Without a position, x and y mean nothing. */
  g_assert_true (rt_node_equal (node, copy));
  copy->pinned = TRUE;
  g_assert_false (rt_node_equal (node, copy));
  copy->pinned = FALSE;
  g_ptr_array_remove_index (copy->stances, 1);
  g_assert_false (rt_node_equal (node, copy));
  g_ptr_array_add (copy->stances, rt_stance_new ("p2", RT_STANCE_ACCEPT));
  g_assert_false (rt_node_equal (node, copy));
  ((RtStance *) copy->stances->pdata[1])->level = RT_STANCE_AGREE;
  g_assert_true (rt_node_equal (node, copy));
  copy->details = g_strdup ("");
  g_assert_false (rt_node_equal (node, copy));
  g_clear_pointer (&copy->details, g_free);
  copy->status = RT_STATUS_ADOPTED;
  g_assert_false (rt_node_equal (node, copy));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/types/create-destroy", test_create_destroy);
  g_test_add_func ("/types/enum-names", test_enum_names);
  g_test_add_func ("/types/enum-unknown", test_enum_unknown);
  g_test_add_func ("/types/status-rules", test_status_rules);
  g_test_add_func ("/types/infer", test_infer);
  g_test_add_func ("/types/ids-and-colors", test_ids_and_colors);
  g_test_add_func ("/types/times", test_times);
  g_test_add_func ("/types/dates", test_dates);
  g_test_add_func ("/types/person", test_person);
  g_test_add_func ("/types/stance-and-link", test_stance_and_link);
  g_test_add_func ("/types/node", test_node);

  return g_test_run ();
}
