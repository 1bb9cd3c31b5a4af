/* test-notes.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The user's notes on entities and relations: kept as written, removed
 * when emptied, saved as JSON and read back, and a file that is not
 * notes refused with a message that says where.
 */

#include "config.h"

#include "liaison-notes.h"

static void
count_cb (LiaisonNotes *notes,
          guint        *count)
{
  (*count)++;
}

static void
test_set_get (void)
{
  g_autoptr(LiaisonNotes) notes = liaison_notes_new ();
  g_autoptr(GPtrArray) ids = NULL;
  guint changes = 0;

  g_signal_connect (notes, "changed", G_CALLBACK (count_cb), &changes);

  g_assert_null (liaison_notes_get (notes, LIAISON_ELEMENT_ENTITY, "huawei"));

  liaison_notes_set (notes, LIAISON_ELEMENT_ENTITY, "huawei", "  Ask Kyodo about\nthe 2019 raid ");
  g_assert_cmpstr (liaison_notes_get (notes, LIAISON_ELEMENT_ENTITY, "huawei"), ==,
                   "  Ask Kyodo about\nthe 2019 raid ");
  g_assert_cmpuint (changes, ==, 1);
  /* Entities and relations are apart: a relation may share an id. */
  g_assert_null (liaison_notes_get (notes, LIAISON_ELEMENT_RELATION, "huawei"));

  /* The same text again is no change. */
  liaison_notes_set (notes, LIAISON_ELEMENT_ENTITY, "huawei", "  Ask Kyodo about\nthe 2019 raid ");
  g_assert_cmpuint (changes, ==, 1);

  liaison_notes_set (notes, LIAISON_ELEMENT_ENTITY, "ren", "創業者");
  liaison_notes_set (notes, LIAISON_ELEMENT_ENTITY, "aoki", "met in Zürich");
  liaison_notes_set (notes, LIAISON_ELEMENT_RELATION, "r1", "date disputed");
  g_assert_cmpuint (changes, ==, 4);

  ids = liaison_notes_dup_ids (notes, LIAISON_ELEMENT_ENTITY);
  g_assert_cmpuint (ids->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (ids, 0), ==, "aoki");
  g_assert_cmpstr (g_ptr_array_index (ids, 1), ==, "huawei");
  g_assert_cmpstr (g_ptr_array_index (ids, 2), ==, "ren");
  g_assert_cmpuint (liaison_notes_get_n_notes (notes, LIAISON_ELEMENT_RELATION), ==, 1);

  /* An emptied note is gone; emptying nothing changes nothing. */
  liaison_notes_set (notes, LIAISON_ELEMENT_ENTITY, "aoki", "");
  g_assert_null (liaison_notes_get (notes, LIAISON_ELEMENT_ENTITY, "aoki"));
  g_assert_cmpuint (changes, ==, 5);
  liaison_notes_set (notes, LIAISON_ELEMENT_ENTITY, "aoki", NULL);
  liaison_notes_set (notes, LIAISON_ELEMENT_RELATION, "nowhere", NULL);
  g_assert_cmpuint (changes, ==, 5);
  g_assert_cmpuint (liaison_notes_get_n_notes (notes, LIAISON_ELEMENT_ENTITY), ==, 2);

  liaison_notes_clear (notes);
  g_assert_cmpuint (changes, ==, 6);
  g_assert_cmpuint (liaison_notes_get_n_notes (notes, LIAISON_ELEMENT_ENTITY), ==, 0);
  g_assert_cmpuint (liaison_notes_get_n_notes (notes, LIAISON_ELEMENT_RELATION), ==, 0);
  liaison_notes_clear (notes);
  g_assert_cmpuint (changes, ==, 6);
}

static void
test_assign (void)
{
  g_autoptr(LiaisonNotes) from = liaison_notes_new ();
  g_autoptr(LiaisonNotes) to = liaison_notes_new ();
  guint changes = 0;

  liaison_notes_set (from, LIAISON_ELEMENT_ENTITY, "a", "first");
  liaison_notes_set (from, LIAISON_ELEMENT_RELATION, "r", "second");
  liaison_notes_set (to, LIAISON_ELEMENT_ENTITY, "old", "dropped");

  g_signal_connect (to, "changed", G_CALLBACK (count_cb), &changes);
  liaison_notes_assign (to, from);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_null (liaison_notes_get (to, LIAISON_ELEMENT_ENTITY, "old"));
  g_assert_cmpstr (liaison_notes_get (to, LIAISON_ELEMENT_ENTITY, "a"), ==, "first");
  g_assert_cmpstr (liaison_notes_get (to, LIAISON_ELEMENT_RELATION, "r"), ==, "second");

  /* A copy, not shared: writing in one leaves the other. */
  liaison_notes_set (from, LIAISON_ELEMENT_ENTITY, "a", "changed");
  g_assert_cmpstr (liaison_notes_get (to, LIAISON_ELEMENT_ENTITY, "a"), ==, "first");

  liaison_notes_set (from, LIAISON_ELEMENT_ENTITY, "a", "first");
  liaison_notes_assign (to, from);
  g_assert_cmpuint (changes, ==, 1);
}

static char *
to_text (LiaisonNotes *notes)
{
  g_autoptr(JsonNode) node = liaison_notes_to_json (notes);

  return json_to_string (node, FALSE);
}

static JsonNode *
parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (text, &error);

  g_assert_no_error (error);
  return node;
}

static void
test_json_round_trip (void)
{
  g_autoptr(LiaisonNotes) notes = liaison_notes_new ();
  g_autoptr(LiaisonNotes) back = liaison_notes_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *empty = to_text (notes);
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;

  g_assert_cmpstr (empty, ==, "{\"entities\":{},\"relations\":{}}");

  liaison_notes_set (notes, LIAISON_ELEMENT_ENTITY, "ren-zhengfei", "創業者。\"quoted\" \\ and\ta tab");
  liaison_notes_set (notes, LIAISON_ELEMENT_ENTITY, "b", "Café");
  liaison_notes_set (notes, LIAISON_ELEMENT_RELATION, "r1", "línea");
  text = to_text (notes);
  /* Sorted by id, so a saved file changes only where the notes do. */
  g_assert_cmpstr (text, ==,
                   "{\"entities\":{\"b\":\"Café\",\"ren-zhengfei\":\"創業者。\\\"quoted\\\" \\\\ and\\ta tab\"},"
                   "\"relations\":{\"r1\":\"línea\"}}");

  liaison_notes_set (back, LIAISON_ELEMENT_ENTITY, "stale", "replaced by what is loaded");
  node = parse (text);
  g_assert_true (liaison_notes_load_json (back, node, &error));
  g_assert_no_error (error);
  again = to_text (back);
  g_assert_cmpstr (again, ==, text);
}

static void
test_json_partial (void)
{
  g_autoptr(LiaisonNotes) notes = liaison_notes_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = parse ("{\"relations\": {\"r1\": \"kept\", \"r2\": \"\"}}");

  /* A member left out holds no notes; an empty note is none. */
  g_assert_true (liaison_notes_load_json (notes, node, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (liaison_notes_get_n_notes (notes, LIAISON_ELEMENT_ENTITY), ==, 0);
  g_assert_cmpuint (liaison_notes_get_n_notes (notes, LIAISON_ELEMENT_RELATION), ==, 1);
  g_assert_cmpstr (liaison_notes_get (notes, LIAISON_ELEMENT_RELATION, "r1"), ==, "kept");
}

typedef struct
{
  const char *json;
  const char *message;
} HostileCase;

static const HostileCase hostile_cases[] = {
  { "[]", "notes: expected an object with \"entities\" and \"relations\", found an array" },
  { "\"text\"", "notes: expected an object with \"entities\" and \"relations\", found a string" },
  { "null", "notes: expected an object with \"entities\" and \"relations\", found null" },
  { "{\"entities\": []}", "notes.entities: expected an object of notes by id, found an array" },
  { "{\"entities\": {}, \"relations\": 3}", "notes.relations: expected an object of notes by id, found a number" },
  { "{\"entites\": {}}", "notes[\"entites\"]: unknown member; notes hold \"entities\" and \"relations\"" },
  { "{\"entities\": {\"huawei\": 12}}", "notes.entities[\"huawei\"]: a note must be a string, found a number" },
  { "{\"entities\": {\"huawei\": {\"text\": \"x\"}}}", "notes.entities[\"huawei\"]: a note must be a string, found an object" },
  { "{\"relations\": {\"r\\n1\": null}}", "notes.relations[\"r\\n1\"]: a note must be a string, found null" },
  { "{\"relations\": {\"r1\": true}}", "notes.relations[\"r1\"]: a note must be a string, found true or false" },
  { "{\"entities\": {\"華為\\\"\": 1.5}}", "notes.entities[\"華為\\\"\"]: a note must be a string, found a number" },
  { "{\"entities\": {\"\": \"no id\"}}", "notes.entities: a note has an empty or unreadable id" },
};

static void
test_json_hostile (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (hostile_cases); i++)
    {
      g_autoptr(LiaisonNotes) notes = liaison_notes_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) node = parse (hostile_cases[i].json);
      guint changes = 0;

      liaison_notes_set (notes, LIAISON_ELEMENT_ENTITY, "kept", "still here");
      g_signal_connect (notes, "changed", G_CALLBACK (count_cb), &changes);

      g_assert_false (liaison_notes_load_json (notes, node, &error));
      g_assert_error (error, LIAISON_NOTES_ERROR, LIAISON_NOTES_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, hostile_cases[i].message);
      /* A file refused changes nothing the user has. */
      g_assert_cmpuint (changes, ==, 0);
      g_assert_cmpstr (liaison_notes_get (notes, LIAISON_ELEMENT_ENTITY, "kept"), ==, "still here");
    }
}

static void
test_json_too_long (void)
{
  g_autoptr(LiaisonNotes) notes = liaison_notes_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(JsonObject) root = json_object_new ();
  g_autoptr(JsonObject) entities = json_object_new ();
  g_autofree char *long_text = g_strnfill (LIAISON_NOTES_MAX_LENGTH + 1, 'x');
  g_autofree char *long_id = g_strnfill (500, 'i');
  g_autofree char *expected = NULL;

  json_object_set_string_member (entities, long_id, long_text);
  json_object_set_object_member (root, "entities", json_object_ref (entities));
  json_node_set_object (node, root);

  g_assert_false (liaison_notes_load_json (notes, node, &error));
  g_assert_error (error, LIAISON_NOTES_ERROR, LIAISON_NOTES_ERROR_INVALID);
  /* A hostile id is cut short in the message. */
  expected = g_strdup_printf ("notes.entities[\"%.80s…\"]: the note is longer than 1048576 bytes", long_id);
  g_assert_cmpstr (error->message, ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/notes/set-get", test_set_get);
  g_test_add_func ("/notes/assign", test_assign);
  g_test_add_func ("/notes/json/round-trip", test_json_round_trip);
  g_test_add_func ("/notes/json/partial", test_json_partial);
  g_test_add_func ("/notes/json/hostile", test_json_hostile);
  g_test_add_func ("/notes/json/too-long", test_json_too_long);

  return g_test_run ();
}
