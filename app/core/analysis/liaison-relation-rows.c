/* liaison-relation-rows.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-relation-rows"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-graph-query.h"
#include "liaison-relation-rows.h"

struct _LiaisonRelationRow
{
  GObject                 parent_instance;

  LiaisonRelationRowKind  kind;
  LiaisonDirection        direction;
  char                   *title;
  char                   *date;      /* relations, when dated */
  guint                   count;     /* headers */
  guint                   relation;  /* relations */
  guint                   other;     /* relations: the entity at the other end */
};

G_DEFINE_FINAL_TYPE (LiaisonRelationRow, liaison_relation_row, G_TYPE_OBJECT)

static void
liaison_relation_row_finalize (GObject *object)
{
  LiaisonRelationRow *self = (LiaisonRelationRow *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->date, g_free);

  G_OBJECT_CLASS (liaison_relation_row_parent_class)->finalize (object);
}

static void
liaison_relation_row_class_init (LiaisonRelationRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = liaison_relation_row_finalize;
}

static void
liaison_relation_row_init (LiaisonRelationRow *self)
{
}

LiaisonRelationRowKind
liaison_relation_row_get_kind (LiaisonRelationRow *self)
{
  g_return_val_if_fail (LIAISON_IS_RELATION_ROW (self), 0);
  return self->kind;
}

LiaisonDirection
liaison_relation_row_get_direction (LiaisonRelationRow *self)
{
  g_return_val_if_fail (LIAISON_IS_RELATION_ROW (self), 0);
  return self->direction;
}

const char *
liaison_relation_row_get_title (LiaisonRelationRow *self)
{
  g_return_val_if_fail (LIAISON_IS_RELATION_ROW (self), NULL);
  return self->title;
}

/* Returns: (nullable): the relation's date as the dataset gives it, ISO
 * 8601 and perhaps partial ("2019", "2019-05").
 */
const char *
liaison_relation_row_get_date (LiaisonRelationRow *self)
{
  g_return_val_if_fail (LIAISON_IS_RELATION_ROW (self), NULL);
  return self->date;
}

guint
liaison_relation_row_get_count (LiaisonRelationRow *self)
{
  g_return_val_if_fail (LIAISON_IS_RELATION_ROW (self), 0);
  return self->count;
}

guint
liaison_relation_row_get_relation (LiaisonRelationRow *self)
{
  g_return_val_if_fail (LIAISON_IS_RELATION_ROW (self), 0);
  return self->relation;
}

guint
liaison_relation_row_get_other (LiaisonRelationRow *self)
{
  g_return_val_if_fail (LIAISON_IS_RELATION_ROW (self), 0);
  return self->other;
}

/* A position in the flat list: a header (group number) or a relation. */
typedef struct
{
  guint is_header : 1;
  guint value     : 31;
} Entry;

typedef struct
{
  LiaisonDirection direction;
  guint            type;      /* type index, or G_MAXUINT for untyped */
  guint            count;
} Group;

struct _LiaisonRelationRows
{
  GObject         parent_instance;

  LiaisonDataset *dataset;
  guint           entity;
  GArray         *entries;   /* Entry */
  GArray         *groups;    /* Group */
  GPtrArray      *rows;      /* made on demand, NULL until then */
  guint           n_relations;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LiaisonRelationRows, liaison_relation_rows, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
get_item_type (GListModel *model)
{
  return LIAISON_TYPE_RELATION_ROW;
}

static guint
get_n_items (GListModel *model)
{
  return LIAISON_RELATION_ROWS (model)->entries->len;
}

static char *
group_title (LiaisonRelationRows *self,
             const Group         *group)
{
  const char *type = group->type != G_MAXUINT ? liaison_dataset_get_relation_type (self->dataset, group->type)->label
                                              : _("other relations");

  switch (group->direction)
    {
    case LIAISON_DIRECTION_OUTGOING:
      /* TRANSLATORS: a relation type, for relations from the entity */
      return g_strdup_printf (_("%s, outgoing"), type);
    case LIAISON_DIRECTION_INCOMING:
      /* TRANSLATORS: a relation type, for relations to the entity */
      return g_strdup_printf (_("%s, incoming"), type);
    case LIAISON_DIRECTION_UNDIRECTED:
    default:
      return g_strdup (type);
    }
}

static char *
relation_title (LiaisonRelationRows   *self,
                const LiaisonRelation *relation,
                LiaisonDirection       direction,
                guint                  other)
{
  const char *what = liaison_relation_display_label (self->dataset, relation);
  const char *name = liaison_entity_get_label (liaison_dataset_get_entity (self->dataset, other));

  switch (direction)
    {
    case LIAISON_DIRECTION_OUTGOING:
      /* TRANSLATORS: a relation from the entity shown, to another: what
       * the relation says, then the other entity ("founded → Huawei")
       */
      return g_strdup_printf (C_("outgoing relation", "%1$s → %2$s"), what, name);
    case LIAISON_DIRECTION_INCOMING:
      /* TRANSLATORS: a relation from another entity to the one shown: the
       * other entity, then what the relation says ("Ren Zhengfei →
       * founded"); it must not read as if the entity shown did it
       */
      return g_strdup_printf (C_("incoming relation", "%1$s → %2$s"), name, what);
    case LIAISON_DIRECTION_UNDIRECTED:
    default:
      /* TRANSLATORS: an undirected relation: what it says, then the other entity */
      return g_strdup_printf (C_("undirected relation", "%1$s — %2$s"), what, name);
    }
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  LiaisonRelationRows *self = LIAISON_RELATION_ROWS (model);
  LiaisonRelationRow *row;
  Entry entry;

  if (position >= self->entries->len)
    return NULL;

  row = g_ptr_array_index (self->rows, position);
  if (row != NULL)
    return g_object_ref (row);

  entry = g_array_index (self->entries, Entry, position);
  row = g_object_new (LIAISON_TYPE_RELATION_ROW, NULL);

  if (entry.is_header)
    {
      const Group *group = &g_array_index (self->groups, Group, entry.value);

      row->kind = LIAISON_RELATION_ROW_HEADER;
      row->direction = group->direction;
      row->title = group_title (self, group);
      row->count = group->count;
    }
  else
    {
      const LiaisonRelation *relation = liaison_dataset_get_relation (self->dataset, entry.value);

      row->kind = LIAISON_RELATION_ROW_RELATION;
      row->relation = entry.value;
      row->direction = !relation->directed ? LIAISON_DIRECTION_UNDIRECTED
                       : relation->from == self->entity ? LIAISON_DIRECTION_OUTGOING
                       : LIAISON_DIRECTION_INCOMING;
      row->other = relation->from == self->entity ? relation->to : relation->from;
      row->title = relation_title (self, relation, row->direction, row->other);
      row->date = g_strdup (relation->date);
    }

  g_ptr_array_index (self->rows, position) = row;
  return g_object_ref (row);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
liaison_relation_rows_finalize (GObject *object)
{
  LiaisonRelationRows *self = (LiaisonRelationRows *)object;

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_pointer (&self->groups, g_array_unref);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (liaison_relation_rows_parent_class)->finalize (object);
}

static void
liaison_relation_rows_class_init (LiaisonRelationRowsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = liaison_relation_rows_finalize;
}

static void
liaison_relation_rows_init (LiaisonRelationRows *self)
{
  self->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  self->groups = g_array_new (FALSE, FALSE, sizeof (Group));
}

/* Rows are made on demand: most slots stay empty. */
static void
clear_row (gpointer data)
{
  if (data != NULL)
    g_object_unref (data);
}

typedef struct
{
  guint64 key;       /* direction, then type: the group's order */
  guint   relation;
} Sortable;

static int
compare_sortable (gconstpointer a,
                  gconstpointer b)
{
  const Sortable *sa = a, *sb = b;

  if (sa->key != sb->key)
    return sa->key < sb->key ? -1 : 1;
  /* Within a group, the dataset's own order. */
  return (sa->relation > sb->relation) - (sa->relation < sb->relation);
}

typedef struct
{
  LiaisonDataset *dataset;
  GArray         *sortable;
} SortableWalk;

static void
add_sortable_cb (const LiaisonRelation *relation,
                 gboolean               outgoing,
                 guint                  other,
                 gpointer               user_data)
{
  SortableWalk *walk = user_data;
  const LiaisonTypeStyle *type = relation->type != NULL ? liaison_dataset_lookup_relation_type (walk->dataset, relation->type) : NULL;
  LiaisonDirection direction = !relation->directed ? LIAISON_DIRECTION_UNDIRECTED
                               : outgoing ? LIAISON_DIRECTION_OUTGOING : LIAISON_DIRECTION_INCOMING;
  Sortable item = { ((guint64) direction << 32) | (type != NULL ? type->index : G_MAXUINT), relation->index };

  g_array_append_val (walk->sortable, item);
}

LiaisonRelationRows *
liaison_relation_rows_new (LiaisonDataset *dataset,
                           guint           entity_index)
{
  LiaisonRelationRows *self;
  g_autoptr(GArray) sortable = NULL;
  guint64 current_key = G_MAXUINT64;

  g_return_val_if_fail (LIAISON_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (entity_index < liaison_dataset_get_n_entities (dataset), NULL);

  self = g_object_new (LIAISON_TYPE_RELATION_ROWS, NULL);
  self->dataset = g_object_ref (dataset);
  self->entity = entity_index;

  sortable = g_array_new (FALSE, FALSE, sizeof (Sortable));
  liaison_graph_query_foreach_relation (dataset, entity_index, add_sortable_cb, &(SortableWalk) { dataset, sortable });

  g_array_sort (sortable, compare_sortable);

  for (guint i = 0; i < sortable->len; i++)
    {
      const Sortable *item = &g_array_index (sortable, Sortable, i);
      Entry entry;

      if (item->key != current_key)
        {
          Group group = { item->key >> 32, (guint) (item->key & 0xffffffff), 0 };

          entry.is_header = TRUE;
          entry.value = self->groups->len;
          g_array_append_val (self->entries, entry);
          g_array_append_val (self->groups, group);
          current_key = item->key;
        }

      g_array_index (self->groups, Group, self->groups->len - 1).count++;
      entry.is_header = FALSE;
      entry.value = item->relation;
      g_array_append_val (self->entries, entry);
    }

  self->n_relations = sortable->len;
  self->rows = g_ptr_array_new_full (self->entries->len, clear_row);
  g_ptr_array_set_size (self->rows, self->entries->len);

  return self;
}

guint
liaison_relation_rows_get_n_relations (LiaisonRelationRows *self)
{
  g_return_val_if_fail (LIAISON_IS_RELATION_ROWS (self), 0);

  return self->n_relations;
}
