/* liaison-details-pane.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-details"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "liaison-details-pane.h"
#include "liaison-graph-query.h"
#include "liaison-display-text.h"
#include "liaison-note-editor.h"
#include "liaison-relation-rows.h"
#include "liaison-style.h"
#include "liaison-swatch.h"

struct _LiaisonDetailsPane
{
  GtkWidget          parent_instance;

  /* template widgets */
  GtkWidget         *box;
  GtkLabel          *heading;
  GtkStack          *stack;
  GtkListView       *entity_view;
  GtkScrolledWindow *relation_scroller;
  GtkWidget         *note_separator;
  LiaisonNoteEditor *note_editor;

  /* owned */
  LiaisonViewState  *state;
  GListStore        *sections;     /* the entity, then its relation rows */
  GtkFlattenListModel *rows;
};

enum {
  NAVIGATE,
  N_SIGNALS
};

enum {
  PROP_0,
  PROP_STATE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (LiaisonDetailsPane, liaison_details_pane, GTK_TYPE_WIDGET)

static guint signals[N_SIGNALS];
static GParamSpec *properties[N_PROPS];

static LiaisonDataset *
get_dataset (LiaisonDetailsPane *self)
{
  return self->state != NULL ? liaison_view_state_get_dataset (self->state) : NULL;
}

static void
navigate (LiaisonDetailsPane *self,
          LiaisonElementKind  kind,
          guint               index)
{
  liaison_view_state_select (self->state, kind, index);
  g_signal_emit (self, signals[NAVIGATE], 0, kind, index);
}

static GtkWidget *
make_label (const char *text,
            const char *css_class)
{
  g_autofree char *shown = liaison_display_text (text);
  GtkWidget *label = gtk_label_new (shown);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static GtkWidget *
make_heading (const char *text)
{
  GtkWidget *label = make_label (text, "heading");

  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  gtk_widget_set_margin_top (label, 12);
  return label;
}

static gboolean
activate_link_cb (GtkLinkButton *button,
                  gpointer       user_data)
{
  const char *uri = gtk_link_button_get_uri (button);
  g_autoptr(GUri) parsed = g_uri_parse (uri, G_URI_FLAGS_NONE, NULL);
  const char *scheme = parsed != NULL ? g_uri_get_scheme (parsed) : NULL;

  /* The loader accepts only http and https; this is the last gate. */
  if (scheme == NULL || (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0))
    return TRUE;

  gtk_show_uri (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (button))), uri, GDK_CURRENT_TIME);
  return TRUE;
}

static char *
describe_source (const LiaisonSource *source)
{
  GPtrArray *parts = g_ptr_array_new ();
  char *text;

  if (source->publisher != NULL)
    g_ptr_array_add (parts, (gpointer) source->publisher);
  if (source->author != NULL)
    g_ptr_array_add (parts, (gpointer) source->author);
  if (source->date != NULL)
    g_ptr_array_add (parts, (gpointer) source->date);
  g_ptr_array_add (parts, NULL);

  /* TRANSLATORS: separates publisher, author and date */
  text = g_strjoinv (_(" · "), (char **) parts->pdata);
  g_ptr_array_free (parts, TRUE);

  return text;
}

static GtkWidget *
make_evidence (LiaisonDataset        *dataset,
               const LiaisonEvidence *evidence)
{
  const LiaisonSource *source = liaison_dataset_lookup_source (dataset, evidence->source);
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autofree char *byline = NULL;

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "evidence");

  if (evidence->quote != NULL)
    {
      /* TRANSLATORS: a quotation from a source */
      g_autofree char *quoted = g_strdup_printf (_("“%s”"), evidence->quote);

      gtk_box_append (GTK_BOX (card), make_label (quoted, "evidence-quote"));
    }

  if (source != NULL)
    {
      gtk_box_append (GTK_BOX (card), make_label (source->title != NULL ? source->title : source->id,
                                                  "evidence-source"));
      byline = describe_source (source);
      if (byline[0] != '\0')
        gtk_box_append (GTK_BOX (card), make_label (byline, "dim-label"));
      /* Without a title, the description says what the source is; it
       * repeats on every card citing it, so three lines, and the rest on
       * hover.
       */
      if (source->description != NULL && source->title == NULL)
        {
          GtkWidget *description = make_label (source->description, "dim-label");

          gtk_label_set_lines (GTK_LABEL (description), 3);
          gtk_label_set_ellipsize (GTK_LABEL (description), PANGO_ELLIPSIZE_END);
          gtk_widget_set_tooltip_text (description, source->description);
          gtk_box_append (GTK_BOX (card), description);
        }

      if (source->url != NULL)
        {
          GtkWidget *link = gtk_link_button_new_with_label (source->url, _("Open the Source"));

          gtk_widget_set_halign (link, GTK_ALIGN_START);
          gtk_widget_set_tooltip_text (link, source->url);
          g_signal_connect (link, "activate-link", G_CALLBACK (activate_link_cb), NULL);
          gtk_box_append (GTK_BOX (card), link);
        }
    }

  return card;
}

static void
append_evidence (GtkBox                *box,
                 LiaisonDataset        *dataset,
                 const LiaisonEvidence *evidence,
                 guint                  n_evidence)
{
  if (n_evidence == 0)
    return;

  gtk_box_append (box, make_heading (ngettext ("Evidence", "Evidence", n_evidence)));
  for (guint i = 0; i < n_evidence; i++)
    gtk_box_append (box, make_evidence (dataset, &evidence[i]));
}

static void
append_attributes (GtkBox                 *box,
                   const LiaisonAttribute *attributes,
                   guint                   n_attributes)
{
  GtkWidget *grid;

  if (n_attributes == 0)
    return;

  gtk_box_append (box, make_heading (_("Attributes")));
  grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);

  for (guint i = 0; i < n_attributes; i++)
    {
      g_autofree char *value = liaison_attribute_dup_display (&attributes[i]);
      GtkWidget *key = make_label (attributes[i].key, "dim-label");
      GtkWidget *shown = make_label (value, NULL);

      gtk_widget_set_valign (key, GTK_ALIGN_START);
      gtk_widget_set_hexpand (shown, TRUE);
      gtk_grid_attach (GTK_GRID (grid), key, 0, i, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), shown, 1, i, 1, 1);
    }

  gtk_box_append (box, grid);
}

static GtkWidget *
make_type_line (LiaisonDataset         *dataset,
                const LiaisonTypeStyle *type,
                gboolean                is_entity)
{
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);

  if (is_entity)
    {
      LiaisonEntityLook look;

      liaison_style_get_entity_look (dataset, type, &look);
      gtk_box_append (GTK_BOX (line), liaison_swatch_new_entity (&look));
    }
  else
    {
      char color[10];

      liaison_style_get_relation_color (type, color);
      gtk_box_append (GTK_BOX (line), liaison_swatch_new_line (color, type != NULL ? type->line_style : NULL));
    }
  gtk_box_append (GTK_BOX (line), make_label (type != NULL ? type->label : _("No type"), "dim-label"));

  return line;
}

/* The top of an entity's page: everything but its relations. */
static GtkWidget *
make_entity_summary (LiaisonDetailsPane *self,
                     LiaisonEntity      *entity)
{
  LiaisonDataset *dataset = get_dataset (self);
  const char *type_id = liaison_entity_get_entity_type (entity);
  const char * const *aliases = liaison_entity_get_aliases (entity);
  const LiaisonEvidence *evidence;
  const LiaisonAttribute *attributes;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  guint n_evidence, n_attributes;

  gtk_widget_add_css_class (box, "details-summary");
  gtk_box_append (GTK_BOX (box), make_label (liaison_entity_get_label (entity), "title-2"));
  gtk_box_append (GTK_BOX (box), make_type_line (dataset, type_id != NULL ? liaison_dataset_lookup_entity_type (dataset, type_id) : NULL, TRUE));

  if (aliases[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (_(", "), (char **) aliases);
      /* TRANSLATORS: followed by the other names of an entity */
      g_autofree char *text = g_strdup_printf (_("Also known as %s"), joined);

      gtk_box_append (GTK_BOX (box), make_label (text, NULL));
    }

  if (liaison_entity_get_description (entity) != NULL)
    gtk_box_append (GTK_BOX (box), make_label (liaison_entity_get_description (entity), NULL));

  attributes = liaison_entity_get_attributes (entity, &n_attributes);
  append_attributes (GTK_BOX (box), attributes, n_attributes);

  evidence = liaison_entity_get_evidence (entity, &n_evidence);
  append_evidence (GTK_BOX (box), dataset, evidence, n_evidence);

  {
    guint n = liaison_graph_query_n_relations (dataset, liaison_entity_get_index (entity));
    g_autofree char *text = g_strdup_printf (ngettext ("%u Relation", "%u Relations", n), n);

    gtk_box_append (GTK_BOX (box), make_heading (text));
  }

  return box;
}

static void
evidence_clicked_cb (GtkButton          *button,
                     LiaisonDetailsPane *self)
{
  guint relation = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "relation"));

  navigate (self, LIAISON_ELEMENT_RELATION, relation);
}

static GtkWidget *
make_relation_row (LiaisonDetailsPane *self,
                   LiaisonRelationRow *row)
{
  LiaisonDataset *dataset = get_dataset (self);
  const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, liaison_relation_row_get_relation (row));
  LiaisonEntity *other = liaison_dataset_get_entity (dataset, liaison_relation_row_get_other (row));
  const char *what = liaison_relation_display_label (dataset, relation);
  const char *date = liaison_relation_row_get_date (row);
  LiaisonDirection direction = liaison_relation_row_get_direction (row);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *button, *label;
  g_autofree char *description = NULL;

  /* The title reads in the relation's direction, arrow included. */
  label = make_label (liaison_relation_row_get_title (row), "relation-title");
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  gtk_box_append (GTK_BOX (text), label);
  if (date != NULL)
    {
      label = make_label (date, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "relation-date");
      gtk_label_set_selectable (GTK_LABEL (label), FALSE);
      gtk_box_append (GTK_BOX (text), label);
    }
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (line), text);

  button = gtk_button_new_from_icon_name ("dialog-information-symbolic");
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Show the Relation and Its Evidence"));
  /* An icon alone says nothing to a screen reader. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Show the Relation and Its Evidence"), -1);
  g_object_set_data (G_OBJECT (button), "relation", GUINT_TO_POINTER (relation->index));
  g_signal_connect (button, "clicked", G_CALLBACK (evidence_clicked_cb), self);
  gtk_box_append (GTK_BOX (line), button);

  /* TRANSLATORS: for screen readers: what the relation says, then the other entity */
  description = g_strdup_printf (direction == LIAISON_DIRECTION_INCOMING ? _("%s, from %s") : _("%s, to %s"),
                                 what, liaison_entity_get_label (other));
  if (date != NULL)
    {
      /* TRANSLATORS: for screen readers: a relation as above, then its date */
      char *dated = g_strdup_printf (_("%s, dated %s"), description, date);

      g_free (description);
      description = dated;
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (line), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);

  return line;
}

static GtkWidget *
make_group_header (LiaisonRelationRow *row)
{
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *count = g_strdup_printf ("%u", liaison_relation_row_get_count (row));
  GtkWidget *title = make_label (liaison_relation_row_get_title (row), "heading");
  GtkWidget *number = make_label (count, "dim-label");

  gtk_label_set_selectable (GTK_LABEL (title), FALSE);
  gtk_label_set_selectable (GTK_LABEL (number), FALSE);
  /* A number split over lines reads as two; the title wraps instead. A
   * label that does not wrap asks for its whole width, so the pane is
   * never narrower than the longest count.
   */
  gtk_label_set_wrap (GTK_LABEL (number), FALSE);
  gtk_widget_add_css_class (number, "numeric");
  gtk_widget_add_css_class (number, "relation-count");
  gtk_widget_set_valign (number, GTK_ALIGN_BASELINE);
  gtk_widget_set_valign (title, GTK_ALIGN_BASELINE);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (line), title);
  gtk_box_append (GTK_BOX (line), number);
  gtk_widget_add_css_class (line, "relation-group");

  return line;
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             LiaisonDetailsPane       *self)
{
  GObject *object = gtk_list_item_get_item (item);

  /* Rows of three kinds share one list; each gets the child it needs. */
  if (LIAISON_IS_ENTITY (object))
    {
      gtk_list_item_set_child (item, make_entity_summary (self, LIAISON_ENTITY (object)));
      gtk_list_item_set_activatable (item, FALSE);
      gtk_list_item_set_selectable (item, FALSE);
    }
  else if (liaison_relation_row_get_kind (LIAISON_RELATION_ROW (object)) == LIAISON_RELATION_ROW_HEADER)
    {
      gtk_list_item_set_child (item, make_group_header (LIAISON_RELATION_ROW (object)));
      gtk_list_item_set_activatable (item, FALSE);
      gtk_list_item_set_selectable (item, FALSE);
    }
  else
    {
      gtk_list_item_set_child (item, make_relation_row (self, LIAISON_RELATION_ROW (object)));
      gtk_list_item_set_activatable (item, TRUE);
      gtk_list_item_set_selectable (item, TRUE);
    }
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               LiaisonDetailsPane       *self)
{
  gtk_list_item_set_child (item, NULL);
}

static void
row_activated_cb (LiaisonDetailsPane *self,
                  guint               position,
                  GtkListView        *view)
{
  g_autoptr(GObject) object = g_list_model_get_item (G_LIST_MODEL (self->rows), position);

  /* A relation's row leads on to the entity at its other end. */
  if (LIAISON_IS_RELATION_ROW (object) &&
      liaison_relation_row_get_kind (LIAISON_RELATION_ROW (object)) == LIAISON_RELATION_ROW_RELATION)
    navigate (self, LIAISON_ELEMENT_ENTITY, liaison_relation_row_get_other (LIAISON_RELATION_ROW (object)));
}

static void
entity_button_clicked_cb (GtkButton          *button,
                          LiaisonDetailsPane *self)
{
  navigate (self, LIAISON_ELEMENT_ENTITY, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "entity")));
}

static GtkWidget *
make_entity_button (LiaisonDetailsPane *self,
                    LiaisonEntity      *entity)
{
  g_autofree char *shown = liaison_display_text (liaison_entity_get_label (entity));
  GtkWidget *button = gtk_button_new ();
  GtkWidget *label = gtk_label_new (shown);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_widget_set_halign (button, GTK_ALIGN_FILL);
  g_object_set_data (G_OBJECT (button), "entity", GUINT_TO_POINTER (liaison_entity_get_index (entity)));
  g_signal_connect (button, "clicked", G_CALLBACK (entity_button_clicked_cb), self);

  return button;
}

static void
show_relation (LiaisonDetailsPane *self,
               guint               index)
{
  LiaisonDataset *dataset = get_dataset (self);
  const LiaisonRelation *relation = liaison_dataset_get_relation (dataset, index);
  const LiaisonTypeStyle *type = relation->type != NULL ? liaison_dataset_lookup_relation_type (dataset, relation->type) : NULL;
  const char *what = liaison_relation_display_label (dataset, relation);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *arrow;

  gtk_widget_add_css_class (box, "details-summary");
  gtk_box_append (GTK_BOX (box), make_label (what[0] != '\0' ? what : _("Relation"), "title-2"));
  gtk_box_append (GTK_BOX (box), make_type_line (dataset, type, FALSE));

  gtk_box_append (GTK_BOX (box), make_entity_button (self, liaison_dataset_get_entity (dataset, relation->from)));
  arrow = gtk_image_new_from_icon_name (relation->directed ? "go-down-symbolic" : "list-remove-symbolic");
  gtk_widget_add_css_class (arrow, "dim-label");
  gtk_accessible_update_property (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  relation->directed ? _("to") : _("and"), -1);
  gtk_box_append (GTK_BOX (box), arrow);
  gtk_box_append (GTK_BOX (box), make_entity_button (self, liaison_dataset_get_entity (dataset, relation->to)));

  if (relation->date != NULL)
    {
      /* TRANSLATORS: the date of a relation, ISO 8601 */
      g_autofree char *text = g_strdup_printf (_("Date: %s"), relation->date);

      gtk_box_append (GTK_BOX (box), make_label (text, NULL));
    }

  if (relation->description != NULL)
    gtk_box_append (GTK_BOX (box), make_label (relation->description, NULL));

  append_attributes (GTK_BOX (box), relation->attributes, relation->n_attributes);
  append_evidence (GTK_BOX (box), dataset, relation->evidence, relation->n_evidence);
  if (relation->n_evidence == 0)
    gtk_box_append (GTK_BOX (box), make_label (_("The dataset gives no evidence for this relation."), "dim-label"));

  {
    /* TRANSLATORS: the relation's id in the dataset */
    g_autofree char *id = g_strdup_printf (_("Id: %s"), relation->id);

    gtk_box_append (GTK_BOX (box), make_label (id, "dim-label"));
  }

  gtk_scrolled_window_set_child (self->relation_scroller, box);
  gtk_label_set_label (self->heading, _("Relation"));
  gtk_stack_set_visible_child_name (self->stack, "relation");
}

static void
show_entity (LiaisonDetailsPane *self,
             guint               index)
{
  LiaisonDataset *dataset = get_dataset (self);
  LiaisonEntity *entity = liaison_dataset_get_entity (dataset, index);
  g_autoptr(GListStore) head = g_list_store_new (LIAISON_TYPE_ENTITY);
  g_autoptr(LiaisonRelationRows) relations = liaison_relation_rows_new (dataset, index);

  g_list_store_append (head, entity);
  g_list_store_remove_all (self->sections);
  g_list_store_append (self->sections, head);
  g_list_store_append (self->sections, relations);

  gtk_label_set_label (self->heading, _("Entity"));
  gtk_stack_set_visible_child_name (self->stack, "entity");
  gtk_scrolled_window_set_child (self->relation_scroller, NULL);
}

/* The note goes with the selected element's id: a relation the dataset
 * gives no id has nowhere to keep one.
 */
static void
show_note (LiaisonDetailsPane *self,
           LiaisonElementKind  kind,
           const char         *id)
{
  gboolean visible = id != NULL;

  liaison_note_editor_set_target (self->note_editor,
                                  visible ? liaison_view_state_get_notes (self->state) : NULL,
                                  kind, id);
  gtk_widget_set_visible (GTK_WIDGET (self->note_editor), visible);
  gtk_widget_set_visible (self->note_separator, visible);
  /* The two pages pad their content differently; the note lines up with
   * the page above it.
   */
  if (kind == LIAISON_ELEMENT_RELATION)
    gtk_widget_add_css_class (GTK_WIDGET (self->note_editor), "relation");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->note_editor), "relation");
}

static void
selection_changed_cb (LiaisonDetailsPane *self)
{
  LiaisonDataset *dataset = get_dataset (self);
  LiaisonElementKind kind;
  guint index;

  if (self->state == NULL || !liaison_view_state_get_selection (self->state, &kind, &index))
    {
      g_list_store_remove_all (self->sections);
      gtk_scrolled_window_set_child (self->relation_scroller, NULL);
      show_note (self, LIAISON_ELEMENT_ENTITY, NULL);
      return;
    }

  if (kind == LIAISON_ELEMENT_ENTITY)
    {
      show_entity (self, index);
      show_note (self, kind, liaison_entity_get_id (liaison_dataset_get_entity (dataset, index)));
    }
  else
    {
      show_relation (self, index);
      show_note (self, kind, liaison_dataset_get_relation (dataset, index)->id);
    }
}

static void
back_clicked_cb (LiaisonDetailsPane *self)
{
  if (self->state != NULL)
    liaison_view_state_clear_selection (self->state);
}

static void
liaison_details_pane_dispose (GObject *object)
{
  LiaisonDetailsPane *self = (LiaisonDetailsPane *)object;

  liaison_details_pane_set_state (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LIAISON_TYPE_DETAILS_PANE);
  g_clear_object (&self->rows);
  g_clear_object (&self->sections);

  G_OBJECT_CLASS (liaison_details_pane_parent_class)->dispose (object);
}

static void
liaison_details_pane_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LiaisonDetailsPane *self = LIAISON_DETAILS_PANE (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_object (value, liaison_details_pane_get_state (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_details_pane_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  LiaisonDetailsPane *self = LIAISON_DETAILS_PANE (object);

  switch (prop_id)
    {
    case PROP_STATE:
      liaison_details_pane_set_state (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_details_pane_class_init (LiaisonDetailsPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liaison_details_pane_dispose;
  object_class->get_property = liaison_details_pane_get_property;
  object_class->set_property = liaison_details_pane_set_property;

  properties[PROP_STATE] =
    g_param_spec_object ("state", NULL, NULL, LIAISON_TYPE_VIEW_STATE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The view should bring what was chosen here into sight. */
  signals[NAVIGATE] =
    g_signal_new ("navigate",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_UINT);

  g_type_ensure (LIAISON_TYPE_NOTE_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/liaison-details-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, LiaisonDetailsPane, box);
  gtk_widget_class_bind_template_child (widget_class, LiaisonDetailsPane, heading);
  gtk_widget_class_bind_template_child (widget_class, LiaisonDetailsPane, stack);
  gtk_widget_class_bind_template_child (widget_class, LiaisonDetailsPane, entity_view);
  gtk_widget_class_bind_template_child (widget_class, LiaisonDetailsPane, relation_scroller);
  gtk_widget_class_bind_template_child (widget_class, LiaisonDetailsPane, note_separator);
  gtk_widget_class_bind_template_child (widget_class, LiaisonDetailsPane, note_editor);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
liaison_details_pane_init (LiaisonDetailsPane *self)
{
  GtkListItemFactory *factory;
  GtkNoSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->sections = g_list_store_new (G_TYPE_LIST_MODEL);
  self->rows = gtk_flatten_list_model_new (g_object_ref (G_LIST_MODEL (self->sections)));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
  gtk_list_view_set_factory (self->entity_view, factory);
  g_object_unref (factory);

  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  gtk_list_view_set_model (self->entity_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
}

GtkWidget *
liaison_details_pane_new (void)
{
  return g_object_new (LIAISON_TYPE_DETAILS_PANE, NULL);
}

LiaisonViewState *
liaison_details_pane_get_state (LiaisonDetailsPane *self)
{
  g_return_val_if_fail (LIAISON_IS_DETAILS_PANE (self), NULL);

  return self->state;
}

void
liaison_details_pane_set_state (LiaisonDetailsPane *self,
                                LiaisonViewState   *state)
{
  g_return_if_fail (LIAISON_IS_DETAILS_PANE (self));
  g_return_if_fail (!state || LIAISON_IS_VIEW_STATE (state));

  if (self->state == state)
    return;

  if (self->state != NULL)
    g_signal_handlers_disconnect_by_func (self->state, selection_changed_cb, self);
  /* What was being written goes into the old state's notes, which a
   * reload then carries over.
   */
  if (self->note_editor != NULL)
    liaison_note_editor_set_target (self->note_editor, NULL, LIAISON_ELEMENT_ENTITY, NULL);

  g_set_object (&self->state, state);

  if (state != NULL)
    g_signal_connect_object (state, "selection-changed", G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);

  if (self->sections != NULL)
    selection_changed_cb (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

/* The note editor, for tests. */
LiaisonNoteEditor *
liaison_details_pane_get_note_editor (LiaisonDetailsPane *self)
{
  g_return_val_if_fail (LIAISON_IS_DETAILS_PANE (self), NULL);

  return self->note_editor;
}

/* The entity page's rows, for tests: the entity, then headers and relations. */
GListModel *
liaison_details_pane_get_rows (LiaisonDetailsPane *self)
{
  g_return_val_if_fail (LIAISON_IS_DETAILS_PANE (self), NULL);

  return G_LIST_MODEL (self->rows);
}
