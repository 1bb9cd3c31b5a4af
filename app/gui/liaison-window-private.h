/* liaison-window-private.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "liaison-dataset-loader.h"
#include "liaison-details-pane.h"
#include "liaison-graph-view.h"
#include "liaison-hidden-matches.h"
#include "liaison-layout-engine.h"
#include "liaison-legend.h"
#include "liaison-position-memory.h"
#include "liaison-search-bar.h"
#include "liaison-view-history.h"
#include "liaison-view-state.h"
#include "liaison-window.h"

G_BEGIN_DECLS

struct _LiaisonWindow
{
  AdwApplicationWindow  parent_instance;

  /* template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  AdwSplitButton       *open_button;
  GtkDropDown          *engine_dropdown;
  GtkMenuButton        *primary_menu_button;
  LiaisonLegend        *legend;
  LiaisonSearchBar     *search_bar;
  GtkStack             *sidebar_stack;
  GtkListView          *entity_list;
  LiaisonDetailsPane   *details_pane;
  GtkStack             *content_stack;
  LiaisonGraphView     *graph_view;
  AdwStatusPage        *no_layout_page;
  GtkRevealer          *progress_revealer;
  GtkProgressBar       *progress_bar;
  GtkLabel             *progress_label;
  GtkLabel             *zoom_label;
  GtkRevealer          *explore_revealer;

  /* borrowed */
  GSettings            *settings;

  /* owned */
  LiaisonDataset       *dataset;
  LiaisonViewState     *state;
  LiaisonViewHistory   *history;        /* undo and redo of what is shown */
  GFile                *file;
  GFile                *nodes_file;     /* a CSV edge list's node table, or NULL */
  GCancellable         *load_cancellable;
  LiaisonDatasetLoader *loader;
  GCancellable         *layout_cancellable;
  GCancellable         *export_cancellable;  /* the last export: its layout, then its writing */
  LiaisonScene         *whole_scene;   /* the last layout with nothing hidden */
  LiaisonPositionMemory *positions;    /* where entities were last drawn, and pins */
  GtkFilterListModel   *filter_model;
  GtkCustomFilter      *filter;
  GMenu                *recent_menu;
  char                 *status_message;
  char                 *listed_search;  /* the search the entity list last followed */
  char                 *error_title;
  char                 *error_details;
  guint                 progress_timeout;
  guint                 pulse_source;
  gboolean              export_laying_out;
  int                   engine;         /* an investigation's engine for this window, or -1: the preference */
  GtkWidget            *graph_menu;     /* the graph's context menu, a child of the view */
  GtkWidget            *list_menu;      /* the entity list's, a child of the list */
};

/* liaison-window.c */
void      liaison_window_set_dataset        (LiaisonWindow  *self,
                                             LiaisonDataset *dataset,
                                             GFile          *file);
void      liaison_window_set_status_message (LiaisonWindow  *self,
                                             const char     *message);
AdwToast *liaison_window_new_toast          (const char     *message) G_GNUC_WARN_UNUSED_RESULT;
void      liaison_window_show_toast         (LiaisonWindow  *self,
                                             AdwToast       *toast);
void      liaison_window_start_progress     (LiaisonWindow  *self,
                                             const char     *message,
                                             gboolean        pulse);
void      liaison_window_stop_progress      (LiaisonWindow  *self);
void      liaison_window_notify_loading     (LiaisonWindow  *self);
void      liaison_window_relayout           (LiaisonWindow  *self);
void      liaison_window_relayout_afresh    (LiaisonWindow  *self);
LiaisonLayoutEngine liaison_window_get_engine (LiaisonWindow *self);
void      liaison_window_set_engine         (LiaisonWindow  *self,
                                             const char     *engine);

/* liaison-window-positions.c */
void      liaison_window_positions_dataset  (LiaisonWindow  *self);
void      liaison_window_append_pin_item    (LiaisonWindow  *self,
                                             GMenu          *section,
                                             guint           entity);
void      liaison_window_init_positions     (LiaisonWindow  *self);
void      liaison_window_install_positions_actions (GtkWidgetClass *widget_class);
guint     liaison_window_get_layout_timeout (LiaisonWindow  *self);
void      liaison_window_cancel             (LiaisonWindow  *self);
gboolean  liaison_window_cancel_opening     (LiaisonWindow  *self);

/* liaison-window-actions.c */
void      liaison_window_install_actions    (GtkWidgetClass *widget_class);
void      liaison_window_update_actions     (LiaisonWindow  *self);

/* liaison-window-explore.c */
void      liaison_window_install_explore_actions (GtkWidgetClass *widget_class);
void      liaison_window_init_explore       (LiaisonWindow  *self);
void      liaison_window_explore_state      (LiaisonWindow  *self);
void      liaison_window_update_explore     (LiaisonWindow  *self);
void      liaison_window_dispose_explore    (LiaisonWindow  *self);

/* liaison-window-investigation.c */
typedef struct _LiaisonRestore LiaisonRestore;

void      liaison_restore_free              (LiaisonRestore *restore);
void      liaison_window_install_investigation_actions (GtkWidgetClass *widget_class);
void      liaison_window_open_investigation (LiaisonWindow  *self,
                                             GFile          *file);
void      liaison_window_investigation_loaded (LiaisonWindow  *self,
                                             LiaisonRestore *restore);
void      liaison_window_stop_investigation (LiaisonWindow *self);
gboolean  liaison_window_is_reading_investigation (LiaisonWindow *self);
gboolean  liaison_window_cancel_investigation (LiaisonWindow *self);
void      liaison_window_dispose_investigation (LiaisonWindow *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonRestore, liaison_restore_free)

/* liaison-window-open.c */
void      liaison_window_init_opening       (LiaisonWindow  *self);
void      liaison_window_open_for_restore   (LiaisonWindow  *self,
                                             GFile          *dataset,
                                             GFile          *nodes,
                                             LiaisonRestore *restore);
void      liaison_window_open_files         (LiaisonWindow  *self,
                                             GListModel     *files);

G_END_DECLS
