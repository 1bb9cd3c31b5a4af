/* liaison-notes.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-notes"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liaison-json-node.h"
#include "liaison-notes.h"

struct _LiaisonNotes
{
  GObject     parent_instance;

  /* id → text, both owned; one table for each LiaisonElementKind. */
  GHashTable *by_kind[2];
};

enum {
  CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (LiaisonNotes, liaison_notes, G_TYPE_OBJECT)
G_DEFINE_QUARK (liaison-notes-error-quark, liaison_notes_error)

static guint signals[N_SIGNALS];

static const char * const member_names[2] = { "entities", "relations" };

static void
liaison_notes_finalize (GObject *object)
{
  LiaisonNotes *self = (LiaisonNotes *)object;

  for (guint k = 0; k < G_N_ELEMENTS (self->by_kind); k++)
    g_clear_pointer (&self->by_kind[k], g_hash_table_unref);

  G_OBJECT_CLASS (liaison_notes_parent_class)->finalize (object);
}

static void
liaison_notes_class_init (LiaisonNotesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = liaison_notes_finalize;

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static GHashTable *
new_table (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static void
liaison_notes_init (LiaisonNotes *self)
{
  for (guint k = 0; k < G_N_ELEMENTS (self->by_kind); k++)
    self->by_kind[k] = new_table ();
}

LiaisonNotes *
liaison_notes_new (void)
{
  return g_object_new (LIAISON_TYPE_NOTES, NULL);
}

static GHashTable *
table_for (LiaisonNotes       *self,
           LiaisonElementKind  kind)
{
  g_assert (kind == LIAISON_ELEMENT_ENTITY || kind == LIAISON_ELEMENT_RELATION);

  return self->by_kind[kind];
}

/* Returns: (nullable): the note on @id, or NULL when it has none. */
const char *
liaison_notes_get (LiaisonNotes       *self,
                   LiaisonElementKind  kind,
                   const char         *id)
{
  g_return_val_if_fail (LIAISON_IS_NOTES (self), NULL);
  g_return_val_if_fail (kind == LIAISON_ELEMENT_ENTITY || kind == LIAISON_ELEMENT_RELATION, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (table_for (self, kind), id);
}

/* Replaces the note on @id; NULL or "" removes it. The text is kept as
 * written, spaces and line breaks included, since it is the user's.
 */
void
liaison_notes_set (LiaisonNotes       *self,
                   LiaisonElementKind  kind,
                   const char         *id,
                   const char         *text)
{
  GHashTable *table;
  const char *old;

  g_return_if_fail (LIAISON_IS_NOTES (self));
  g_return_if_fail (kind == LIAISON_ELEMENT_ENTITY || kind == LIAISON_ELEMENT_RELATION);
  g_return_if_fail (id != NULL);
  g_return_if_fail (text == NULL || g_utf8_validate (text, -1, NULL));

  table = table_for (self, kind);
  old = g_hash_table_lookup (table, id);

  if (text == NULL || *text == '\0')
    {
      if (old == NULL)
        return;
      g_hash_table_remove (table, id);
    }
  else
    {
      if (g_strcmp0 (old, text) == 0)
        return;
      g_hash_table_replace (table, g_strdup (id), g_strdup (text));
    }

  g_signal_emit (self, signals[CHANGED], 0);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/* Returns: (transfer full) (element-type utf8): the ids with a note,
 * sorted by byte, as copies the caller owns.
 */
GPtrArray *
liaison_notes_dup_ids (LiaisonNotes       *self,
                       LiaisonElementKind  kind)
{
  GPtrArray *ids;
  GHashTableIter iter;
  gpointer id;

  g_return_val_if_fail (LIAISON_IS_NOTES (self), NULL);
  g_return_val_if_fail (kind == LIAISON_ELEMENT_ENTITY || kind == LIAISON_ELEMENT_RELATION, NULL);

  ids = g_ptr_array_new_full (g_hash_table_size (table_for (self, kind)), g_free);
  g_hash_table_iter_init (&iter, table_for (self, kind));
  while (g_hash_table_iter_next (&iter, &id, NULL))
    g_ptr_array_add (ids, g_strdup (id));
  g_ptr_array_sort (ids, compare_ids);

  return ids;
}

guint
liaison_notes_get_n_notes (LiaisonNotes       *self,
                           LiaisonElementKind  kind)
{
  g_return_val_if_fail (LIAISON_IS_NOTES (self), 0);
  g_return_val_if_fail (kind == LIAISON_ELEMENT_ENTITY || kind == LIAISON_ELEMENT_RELATION, 0);

  return g_hash_table_size (table_for (self, kind));
}

static gboolean
tables_equal (GHashTable *a,
              GHashTable *b)
{
  GHashTableIter iter;
  gpointer id, text;

  if (g_hash_table_size (a) != g_hash_table_size (b))
    return FALSE;
  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &id, &text))
    if (g_strcmp0 (text, g_hash_table_lookup (b, id)) != 0)
      return FALSE;

  return TRUE;
}

/* Takes @tables (one a kind) as @self's notes, emitting "changed" only
 * when that changes something.
 */
static void
take_tables (LiaisonNotes *self,
             GHashTable   *tables[2])
{
  gboolean changed = FALSE;

  for (guint k = 0; k < G_N_ELEMENTS (self->by_kind); k++)
    {
      if (!tables_equal (self->by_kind[k], tables[k]))
        changed = TRUE;
      g_hash_table_unref (self->by_kind[k]);
      self->by_kind[k] = tables[k];
    }

  if (changed)
    g_signal_emit (self, signals[CHANGED], 0);
}

static GHashTable *
copy_table (GHashTable *table)
{
  GHashTable *copy = new_table ();
  GHashTableIter iter;
  gpointer id, text;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &id, &text))
    g_hash_table_insert (copy, g_strdup (id), g_strdup (text));

  return copy;
}

/* Makes @self's notes a copy of @other's: how notes go over to the view
 * of a dataset read again.
 */
void
liaison_notes_assign (LiaisonNotes *self,
                      LiaisonNotes *other)
{
  GHashTable *tables[2];

  g_return_if_fail (LIAISON_IS_NOTES (self));
  g_return_if_fail (LIAISON_IS_NOTES (other));

  if (self == other)
    return;

  for (guint k = 0; k < G_N_ELEMENTS (tables); k++)
    tables[k] = copy_table (other->by_kind[k]);
  take_tables (self, tables);
}

void
liaison_notes_clear (LiaisonNotes *self)
{
  GHashTable *tables[2];

  g_return_if_fail (LIAISON_IS_NOTES (self));

  for (guint k = 0; k < G_N_ELEMENTS (tables); k++)
    tables[k] = new_table ();
  take_tables (self, tables);
}

JsonNode *
liaison_notes_to_json (LiaisonNotes *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (LIAISON_IS_NOTES (self), NULL);

  json_builder_begin_object (builder);
  for (guint k = 0; k < G_N_ELEMENTS (self->by_kind); k++)
    {
      g_autoptr(GPtrArray) ids = liaison_notes_dup_ids (self, k);

      json_builder_set_member_name (builder, member_names[k]);
      json_builder_begin_object (builder);
      for (guint i = 0; i < ids->len; i++)
        {
          const char *id = g_ptr_array_index (ids, i);

          json_builder_set_member_name (builder, id);
          json_builder_add_string_value (builder, g_hash_table_lookup (self->by_kind[k], id));
        }
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* How many characters of an id a message shows. */
#define PLACE_ID_CHARS 80

/* notes.entities["id"], with the id written as a JSON string would be
 * (quotes, backslashes and control characters escaped, every other
 * character as it is) and cut short, so that a message about a hostile id
 * stays on one line and readable.
 */
static char *
describe_place (const char *member,
                const char *id)
{
  g_autoptr(GString) place = g_string_new ("notes");

  if (member != NULL)
    g_string_append_printf (place, ".%s", member);
  if (id != NULL && !g_utf8_validate (id, -1, NULL))
    g_string_append (place, "[?]");
  else if (id != NULL)
    {
      const char *p = id;
      guint n = 0;

      g_string_append (place, "[\"");
      for (; *p != '\0' && n < PLACE_ID_CHARS; p = g_utf8_next_char (p), n++)
        {
          gunichar c = g_utf8_get_char (p);

          if (c == '"' || c == '\\')
            g_string_append_printf (place, "\\%c", (char)c);
          else if (c == '\n')
            g_string_append (place, "\\n");
          else if (c == '\t')
            g_string_append (place, "\\t");
          else if (c < 0x20 || c == 0x7f)
            g_string_append_printf (place, "\\u%04x", c);
          else
            g_string_append_unichar (place, c);
        }
      if (*p != '\0')
        g_string_append (place, "…");
      g_string_append (place, "\"]");
    }

  return g_string_free (g_steal_pointer (&place), FALSE);
}

static gboolean
load_member (JsonNode    *node,
             const char  *member,
             GHashTable  *into,
             GError     **error)
{
  JsonObjectIter iter;
  const char *id;
  JsonNode *value;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autofree char *place = describe_place (member, NULL);

      g_set_error (error, LIAISON_NOTES_ERROR, LIAISON_NOTES_ERROR_INVALID,
                   /* Translators: the first %s is a place such as notes.entities, the second what was found there, such as "an array" */
                   _("%s: expected an object of notes by id, found %s"),
                   place, liaison_json_node_describe (node));
      return FALSE;
    }

  json_object_iter_init (&iter, json_node_get_object (node));
  while (json_object_iter_next (&iter, &id, &value))
    {
      const char *text;

      if (*id == '\0' || !g_utf8_validate (id, -1, NULL))
        {
          g_autofree char *place = describe_place (member, NULL);

          g_set_error (error, LIAISON_NOTES_ERROR, LIAISON_NOTES_ERROR_INVALID,
                       _("%s: a note has an empty or unreadable id"), place);
          return FALSE;
        }
      if (!JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_STRING)
        {
          g_autofree char *place = describe_place (member, id);

          g_set_error (error, LIAISON_NOTES_ERROR, LIAISON_NOTES_ERROR_INVALID,
                       /* Translators: %s is a place such as notes.entities["huawei"], then what was found there */
                       _("%s: a note must be a string, found %s"),
                       place, liaison_json_node_describe (value));
          return FALSE;
        }

      text = json_node_get_string (value);
      if (text == NULL || !g_utf8_validate (text, -1, NULL))
        {
          g_autofree char *place = describe_place (member, id);

          g_set_error (error, LIAISON_NOTES_ERROR, LIAISON_NOTES_ERROR_INVALID,
                       _("%s: the note is not valid UTF-8"), place);
          return FALSE;
        }
      if (strlen (text) > LIAISON_NOTES_MAX_LENGTH)
        {
          g_autofree char *place = describe_place (member, id);

          g_set_error (error, LIAISON_NOTES_ERROR, LIAISON_NOTES_ERROR_INVALID,
                       _("%s: the note is longer than %u bytes"),
                       place, (guint)LIAISON_NOTES_MAX_LENGTH);
          return FALSE;
        }

      /* An empty note is no note, as liaison_notes_set() has it. */
      if (*text != '\0')
        g_hash_table_replace (into, g_strdup (id), g_strdup (text));
    }

  return TRUE;
}

gboolean
liaison_notes_load_json (LiaisonNotes  *self,
                         JsonNode      *node,
                         GError       **error)
{
  GHashTable *tables[2] = { NULL, NULL };
  JsonObjectIter iter;
  const char *member;
  JsonNode *value;
  gboolean ok = TRUE;

  g_return_val_if_fail (LIAISON_IS_NOTES (self), FALSE);
  g_return_val_if_fail (node != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, LIAISON_NOTES_ERROR, LIAISON_NOTES_ERROR_INVALID,
                   /* Translators: %s is what was found, such as "an array" */
                   _("notes: expected an object with \"entities\" and \"relations\", found %s"),
                   liaison_json_node_describe (node));
      return FALSE;
    }

  for (guint k = 0; k < G_N_ELEMENTS (tables); k++)
    tables[k] = new_table ();

  /* A misspelt member would lose every note under it without a word. */
  json_object_iter_init (&iter, json_node_get_object (node));
  while (ok && json_object_iter_next (&iter, &member, &value))
    {
      guint k;

      for (k = 0; k < G_N_ELEMENTS (member_names); k++)
        if (strcmp (member, member_names[k]) == 0)
          break;

      if (k == G_N_ELEMENTS (member_names))
        {
          g_autofree char *place = describe_place (NULL, member);

          g_set_error (error, LIAISON_NOTES_ERROR, LIAISON_NOTES_ERROR_INVALID,
                       /* Translators: %s is a place such as notes["entites"] */
                       _("%s: unknown member; notes hold \"entities\" and \"relations\""),
                       place);
          ok = FALSE;
        }
      else
        ok = load_member (value, member, tables[k], error);
    }

  if (!ok)
    {
      for (guint k = 0; k < G_N_ELEMENTS (tables); k++)
        g_hash_table_unref (tables[k]);
      return FALSE;
    }

  take_tables (self, tables);

  return TRUE;
}
