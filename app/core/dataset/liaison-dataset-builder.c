/* liaison-dataset-builder.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Turns what a front end read into a LiaisonDataset, checking its meaning
 * as it goes: ids, references, types, dates, colours, links. The builder
 * knows no file format: values come as plain strings with their kind, and
 * each call says where in the file its item is.
 *
 * Validation is on the path of every load, so it is kept cheap: strings
 * are copied once, into the dataset's store; ids are registered in the
 * tables the dataset then keeps; and work that only a message needs (a
 * "did you mean", a translated word) is done only for problems that are
 * shown.
 */

#define G_LOG_DOMAIN "liaison-dataset"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "liaison-dataset-builder-private.h"

#define CANCEL_INTERVAL  4096

/* Whether builders made on this thread start lenient: the loader says so
 * around a load, so that every front end, whatever its format, builds
 * leniently without being told.
 */
static GPrivate lenient_default;

static void
id_table_init (IdTable *table)
{
  table->ids = g_hash_table_new (g_str_hash, g_str_equal);
  table->first_use = g_array_new (FALSE, FALSE, sizeof (guint));
}

static void
id_table_clear (IdTable *table)
{
  g_clear_pointer (&table->ids, g_hash_table_unref);
  g_clear_pointer (&table->first_use, g_array_unref);
}

static guint
location_position (const LiaisonLocation *location)
{
  return location->kind == LIAISON_LOCATION_LINE ? location->line : location->index;
}

static void
id_table_set_first_use (IdTable               *table,
                        guint                  slot,
                        const LiaisonLocation *location)
{
  guint position = location_position (location);

  if (table->first_use->len <= slot)
    g_array_set_size (table->first_use, slot + 1);
  g_array_index (table->first_use, guint, slot) = position;
}

LiaisonDatasetBuilder *
liaison_dataset_builder_new (const char *display_name)
{
  LiaisonDatasetBuilder *self;

  g_return_val_if_fail (display_name != NULL, NULL);

  self = g_new0 (LiaisonDatasetBuilder, 1);
  self->display_name = g_strdup (display_name);
  self->store = liaison_string_store_new ();
  liaison_problems_init (&self->problems, LIAISON_MAX_REPORTED_PROBLEMS);
  liaison_dataset_contents_init (&self->contents);
  id_table_init (&self->source_ids);
  id_table_init (&self->entity_type_ids);
  id_table_init (&self->relation_type_ids);
  id_table_init (&self->entity_ids);
  id_table_init (&self->relation_ids);
  self->entity_index = g_array_new (FALSE, FALSE, sizeof (guint));
  self->lenient = GPOINTER_TO_INT (g_private_get (&lenient_default));

  return self;
}

void
liaison_dataset_builder_free (LiaisonDatasetBuilder *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->display_name, g_free);
  liaison_problems_clear (&self->problems);
  g_clear_object (&self->cancellable);
  liaison_dataset_contents_clear (&self->contents);
  id_table_clear (&self->source_ids);
  id_table_clear (&self->entity_type_ids);
  id_table_clear (&self->relation_type_ids);
  id_table_clear (&self->entity_ids);
  id_table_clear (&self->relation_ids);
  g_clear_pointer (&self->entity_index, g_array_unref);
  g_clear_pointer (&self->store, liaison_string_store_unref);
  g_free (self);
}

void
liaison_dataset_builder_set_cancellable (LiaisonDatasetBuilder *self,
                                         GCancellable          *cancellable)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  g_set_object (&self->cancellable, cancellable);
}

/* @n_items: how many entities and relations are coming, for the fraction
 * given to @progress.
 */
void
liaison_dataset_builder_set_progress (LiaisonDatasetBuilder *self,
                                      guint64                n_items,
                                      LiaisonProgressFunc    progress,
                                      gpointer               progress_data)
{
  g_return_if_fail (self != NULL);

  self->n_items = n_items;
  self->progress = progress;
  self->progress_data = progress_data;
}

/* Leniently, finishing gives a dataset of what had no problem, and the
 * problems in liaison_dataset_get_left_out(); the smallest part holding
 * a problem is left out: an evidence item, a relation, or an entity with
 * its relations. A problem outside those (a source, a type) leaves out
 * that, and then what refers to it.
 */
void
liaison_dataset_builder_set_lenient (LiaisonDatasetBuilder *self,
                                     gboolean               lenient)
{
  g_return_if_fail (self != NULL);

  self->lenient = !!lenient;
}

gboolean
liaison_dataset_builder_get_lenient (LiaisonDatasetBuilder *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->lenient;
}

/* Builders made on this thread until liaison_dataset_builder_lenient_end()
 * are lenient or not, as @lenient says.
 */
void
liaison_dataset_builder_lenient_begin (gboolean lenient)
{
  g_private_set (&lenient_default, GINT_TO_POINTER (!!lenient));
}

void
liaison_dataset_builder_lenient_end (void)
{
  g_private_set (&lenient_default, GINT_TO_POINTER (FALSE));
}

/* How many problems are spelled out; the rest are only counted. */
void
liaison_dataset_builder_set_max_problems (LiaisonDatasetBuilder *self,
                                          guint                  max_shown)
{
  g_return_if_fail (self != NULL);

  self->problems.max_shown = max_shown;
}

guint
liaison_dataset_builder_get_n_problems (LiaisonDatasetBuilder *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->problems.n_problems;
}

void
liaison_dataset_builder_add_problem (LiaisonDatasetBuilder *self,
                                     const LiaisonLocation *location,
                                     const char            *member,
                                     const char            *format,
                                     ...)
{
  va_list args;

  g_return_if_fail (self != NULL);
  g_return_if_fail (location != NULL);
  g_return_if_fail (format != NULL);

  va_start (args, format);
  liaison_problems_add_valist (&self->problems, location, member, format, args);
  va_end (args);
}

void
liaison_dataset_builder_add_note (LiaisonDatasetBuilder *self,
                                  const LiaisonLocation *location,
                                  const char            *format,
                                  ...)
{
  g_autofree char *message = NULL;
  g_autofree char *where = NULL;
  va_list args;

  g_return_if_fail (self != NULL);
  g_return_if_fail (format != NULL);

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (location != NULL)
    where = liaison_location_to_string (location, NULL);

  /* As problems are written: "file:12: …", "file: graphs[1]: …". */
  if (where == NULL)
    g_ptr_array_add (self->contents.notes, g_strdup_printf ("%s: %s", self->display_name, message));
  else if (location->kind == LIAISON_LOCATION_LINE && location->file == NULL)
    g_ptr_array_add (self->contents.notes, g_strdup_printf ("%s:%s: %s", self->display_name, where, message));
  else if (location->kind == LIAISON_LOCATION_LINE)
    g_ptr_array_add (self->contents.notes, g_strdup_printf ("%s: %s", where, message));
  else
    g_ptr_array_add (self->contents.notes, g_strdup_printf ("%s: %s: %s", self->display_name, where, message));
}

/* Whether the member holding a list has its items; anything but a list,
 * nothing or null is a problem.
 */
static gboolean
has_items (LiaisonDatasetBuilder *self,
           const LiaisonValue    *value,
           LiaisonValueKind       kind,
           const LiaisonLocation *location,
           const char            *member)
{
  if (value->kind == kind)
    return TRUE;

  if (value->kind != LIAISON_VALUE_ABSENT && value->kind != LIAISON_VALUE_NULL)
    liaison_problems_expected (&self->problems, location, member, kind, value);

  return FALSE;
}

/* Registers @id in @table under @slot; a duplicate is a problem that names
 * the first use.
 */
gboolean
liaison_dataset_builder_register_id (LiaisonDatasetBuilder *self,
                                     IdTable               *table,
                                     const char            *id,
                                     guint                  slot,
                                     const LiaisonLocation *location)
{
  gpointer previous;

  if (g_hash_table_lookup_extended (table->ids, id, NULL, &previous))
    {
      g_autofree char *shown = liaison_problems_quote_if_shown (&self->problems, id);
      guint first_use = g_array_index (table->first_use, guint, GPOINTER_TO_UINT (previous) - 1);

      if (shown == NULL)
        return FALSE;

      if (location->kind == LIAISON_LOCATION_LINE)
        liaison_problems_add (&self->problems, location, "id",
                              _("the id %s is already used on line %u"), shown, first_use);
      else
        liaison_problems_add (&self->problems, location, "id",
                              _("the id %s is already used by %s[%u]"),
                              shown, location->section, first_use);
      return FALSE;
    }

  g_hash_table_insert (table->ids, (gpointer) id, GUINT_TO_POINTER (slot + 1));
  id_table_set_first_use (table, slot, location);
  return TRUE;
}

static void
report_progress (LiaisonDatasetBuilder *self)
{
  if (self->progress != NULL && self->n_items > 0)
    self->progress (MIN (1.0, (double) self->n_done / self->n_items), self->progress_data);
}

/* Counts an entity or relation; FALSE once the work is cancelled. */
static gboolean
step (LiaisonDatasetBuilder *self)
{
  if (self->cancelled)
    return FALSE;

  if (++self->n_done % CANCEL_INTERVAL != 0)
    return TRUE;

  report_progress (self);
  if (g_cancellable_is_cancelled (self->cancellable))
    self->cancelled = TRUE;

  return !self->cancelled;
}

/* What adding an entity or a relation begins with: the checks of the
 * call, and the count. Once entities or relations come, the declared
 * types are all there. Returns FALSE once the work is cancelled.
 */
static gboolean
begin_item (LiaisonDatasetBuilder *self,
            const LiaisonLocation *location,
            gconstpointer          input)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (location != NULL, FALSE);
  g_return_val_if_fail (input != NULL, FALSE);

  if (!step (self))
    return FALSE;

  if (!self->types_settled)
    {
      self->types_settled = TRUE;
      self->entity_types_declared = self->contents.entity_types->len > 0;
      self->relation_types_declared = self->contents.relation_types->len > 0;
    }

  return TRUE;
}

/* Resolves a type id against the declared types; with none declared, every
 * type used becomes one. Returns the type's index, or -1.
 */
static int
resolve_type (LiaisonDatasetBuilder *self,
              const LiaisonValue    *value,
              gboolean               is_entity,
              const LiaisonLocation *location)
{
  GArray *types = is_entity ? self->contents.entity_types : self->contents.relation_types;
  IdTable *table = is_entity ? &self->entity_type_ids : &self->relation_type_ids;
  const char *type = liaison_dataset_builder_read_string (self, value, location, "type");
  guint index;

  if (type == NULL || type[0] == '\0')
    return -1;

  index = GPOINTER_TO_UINT (g_hash_table_lookup (table->ids, type));
  if (index == 0)
    {
      LiaisonTypeStyle style = { NULL };

      if (is_entity ? self->entity_types_declared : self->relation_types_declared)
        {
          liaison_problems_unknown (&self->problems, location, "type",
                                    is_entity ? N_("entity type") : N_("relation type"),
                                    table->ids, type);
          return -1;
        }

      style.id = liaison_string_store_intern (self->store, type);
      style.label = style.id;
      style.index = types->len;
      g_array_append_val (types, style);
      g_hash_table_insert (table->ids, (gpointer) style.id, GUINT_TO_POINTER (types->len));
      index = types->len;
    }

  g_array_index (types, LiaisonTypeStyle, index - 1).count++;
  return index - 1;
}

/* @location, narrowed to an item of one of its lists: "evidence[2]". */
static LiaisonLocation
location_in_list (const LiaisonLocation *location,
                  const char            *list,
                  guint                  index)
{
  LiaisonLocation in_list = *location;

  in_list.list = list;
  in_list.list_index = index;
  return in_list;
}

/* @n_item_problems: adds the problems of single items, which leave out
 * only that item when building leniently.
 */
static LiaisonEvidence *
read_evidence (LiaisonDatasetBuilder     *self,
               const LiaisonDetailsInput *input,
               const LiaisonLocation     *location,
               guint                     *n_evidence,
               guint                     *n_item_problems)
{
  guint problems_before;

  const LiaisonEvidenceInput *items = input->evidence_items;
  guint n_items = input->n_evidence_items;
  LiaisonEvidence *evidence;
  guint n = 0;

  *n_evidence = 0;
  if (!has_items (self, &input->evidence, LIAISON_VALUE_ARRAY, location, "evidence") ||
      n_items == 0)
    return NULL;

  evidence = liaison_string_store_alloc (self->store, n_items * sizeof (LiaisonEvidence));
  problems_before = self->problems.n_problems;

  for (guint i = 0; i < n_items; i++)
    {
      const LiaisonEvidenceInput *item = &items[i];
      LiaisonLocation at = location_in_list (location, "evidence", i);
      const char *source;
      const char *quote;
      guint source_index;

      if (item->item.kind != LIAISON_VALUE_OBJECT)
        {
          liaison_problems_expected (&self->problems, &at, NULL, LIAISON_VALUE_OBJECT, &item->item);
          continue;
        }

      source = liaison_dataset_builder_read_required_string (self, &item->source, &at, "source");
      if (source == NULL)
        continue;

      source_index = GPOINTER_TO_UINT (g_hash_table_lookup (self->source_ids.ids, source));
      if (source_index == 0)
        {
          liaison_problems_unknown (&self->problems, &at, "source", N_("source"),
                                    self->source_ids.ids, source);
          continue;
        }

      quote = liaison_dataset_builder_read_string (self, &item->quote, &at, "quote");
      evidence[n].source = g_array_index (self->contents.sources, LiaisonSource,
                                          source_index - 1).id;
      evidence[n].quote = liaison_string_store_add (self->store, quote);
      n++;
    }

  *n_evidence = n;
  *n_item_problems += self->problems.n_problems - problems_before;
  if (n < n_items)
    self->left_out_items = TRUE;
  return n > 0 ? evidence : NULL;
}

static LiaisonAttribute *
read_attributes (LiaisonDatasetBuilder     *self,
                 const LiaisonDetailsInput *input,
                 const LiaisonLocation     *location,
                 guint                     *n_attributes)
{
  const LiaisonAttribute *items = input->attribute_items;
  guint n_items = input->n_attribute_items;
  LiaisonAttribute *attributes;

  has_items (self, &input->attributes, LIAISON_VALUE_OBJECT, location, "attributes");

  *n_attributes = n_items;
  if (n_items == 0)
    return NULL;

  attributes = liaison_string_store_alloc (self->store, n_items * sizeof (LiaisonAttribute));
  for (guint i = 0; i < n_items; i++)
    {
      attributes[i].key = liaison_string_store_intern (self->store, items[i].key);
      attributes[i].json = liaison_string_store_add (self->store, items[i].json);
    }

  return attributes;
}

static const char **
read_aliases (LiaisonDatasetBuilder    *self,
              const LiaisonEntityInput *input,
              const LiaisonLocation    *location)
{
  const char **aliases;
  guint n = 0;

  if (!has_items (self, &input->aliases, LIAISON_VALUE_ARRAY, location, "aliases") ||
      input->n_alias_items == 0)
    return NULL;

  aliases = liaison_string_store_alloc (self->store,
                                        (input->n_alias_items + 1) * sizeof (const char *));
  for (guint i = 0; i < input->n_alias_items; i++)
    {
      const LiaisonValue *alias = &input->alias_items[i];

      if (alias->kind != LIAISON_VALUE_STRING)
        {
          LiaisonLocation at = location_in_list (location, "aliases", i);

          liaison_problems_expected (&self->problems, &at, NULL, LIAISON_VALUE_STRING, alias);
          continue;
        }
      if (alias->text[0] == '\0')
        continue;

      aliases[n++] = liaison_string_store_add (self->store, alias->text);
    }

  return n > 0 ? aliases : NULL;
}

/* Returns: FALSE once the work is cancelled, to stop reading. */
gboolean
liaison_dataset_builder_add_entity (LiaisonDatasetBuilder    *self,
                                    const LiaisonLocation    *location,
                                    const LiaisonEntityInput *input)
{
  LiaisonEntityFields fields = { NULL };
  const char *id;
  const char *label;
  guint slot;
  guint problems_before;
  guint evidence_problems = 0;
  guint no_index = G_MAXUINT;
  gboolean kept = FALSE;
  int type;

  if (!begin_item (self, location, input))
    return FALSE;
  slot = self->n_entity_items++;
  problems_before = self->problems.n_problems;

  id = liaison_dataset_builder_read_required_string (self, &input->id, location, "id");

  if (input->label.kind != LIAISON_VALUE_ABSENT)
    label = liaison_dataset_builder_read_required_string (self, &input->label, location, "label");
  else if (input->name.kind != LIAISON_VALUE_ABSENT)
    label = liaison_dataset_builder_read_required_string (self, &input->name, location, "name");
  else
    {
      liaison_problems_add (&self->problems, location, NULL,
                            _("“label” (or “name”) is missing"));
      label = NULL;
    }

  type = resolve_type (self, &input->type, TRUE, location);
  if (type >= 0)
    {
      const LiaisonTypeStyle *style = &g_array_index (self->contents.entity_types,
                                                      LiaisonTypeStyle, type);

      fields.type = style->id;
      fields.type_label = style->label;
    }
  fields.description = keep_member (self, &input->description, location, "description");
  fields.aliases = read_aliases (self, input, location);
  fields.evidence = read_evidence (self, &input->details, location, &fields.n_evidence,
                                   &evidence_problems);
  fields.attributes = read_attributes (self, &input->details, location, &fields.n_attributes);
  if (input->has_position && isfinite (input->x) && isfinite (input->y))
    {
      fields.has_position = TRUE;
      fields.x = input->x;
      fields.y = input->y;
    }

  /* Ids are registered under the entity's place among those added, which
   * is also its index in the dataset as long as nothing was wrong so far:
   * an entity is only ever left out after a problem, and after a problem
   * no dataset comes of the file. Duplicates and references keep being
   * checked, so that all problems are reported. Leniently, an entity is
   * left out after a problem of its own, and its slot then says so.
   */
  if (id != NULL)
    {
      fields.id = liaison_string_store_add (self->store, id);
      if (liaison_dataset_builder_register_id (self, &self->entity_ids, fields.id, slot,
                                               location) &&
          label != NULL &&
          (self->lenient
           ? self->problems.n_problems - problems_before == evidence_problems
           : self->problems.n_problems == 0))
        {
          guint index = self->contents.entities->len;

          g_assert (self->lenient || index == slot);
          fields.label = liaison_string_store_add (self->store, label);
          g_array_append_val (self->contents.entities, fields);
          g_array_append_val (self->entity_index, index);
          kept = TRUE;
        }
    }

  if (!kept)
    {
      if (self->entity_index->len == slot)
        g_array_append_val (self->entity_index, no_index);
      self->left_out_items = TRUE;
      if (type >= 0)
        g_array_index (self->contents.entity_types, LiaisonTypeStyle, type).count--;
    }

  return TRUE;
}

static guint
resolve_entity (LiaisonDatasetBuilder *self,
                const LiaisonValue    *value,
                const LiaisonLocation *location,
                const char            *member)
{
  const char *id = liaison_dataset_builder_read_required_string (self, value, location, member);
  guint index;

  if (id == NULL)
    return G_MAXUINT;

  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->entity_ids.ids, id));
  if (index == 0)
    {
      liaison_problems_unknown (&self->problems, location, member, N_("entity"),
                                self->entity_ids.ids, id);
      return G_MAXUINT;
    }

  return index - 1;
}

/* Returns: FALSE once the work is cancelled, to stop reading. */
gboolean
liaison_dataset_builder_add_relation (LiaisonDatasetBuilder      *self,
                                      const LiaisonLocation      *location,
                                      const LiaisonRelationInput *input)
{
  LiaisonRelation relation = { NULL };
  const char *id;
  guint slot;
  guint from, to;
  guint problems_before;
  guint evidence_problems = 0;
  int type;

  if (!begin_item (self, location, input))
    return FALSE;
  slot = self->n_relation_items++;
  problems_before = self->problems.n_problems;

  id = liaison_dataset_builder_read_string (self, &input->id, location, "id");
  if (id != NULL && id[0] == '\0')
    {
      liaison_problems_add (&self->problems, location, "id", _("must not be empty"));
      id = NULL;
    }

  from = resolve_entity (self, &input->from, location, "from");
  to = resolve_entity (self, &input->to, location, "to");

  type = resolve_type (self, &input->type, FALSE, location);
  if (type >= 0)
    relation.type = g_array_index (self->contents.relation_types, LiaisonTypeStyle, type).id;
  relation.label = keep_member (self, &input->label, location, "label");
  relation.description = keep_member (self, &input->description, location, "description");
  relation.date = liaison_dataset_builder_read_date (self, &input->date, location);

  relation.directed = TRUE;
  if (input->directed.kind == LIAISON_VALUE_BOOLEAN)
    relation.directed = input->directed.text != NULL && input->directed.text[0] == 't';
  else if (input->directed.kind != LIAISON_VALUE_ABSENT &&
           input->directed.kind != LIAISON_VALUE_NULL)
    liaison_problems_expected (&self->problems, location, "directed",
                               LIAISON_VALUE_BOOLEAN, &input->directed);

  relation.evidence = read_evidence (self, &input->details, location, &relation.n_evidence,
                                     &evidence_problems);
  relation.attributes = read_attributes (self, &input->details, location,
                                         &relation.n_attributes);

  if (id != NULL)
    {
      relation.id = liaison_string_store_add (self->store, id);
      if (liaison_dataset_builder_register_id (self, &self->relation_ids, relation.id, slot,
                                               location) &&
          g_str_has_prefix (id, "relation-"))
        self->ids_like_generated = TRUE;
    }

  /* Leniently, a relation goes with an entity left out at either end. */
  if (from != G_MAXUINT && from < self->entity_index->len)
    from = g_array_index (self->entity_index, guint, from);
  if (to != G_MAXUINT && to < self->entity_index->len)
    to = g_array_index (self->entity_index, guint, to);

  if ((self->lenient
       ? self->problems.n_problems - problems_before != evidence_problems
       : self->problems.n_problems > 0) ||
      from == G_MAXUINT || to == G_MAXUINT)
    {
      self->left_out_items = TRUE;
      if (type >= 0)
        g_array_index (self->contents.relation_types, LiaisonTypeStyle, type).count--;
      return TRUE;
    }

  g_assert (self->lenient || self->contents.relations->len == slot);
  relation.from = from;
  relation.to = to;
  relation.index = self->contents.relations->len;
  g_array_append_val (self->contents.relations, relation);

  return TRUE;
}

/* Writes "relation-N" into @buffer; returns its length. */
static gsize
format_generated_id (char  *buffer,
                     guint  n)
{
  static const char prefix[] = "relation-";
  char digits[16];
  gsize n_digits = 0;

  do
    {
      digits[n_digits++] = '0' + n % 10;
      n /= 10;
    }
  while (n > 0);

  memcpy (buffer, prefix, sizeof prefix - 1);
  for (gsize i = 0; i < n_digits; i++)
    buffer[sizeof prefix - 1 + i] = digits[n_digits - 1 - i];
  buffer[sizeof prefix - 1 + n_digits] = '\0';

  return sizeof prefix - 1 + n_digits;
}

/* Relations without an id get "relation-N" (N counting from 1), skipping
 * any that the dataset uses itself. Generated ids only grow, so they can
 * only meet ids from the file, and only when some look like them. When
 * none do, relation N is "relation-N" and the dataset finds it without
 * an entry in its table: a large dataset saves as many entries as it has
 * relations without an id.
 */
static void
name_anonymous_relations (LiaisonDatasetBuilder *self)
{
  GHashTable *ids = self->relation_ids.ids;
  guint suffix = 0;

  for (guint i = 0; i < self->contents.relations->len; i++)
    {
      LiaisonRelation *relation = &g_array_index (self->contents.relations, LiaisonRelation, i);
      char id[32];

      if (relation->id != NULL)
        continue;

      format_generated_id (id, i + 1 + suffix);
      while (self->ids_like_generated && g_hash_table_contains (ids, id))
        format_generated_id (id, i + 1 + ++suffix);

      relation->id = liaison_string_store_add (self->store, id);
      relation->generated_id = TRUE;
      if (suffix > 0)
        g_hash_table_insert (ids, (gpointer) relation->id, GUINT_TO_POINTER (i + 1));
    }
}

/* Returns: (transfer full) (nullable): the dataset, or NULL with every
 * problem in @error (LIAISON_DATASET_ERROR_INVALID), or G_IO_ERROR_CANCELLED.
 * The builder is spent either way.
 */
LiaisonDataset *
liaison_dataset_builder_finish (LiaisonDatasetBuilder  *self,
                                GError                **error)
{
  LiaisonDataset *dataset;
  GHashTable *entity_ids;
  GHashTable *relation_ids;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (self->store != NULL, NULL);

  if (g_cancellable_set_error_if_cancelled (self->cancellable, error))
    return NULL;
  if (self->cancelled)
    {
      /* Cancelled, then reset: still cancelled for this work. */
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                           g_dgettext ("glib20", "Operation was cancelled"));
      return NULL;
    }

  if (self->problems.n_problems > 0 && !self->lenient)
    {
      liaison_problems_set_error (&self->problems, self->display_name, error);
      return NULL;
    }

  if (self->problems.n_problems > 0)
    {
      g_autoptr(GError) problems = NULL;
      g_auto(GStrv) lines = NULL;

      liaison_problems_set_error (&self->problems, self->display_name, &problems);
      lines = g_strsplit (problems->message, "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        g_ptr_array_add (self->contents.left_out, g_steal_pointer (&lines[i]));
    }

  name_anonymous_relations (self);
  report_progress (self);

  /* The tables map ids to indices in the dataset, as the dataset keeps
   * them; with items left out, the builder's map ids to their slots, so
   * the dataset makes its own.
   */
  if (self->left_out_items)
    {
      entity_ids = NULL;
      relation_ids = NULL;
    }
  else
    {
      entity_ids = g_steal_pointer (&self->entity_ids.ids);
      relation_ids = g_steal_pointer (&self->relation_ids.ids);
    }
  dataset = liaison_dataset_new (g_steal_pointer (&self->store), &self->contents,
                                 entity_ids, relation_ids);

  return dataset;
}
