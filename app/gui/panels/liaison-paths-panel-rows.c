/* liaison-paths-panel-rows.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How the paths panel lists a path: its chain, "A —label→ B ←label— C",
 * then each link with its date and what backs it, quotes and sources,
 * each link a button that selects its relation.
 */

#define G_LOG_DOMAIN "liaison-paths-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-display-text.h"
#include "liaison-graph-query.h"
#include "liaison-paths-panel-private.h"
#include "liaison-shortest-paths.h"

/* A link shows this many of its pieces of evidence; the rest are counted. */
#define MAX_EVIDENCE_PER_LINK 2

GtkWidget *
_liaison_paths_panel_new_label (const char *text,
                                const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* Under a link: its date, then each piece of evidence as its quote
 * and, below it, the source and the source's date.
 */
static void
add_link_evidence (GtkBox                *box,
                   LiaisonDataset        *dataset,
                   const LiaisonRelation *relation)
{
  guint shown = MIN (relation->n_evidence, MAX_EVIDENCE_PER_LINK);

  if (relation->date != NULL)
    {
      /* TRANSLATORS: when a relation held, e.g. "Dated 2018-12" */
      g_autofree char *text = g_strdup_printf (_("Dated %s"), relation->date);

      gtk_box_append (box, _liaison_paths_panel_new_label (text, "path-link-date"));
    }

  for (guint i = 0; i < shown; i++)
    {
      const LiaisonEvidence *evidence = &relation->evidence[i];
      const LiaisonSource *source = liaison_dataset_lookup_source (dataset, evidence->source);
      const char *name = source != NULL && source->title != NULL       ? source->title
                         : source != NULL && source->publisher != NULL ? source->publisher
                                                                       : evidence->source;
      g_autofree char *shown_name = liaison_display_text (name);
      g_autofree char *byline = NULL;

      if (evidence->quote != NULL)
        {
          g_autofree char *quote = liaison_display_text (evidence->quote);
          /* TRANSLATORS: a quotation from a source */
          g_autofree char *text = g_strdup_printf (_("“%s”"), quote);

          gtk_box_append (box, _liaison_paths_panel_new_label (text, "path-link-quote"));
        }

      if (source != NULL && source->date != NULL)
        /* TRANSLATORS: a source and its date */
        byline = g_strdup_printf (_("%s, %s"), shown_name, source->date);
      else
        byline = g_strdup (shown_name);
      gtk_box_append (box, _liaison_paths_panel_new_label (byline, "path-link-source"));
    }

  if (relation->n_evidence > shown)
    {
      guint more = relation->n_evidence - shown;
      g_autofree char *text = g_strdup_printf (ngettext ("and %u more source", "and %u more sources", more), more);

      gtk_box_append (box, _liaison_paths_panel_new_label (text, "path-link-source"));
    }
  else if (relation->n_evidence == 0)
    gtk_box_append (box, _liaison_paths_panel_new_label (_("No source given"), "path-link-source"));
}

/* A link can be clicked to select its relation: the details pane then
 * shows all of its evidence, and the graph where it is.
 */
static GtkWidget *
new_link_button (LiaisonDataset *dataset,
                 guint           relation,
                 GtkWidget      *child,
                 GCallback       link_clicked,
                 gpointer        user_data)
{
  GtkWidget *button = gtk_button_new ();
  g_autofree char *title = liaison_relation_dup_title (dataset, liaison_dataset_get_relation (dataset, relation));

  gtk_button_set_child (GTK_BUTTON (button), child);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "path-link-button");
  gtk_widget_set_tooltip_text (button, _("Select this relation"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_object_set_data (G_OBJECT (button), "relation", GUINT_TO_POINTER (relation));
  g_signal_connect_object (button, "clicked", link_clicked, user_data, 0);
  return button;
}

/* One path: its chain, then each link with what backs it; clicking a
 * link calls @link_clicked on its button, whose "relation" data is the
 * relation's index, with @user_data, an object.
 */
GtkWidget *
_liaison_paths_panel_new_path_row (LiaisonDataset *dataset,
                                   GArray         *path,
                                   const char     *chain,
                                   GCallback       link_clicked,
                                   gpointer        user_data)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  gtk_box_append (GTK_BOX (box), _liaison_paths_panel_new_label (chain, "path-chain"));

  for (guint i = 1; i < path->len; i++)
    {
      const LiaisonPathStep *step = &g_array_index (path, LiaisonPathStep, i);
      LiaisonPathStep pair[2] = { g_array_index (path, LiaisonPathStep, i - 1), *step };
      g_autoptr(GArray) link = g_array_new (FALSE, FALSE, sizeof (LiaisonPathStep));
      g_autofree char *link_text = NULL;
      GtkWidget *link_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

      /* Only a path of one link shows it twice: its chain is the link. */
      if (path->len > 2)
        {
          g_array_append_vals (link, pair, 2);
          link_text = liaison_path_dup_text (dataset, link);
          gtk_box_append (GTK_BOX (link_box), _liaison_paths_panel_new_label (link_text, "path-link"));
        }
      add_link_evidence (GTK_BOX (link_box), dataset, liaison_dataset_get_relation (dataset, step->relation));
      gtk_widget_add_css_class (link_box, "path-link-box");
      gtk_box_append (GTK_BOX (box), new_link_button (dataset, step->relation, link_box, link_clicked, user_data));
    }

  gtk_widget_add_css_class (box, "path-row");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, chain, -1);
  return row;
}
