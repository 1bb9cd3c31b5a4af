/* liaison-dataset.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-dataset"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liaison-dataset-private.h"
#include "liaison-dataset-problems.h"

/* An immutable graph of entities and relations. It is a GListModel of its
 * entities, so list views show it directly.
 */
struct _LiaisonDataset
{
  GObject                 parent_instance;

  LiaisonStringStore     *store;
  LiaisonDatasetContents  contents;
  LiaisonEntity         **entity_objects;       /* made when first asked for */

  GHashTable             *entity_by_id;         /* borrowed id -> index + 1 */
  GHashTable             *relation_by_id;       /* borrowed id -> index + 1; see lookup_relation */
  GHashTable             *source_by_id;         /* borrowed id -> index + 1 */
  GHashTable             *entity_type_by_id;
  GHashTable             *relation_type_by_id;

  /* Adjacency in compressed rows: the relations leaving entity i are
   * out_relations[out_offsets[i] .. out_offsets[i + 1]).
   */
  guint                  *out_offsets;
  guint                  *out_relations;
  guint                  *in_offsets;
  guint                  *in_relations;

  gboolean                has_positions;        /* every entity has one */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LiaisonDataset, liaison_dataset, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

G_DEFINE_QUARK (liaison-dataset-error-quark, liaison_dataset_error)

LiaisonStringStore *
liaison_string_store_new (void)
{
  LiaisonStringStore *store = g_atomic_rc_box_new0 (LiaisonStringStore);

  store->chunk = g_string_chunk_new (64 * 1024);
  return store;
}

LiaisonStringStore *
liaison_string_store_ref (LiaisonStringStore *store)
{
  return g_atomic_rc_box_acquire (store);
}

static void
string_store_clear (gpointer data)
{
  LiaisonStringStore *store = data;

  g_string_chunk_free (store->chunk);
  g_clear_pointer (&store->blocks, g_ptr_array_unref);
}

void
liaison_string_store_unref (LiaisonStringStore *store)
{
  g_atomic_rc_box_release_full (store, string_store_clear);
}

const char *
liaison_string_store_add (LiaisonStringStore *store,
                          const char         *text)
{
  if (text == NULL)
    return NULL;
  return g_string_chunk_insert (store->chunk, text);
}

#define STORE_BLOCK_SIZE (64 * 1024)

/* Returns: @size bytes of zeros, aligned for any list, that live as long
 * as the store: a hundred thousand entities' lists cost no malloc and no
 * free of their own.
 */
gpointer
liaison_string_store_alloc (LiaisonStringStore *store,
                            gsize               size)
{
  gsize aligned = (size + 15) & ~(gsize) 15;
  char *memory;

  if (store->blocks == NULL)
    store->blocks = g_ptr_array_new_with_free_func (g_free);

  /* A large list gets a block of its own, and leaves the last one be. */
  if (aligned > STORE_BLOCK_SIZE / 4)
    {
      memory = g_malloc0 (aligned);
      g_ptr_array_add (store->blocks, memory);
      return memory;
    }

  if (aligned > store->free_size)
    {
      store->free_start = g_malloc0 (STORE_BLOCK_SIZE);
      store->free_size = STORE_BLOCK_SIZE;
      g_ptr_array_add (store->blocks, store->free_start);
    }

  memory = store->free_start;
  store->free_start += aligned;
  store->free_size -= aligned;
  return memory;
}

/* For strings that repeat a lot, such as type ids and source ids. */
const char *
liaison_string_store_intern (LiaisonStringStore *store,
                             const char         *text)
{
  if (text == NULL)
    return NULL;
  return g_string_chunk_insert_const (store->chunk, text);
}

static GType
liaison_dataset_get_item_type (GListModel *model)
{
  return LIAISON_TYPE_ENTITY;
}

static guint
liaison_dataset_get_n_items (GListModel *model)
{
  return LIAISON_DATASET (model)->contents.entities->len;
}

static gpointer
liaison_dataset_get_item (GListModel *model,
                          guint       position)
{
  LiaisonDataset *self = LIAISON_DATASET (model);

  if (position >= self->contents.entities->len)
    return NULL;
  return g_object_ref (liaison_dataset_get_entity (self, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = liaison_dataset_get_item_type;
  iface->get_n_items = liaison_dataset_get_n_items;
  iface->get_item = liaison_dataset_get_item;
}

static void
liaison_dataset_finalize (GObject *object)
{
  LiaisonDataset *self = (LiaisonDataset *)object;

  for (guint i = 0; i < self->contents.entities->len; i++)
    g_clear_object (&self->entity_objects[i]);
  g_clear_pointer (&self->entity_objects, g_free);

  g_clear_pointer (&self->entity_by_id, g_hash_table_unref);
  g_clear_pointer (&self->relation_by_id, g_hash_table_unref);
  g_clear_pointer (&self->source_by_id, g_hash_table_unref);
  g_clear_pointer (&self->entity_type_by_id, g_hash_table_unref);
  g_clear_pointer (&self->relation_type_by_id, g_hash_table_unref);
  liaison_dataset_contents_clear (&self->contents);
  g_clear_pointer (&self->out_offsets, g_free);
  g_clear_pointer (&self->out_relations, g_free);
  g_clear_pointer (&self->in_offsets, g_free);
  g_clear_pointer (&self->in_relations, g_free);
  g_clear_pointer (&self->store, liaison_string_store_unref);

  G_OBJECT_CLASS (liaison_dataset_parent_class)->finalize (object);
}

static void
liaison_dataset_class_init (LiaisonDatasetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = liaison_dataset_finalize;
}

static void
liaison_dataset_init (LiaisonDataset *self)
{
}

static GHashTable *
index_by_id (GArray *array,
             gsize   element_size)
{
  GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

  /* Every element type indexed here starts with its id. */
  for (guint i = 0; i < array->len; i++)
    {
      const char *id = *(const char **) (gpointer) (array->data + i * element_size);

      g_hash_table_insert (table, (gpointer) id, GUINT_TO_POINTER (i + 1));
    }

  return table;
}

static void
build_adjacency (LiaisonDataset *self)
{
  GArray *relations = self->contents.relations;
  guint n_entities = self->contents.entities->len;
  guint n_relations = relations->len;
  g_autofree guint *out_fill = g_new0 (guint, n_entities);
  g_autofree guint *in_fill = g_new0 (guint, n_entities);

  self->out_offsets = g_new0 (guint, n_entities + 1);
  self->in_offsets = g_new0 (guint, n_entities + 1);
  self->out_relations = g_new (guint, MAX (n_relations, 1));
  self->in_relations = g_new (guint, MAX (n_relations, 1));

  for (guint r = 0; r < n_relations; r++)
    {
      const LiaisonRelation *relation = &g_array_index (relations, LiaisonRelation, r);

      self->out_offsets[relation->from + 1]++;
      self->in_offsets[relation->to + 1]++;
    }

  for (guint i = 0; i < n_entities; i++)
    {
      self->out_offsets[i + 1] += self->out_offsets[i];
      self->in_offsets[i + 1] += self->in_offsets[i];
    }

  for (guint r = 0; r < n_relations; r++)
    {
      const LiaisonRelation *relation = &g_array_index (relations, LiaisonRelation, r);

      self->out_relations[self->out_offsets[relation->from] + out_fill[relation->from]++] = r;
      self->in_relations[self->in_offsets[relation->to] + in_fill[relation->to]++] = r;
    }
}

void
liaison_dataset_contents_init (LiaisonDatasetContents *contents)
{
  contents->title = NULL;
  contents->description = NULL;
  contents->sources = g_array_new (FALSE, FALSE, sizeof (LiaisonSource));
  contents->entity_types = g_array_new (FALSE, FALSE, sizeof (LiaisonTypeStyle));
  contents->relation_types = g_array_new (FALSE, FALSE, sizeof (LiaisonTypeStyle));
  contents->entities = g_array_new (FALSE, FALSE, sizeof (LiaisonEntityFields));
  contents->relations = g_array_new (FALSE, FALSE, sizeof (LiaisonRelation));
  contents->notes = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  contents->left_out = g_ptr_array_new_null_terminated (0, g_free, TRUE);
}

void
liaison_dataset_contents_clear (LiaisonDatasetContents *contents)
{
  g_clear_pointer (&contents->sources, g_array_unref);
  g_clear_pointer (&contents->entity_types, g_array_unref);
  g_clear_pointer (&contents->relation_types, g_array_unref);
  g_clear_pointer (&contents->entities, g_array_unref);
  g_clear_pointer (&contents->relations, g_array_unref);
  g_clear_pointer (&contents->notes, g_ptr_array_unref);
  g_clear_pointer (&contents->left_out, g_ptr_array_unref);
}

LiaisonDataset *
liaison_dataset_new (LiaisonStringStore     *store,
                     LiaisonDatasetContents *contents,
                     GHashTable             *entity_ids,
                     GHashTable             *relation_ids)
{
  LiaisonDataset *self;
  GArray *entities;
  GArray *relations;

  g_return_val_if_fail (store != NULL, NULL);
  g_return_val_if_fail (contents != NULL, NULL);

  self = g_object_new (LIAISON_TYPE_DATASET, NULL);
  self->store = store;
  self->contents = *contents;
  memset (contents, 0, sizeof *contents);
  entities = self->contents.entities;
  relations = self->contents.relations;
  self->entity_objects = g_new0 (LiaisonEntity *, entities->len);

  self->has_positions = entities->len > 0;
  for (guint i = 0; i < entities->len && self->has_positions; i++)
    self->has_positions = g_array_index (entities, LiaisonEntityFields, i).has_position;

  /* The builder's own tables, when it gives them, are what this would
   * build again: on a large dataset, a good part of loading.
   */
  if (entity_ids != NULL)
    self->entity_by_id = entity_ids;
  else
    {
      self->entity_by_id = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < entities->len; i++)
        g_hash_table_insert (self->entity_by_id,
                             (gpointer) g_array_index (entities, LiaisonEntityFields, i).id,
                             GUINT_TO_POINTER (i + 1));
    }
  g_assert (g_hash_table_size (self->entity_by_id) == entities->len);

  if (relation_ids != NULL)
    self->relation_by_id = relation_ids;
  else
    self->relation_by_id = index_by_id (relations, sizeof (LiaisonRelation));
  g_assert (g_hash_table_size (self->relation_by_id) <= relations->len);
  self->source_by_id = index_by_id (self->contents.sources, sizeof (LiaisonSource));
  self->entity_type_by_id = index_by_id (self->contents.entity_types, sizeof (LiaisonTypeStyle));
  self->relation_type_by_id = index_by_id (self->contents.relation_types,
                                           sizeof (LiaisonTypeStyle));

  build_adjacency (self);

  return self;
}

/* Returns: (transfer none): what the researcher should know of how the
 * file was read ("file.graphml:40: only the first of 2 graphs is read"),
 * NULL-terminated; empty for most files.
 */
const char * const *
liaison_dataset_get_notes (LiaisonDataset *self)
{
  static const char *const none[] = { NULL };

  g_return_val_if_fail (LIAISON_IS_DATASET (self), NULL);

  if (self->contents.notes == NULL || self->contents.notes->len == 0)
    return none;
  return (const char * const *) self->contents.notes->pdata;
}

/* Returns: (transfer none): for a file opened leniently, its problems,
 * which name what was left out ("file.json: relations[3].from: unknown
 * entity …"), NULL-terminated; empty when nothing was.
 */
const char * const *
liaison_dataset_get_left_out (LiaisonDataset *self)
{
  static const char *const none[] = { NULL };

  g_return_val_if_fail (LIAISON_IS_DATASET (self), NULL);

  if (self->contents.left_out == NULL || self->contents.left_out->len == 0)
    return none;
  return (const char * const *) self->contents.left_out->pdata;
}

const char *
liaison_dataset_get_title (LiaisonDataset *self)
{
  g_return_val_if_fail (LIAISON_IS_DATASET (self), NULL);

  return self->contents.title;
}

const char *
liaison_dataset_get_description (LiaisonDataset *self)
{
  g_return_val_if_fail (LIAISON_IS_DATASET (self), NULL);

  return self->contents.description;
}

guint
liaison_dataset_get_n_entities (LiaisonDataset *self)
{
  g_return_val_if_fail (LIAISON_IS_DATASET (self), 0);

  return self->contents.entities->len;
}

/* Whether the file says where every entity is drawn (GEXF, DOT and
 * Cytoscape files laid out elsewhere), so that it can be shown so.
 */
gboolean
liaison_dataset_has_positions (LiaisonDataset *self)
{
  g_return_val_if_fail (LIAISON_IS_DATASET (self), FALSE);

  return self->has_positions;
}

/* Returns: (transfer none): the entity, made the first time it is asked
 * for. Any thread may ask: the first one made is the one kept.
 */
LiaisonEntity *
liaison_dataset_get_entity (LiaisonDataset *self,
                            guint           index)
{
  LiaisonEntity *entity;

  g_return_val_if_fail (LIAISON_IS_DATASET (self), NULL);
  g_return_val_if_fail (index < self->contents.entities->len, NULL);

  entity = g_atomic_pointer_get (&self->entity_objects[index]);
  if (entity == NULL)
    {
      const LiaisonEntityFields *fields = &g_array_index (self->contents.entities,
                                                          LiaisonEntityFields, index);
      LiaisonEntity *made = liaison_entity_new (self->store, index, fields);

      if (g_atomic_pointer_compare_and_exchange (&self->entity_objects[index], NULL, made))
        entity = made;
      else
        {
          g_object_unref (made);
          entity = g_atomic_pointer_get (&self->entity_objects[index]);
        }
    }

  return entity;
}

/* Returns: (transfer none) (nullable) */
LiaisonEntity *
liaison_dataset_lookup_entity (LiaisonDataset *self,
                               const char     *id)
{
  guint index;

  g_return_val_if_fail (LIAISON_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->entity_by_id, id));
  return index != 0 ? liaison_dataset_get_entity (self, index - 1) : NULL;
}

guint
liaison_dataset_get_n_relations (LiaisonDataset *self)
{
  g_return_val_if_fail (LIAISON_IS_DATASET (self), 0);

  return self->contents.relations->len;
}

const LiaisonRelation *
liaison_dataset_get_relation (LiaisonDataset *self,
                              guint           index)
{
  g_return_val_if_fail (LIAISON_IS_DATASET (self), NULL);
  g_return_val_if_fail (index < self->contents.relations->len, NULL);

  return &g_array_index (self->contents.relations, LiaisonRelation, index);
}

static gpointer
lookup_element (GHashTable *table,
                GArray     *array,
                const char *id)
{
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (table, id));

  if (index == 0)
    return NULL;
  return array->data + (index - 1) * g_array_get_element_size (array);
}

const LiaisonRelation *
liaison_dataset_lookup_relation (LiaisonDataset *self,
                                 const char     *id)
{
  const LiaisonRelation *relation;

  g_return_val_if_fail (LIAISON_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  relation = lookup_element (self->relation_by_id, self->contents.relations, id);
  if (relation != NULL)
    return relation;

  /* A generated "relation-N" that is relation N needs no entry. */
  if (g_str_has_prefix (id, "relation-") && g_ascii_isdigit (id[9]) && id[9] != '0')
    {
      guint64 n = g_ascii_strtoull (id + 9, NULL, 10);

      if (n >= 1 && n <= self->contents.relations->len)
        {
          relation = &g_array_index (self->contents.relations, LiaisonRelation, n - 1);
          if (relation->generated_id && strcmp (relation->id, id) == 0)
            return relation;
        }
    }

  return NULL;
}

const guint *
liaison_dataset_get_outgoing (LiaisonDataset *self,
                              guint           entity_index,
                              guint          *n_relations)
{
  g_return_val_if_fail (LIAISON_IS_DATASET (self), NULL);
  g_return_val_if_fail (entity_index < self->contents.entities->len, NULL);
  g_return_val_if_fail (n_relations != NULL, NULL);

  *n_relations = self->out_offsets[entity_index + 1] - self->out_offsets[entity_index];
  return self->out_relations + self->out_offsets[entity_index];
}

const guint *
liaison_dataset_get_incoming (LiaisonDataset *self,
                              guint           entity_index,
                              guint          *n_relations)
{
  g_return_val_if_fail (LIAISON_IS_DATASET (self), NULL);
  g_return_val_if_fail (entity_index < self->contents.entities->len, NULL);
  g_return_val_if_fail (n_relations != NULL, NULL);

  *n_relations = self->in_offsets[entity_index + 1] - self->in_offsets[entity_index];
  return self->in_relations + self->in_offsets[entity_index];
}

guint
liaison_dataset_get_n_sources (LiaisonDataset *self)
{
  g_return_val_if_fail (LIAISON_IS_DATASET (self), 0);

  return self->contents.sources->len;
}

const LiaisonSource *
liaison_dataset_get_source (LiaisonDataset *self,
                            guint           index)
{
  g_return_val_if_fail (LIAISON_IS_DATASET (self), NULL);
  g_return_val_if_fail (index < self->contents.sources->len, NULL);

  return &g_array_index (self->contents.sources, LiaisonSource, index);
}

const LiaisonSource *
liaison_dataset_lookup_source (LiaisonDataset *self,
                               const char     *id)
{
  g_return_val_if_fail (LIAISON_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return lookup_element (self->source_by_id, self->contents.sources, id);
}

guint
liaison_dataset_get_n_entity_types (LiaisonDataset *self)
{
  g_return_val_if_fail (LIAISON_IS_DATASET (self), 0);

  return self->contents.entity_types->len;
}

const LiaisonTypeStyle *
liaison_dataset_get_entity_type (LiaisonDataset *self,
                                 guint           index)
{
  g_return_val_if_fail (LIAISON_IS_DATASET (self), NULL);
  g_return_val_if_fail (index < self->contents.entity_types->len, NULL);

  return &g_array_index (self->contents.entity_types, LiaisonTypeStyle, index);
}

const LiaisonTypeStyle *
liaison_dataset_lookup_entity_type (LiaisonDataset *self,
                                    const char     *id)
{
  g_return_val_if_fail (LIAISON_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return lookup_element (self->entity_type_by_id, self->contents.entity_types, id);
}

guint
liaison_dataset_get_n_relation_types (LiaisonDataset *self)
{
  g_return_val_if_fail (LIAISON_IS_DATASET (self), 0);

  return self->contents.relation_types->len;
}

const LiaisonTypeStyle *
liaison_dataset_get_relation_type (LiaisonDataset *self,
                                   guint           index)
{
  g_return_val_if_fail (LIAISON_IS_DATASET (self), NULL);
  g_return_val_if_fail (index < self->contents.relation_types->len, NULL);

  return &g_array_index (self->contents.relation_types, LiaisonTypeStyle, index);
}

const LiaisonTypeStyle *
liaison_dataset_lookup_relation_type (LiaisonDataset *self,
                                      const char     *id)
{
  g_return_val_if_fail (LIAISON_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return lookup_element (self->relation_type_by_id, self->contents.relation_types, id);
}

/* Returns: (nullable): the id of the entity that @word probably meant,
 * "huawei" for "huwei", or NULL when none is close enough: the guess of
 * the dataset's own messages about unknown entities.
 */
const char *
liaison_dataset_suggest_entity (LiaisonDataset *self,
                                const char     *word)
{
  g_return_val_if_fail (LIAISON_IS_DATASET (self), NULL);
  g_return_val_if_fail (word != NULL, NULL);

  return liaison_suggest_id (self->entity_by_id, word);
}

char *
liaison_dataset_dup_summary (LiaisonDataset *self)
{
  guint n_entities = liaison_dataset_get_n_entities (self);
  guint n_relations = liaison_dataset_get_n_relations (self);
  guint n_sources = liaison_dataset_get_n_sources (self);
  g_autofree char *entities = g_strdup_printf (ngettext ("%u entity", "%u entities", n_entities), n_entities);
  g_autofree char *relations = g_strdup_printf (ngettext ("%u relation", "%u relations", n_relations), n_relations);
  g_autofree char *sources = g_strdup_printf (ngettext ("%u source", "%u sources", n_sources), n_sources);

  /* TRANSLATORS: "37 entities, 76 relations, 2 sources" */
  return g_strdup_printf (_("%s, %s, %s"), entities, relations, sources);
}
