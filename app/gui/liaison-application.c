/* liaison-application.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-application"

#include "config.h"

#include <gio/gunixoutputstream.h>
#include <glib/gi18n.h>
#include <unistd.h>

#include "liaison-application.h"
#include "liaison-resources.h"
#include "liaison-commands.h"
#include "liaison-layout.h"
#include "liaison-preferences-window.h"
#include "liaison-window.h"

typedef struct
{
  guint64 max_file_size;    /* bytes */
  guint   layout_timeout;   /* seconds */
} CommandLineLimits;

struct _LiaisonApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  /* From the command line; 0 means "use the preference". */
  CommandLineLimits limits;
  /* This instance's own, while files from another instance open. */
  CommandLineLimits own_limits;
  /* --nodes, while a command runs: borrowed from the options. */
  const char       *nodes;
  /* --lenient, for a command. */
  gboolean          lenient;
};

G_DEFINE_FINAL_TYPE (LiaisonApplication, liaison_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "check", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check that each FILE is a valid dataset, without opening a window"), NULL },
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Lay FILE out and export it to OUT, without opening a window"), N_("OUT") },
  { "metrics", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the centrality, community and component of every entity in FILE to OUT as CSV"), N_("OUT") },
  { "format", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Export as svg, png, pdf, dot, json, graphml, gexf or csv (default: from OUT’s extension)"), N_("FORMAT") },
  { "lenient", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --check, --export or --metrics: leave out what has a problem and use the rest"), NULL },
  { "nodes", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("With --check or --export: the node table of the CSV edge list FILE"), N_("NODES.csv") },
  { "layout", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Lay out with ENGINE: auto, dot, neato, fdp, sfdp, circo, twopi, osage or file"), N_("ENGINE") },
  { "decorations", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Add title, legend and credits to a drawing, or all or none (default: all for pdf, none otherwise)"),
    N_("LIST") },
  { "page", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Fit a drawing to a page: drawing (its own size, the default), a4, letter or slide"), N_("PAGE") },
  { "focus", 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL,
    N_("Export only these entities and their neighbourhood (may be repeated)"), N_("ID[,ID…]") },
  { "depth", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("How far --focus reaches: 1 (default), 2 or 3 relations"), N_("N") },
  { "path", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Export only every shortest path between two entities"), N_("FROM,TO") },
  { "since", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Leave out relations dated before DATE (YYYY, YYYY-MM or YYYY-MM-DD)"), N_("DATE") },
  { "until", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Leave out relations dated after DATE (a year or month counts whole)"), N_("DATE") },
  { "undated", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Show or hide relations without a date (default: show)"), N_("show|hide") },
  { "source", 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL,
    N_("Export only relations these sources support, and those citing none (may be repeated)"), N_("ID[,ID…]") },
  { "publisher", 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL,
    N_("Export only relations this publisher's sources support, and those citing none (may be repeated)"),
    N_("NAME") },
  { "layout-timeout", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Stop a layout that takes longer than SECONDS (default 60)"), N_("SECONDS") },
  { "max-file-size", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Refuse files larger than SIZE mebibytes (default 64)"), N_("SIZE") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
  { NULL }
};

LiaisonApplication *
liaison_application_new (void)
{
  return g_object_new (LIAISON_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

GSettings *
liaison_application_get_settings (LiaisonApplication *self)
{
  g_return_val_if_fail (LIAISON_IS_APPLICATION (self), NULL);

  return self->settings;
}

void
liaison_application_get_limits (LiaisonApplication *self,
                                LiaisonLoadLimits  *limits)
{
  g_return_if_fail (LIAISON_IS_APPLICATION (self));
  g_return_if_fail (limits != NULL);

  liaison_load_limits_init (limits);

  if (self->limits.max_file_size > 0)
    limits->max_file_size = self->limits.max_file_size;
  else if (self->settings != NULL)
    limits->max_file_size = (guint64) g_settings_get_uint (self->settings, "max-file-size") * 1024 * 1024;
}

/* The layout time limit: --layout-timeout, or else the preference. */
guint
liaison_application_get_layout_timeout (LiaisonApplication *self)
{
  g_return_val_if_fail (LIAISON_IS_APPLICATION (self), LIAISON_DEFAULT_LAYOUT_TIMEOUT);

  if (self->limits.layout_timeout > 0)
    return self->limits.layout_timeout;
  if (self->settings != NULL)
    return g_settings_get_uint (self->settings, "layout-timeout");
  return LIAISON_DEFAULT_LAYOUT_TIMEOUT;
}

static LiaisonWindow *
get_or_create_window (LiaisonApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (liaison_window_new (self));

  return LIAISON_WINDOW (window);
}

static void
liaison_application_activate (GApplication *app)
{
  LiaisonApplication *self = LIAISON_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      window = GTK_WINDOW (liaison_window_new (self));
      liaison_window_open_bundled (LIAISON_WINDOW (window));
    }

  gtk_window_present (window);
}

static void
liaison_application_open (GApplication  *app,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  LiaisonApplication *self = LIAISON_APPLICATION (app);

  /* One window per file, as other document apps do; the first file reuses
   * a window that is already open.
   */
  for (int i = 0; i < n_files; i++)
    {
      LiaisonWindow *window = i == 0 ? get_or_create_window (self) : liaison_window_new (self);

      liaison_window_open (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
}

/* What --check, --metrics and --export are given: standard output and
 * error, and the limits with what the command line raised.
 */
static void
command_context_init (LiaisonApplication    *self,
                      LiaisonCommandContext *context)
{
  g_autoptr(GOutputStream) out = g_unix_output_stream_new (STDOUT_FILENO, FALSE);
  g_autoptr(GOutputStream) err = g_unix_output_stream_new (STDERR_FILENO, FALSE);

  liaison_command_context_init (context, out, err);
  context->nodes = self->nodes;
  if (self->limits.max_file_size > 0)
    context->limits.max_file_size = self->limits.max_file_size;
  context->limits.lenient = self->lenient;
}

/* The options that choose what an export shows. */
static void
lookup_explore_options (GVariantDict          *options,
                        LiaisonExploreOptions *explore)
{
  *explore = (LiaisonExploreOptions) { NULL };

  g_variant_dict_lookup (options, "focus", "^a&s", &explore->focus);
  g_variant_dict_lookup (options, "depth", "&s", &explore->depth);
  g_variant_dict_lookup (options, "path", "&s", &explore->path);
  g_variant_dict_lookup (options, "since", "&s", &explore->since);
  g_variant_dict_lookup (options, "until", "&s", &explore->until);
  g_variant_dict_lookup (options, "undated", "&s", &explore->undated);
  g_variant_dict_lookup (options, "source", "^a&s", &explore->sources);
  g_variant_dict_lookup (options, "publisher", "^a&s", &explore->publishers);
}

static int
liaison_application_handle_local_options (GApplication *app,
                                          GVariantDict *options)
{
  LiaisonApplication *self = LIAISON_APPLICATION (app);
  g_autofree const char **paths = NULL;
  const char *max_file_size = NULL;
  const char *layout_timeout = NULL;
  LiaisonExploreOptions explore;
  g_autofree const char **focus = NULL;
  g_autofree const char **sources = NULL;
  g_autofree const char **publishers = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &paths);

  lookup_explore_options (options, &explore);
  focus = (const char **) explore.focus;
  sources = (const char **) explore.sources;
  publishers = (const char **) explore.publishers;
  if (liaison_explore_options_is_set (&explore) && !g_variant_dict_contains (options, "export"))
    {
      static const char *const names[] = { "focus", "depth", "path", "since", "until", "undated", "source", "publisher" };

      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        if (g_variant_dict_contains (options, names[i]))
          {
            g_autofree char *option = g_strconcat ("--", names[i], NULL);

            /* TRANSLATORS: the option, e.g. "--focus needs --export" */
            g_printerr (_("%s needs --export"), option);
            g_printerr ("\n");
            return 1;
          }
    }

  if (g_variant_dict_lookup (options, "max-file-size", "&s", &max_file_size))
    {
      guint64 mebibytes = 0;

      if (!g_ascii_string_to_unsigned (max_file_size, 10, 1, G_MAXUINT64 / (1024 * 1024),
                                       &mebibytes, NULL))
        {
          g_printerr ("%s\n", _("--max-file-size needs a positive number of mebibytes"));
          return 1;
        }
      self->limits.max_file_size = mebibytes * 1024 * 1024;
    }

  if (g_variant_dict_lookup (options, "layout-timeout", "&s", &layout_timeout))
    {
      guint64 seconds = 0;

      if (!g_ascii_string_to_unsigned (layout_timeout, 10, 1, 24 * 60 * 60, &seconds, NULL))
        {
          g_printerr ("%s\n", _("--layout-timeout needs a number of seconds, from 1 to 86400"));
          return 1;
        }
      self->limits.layout_timeout = (guint) seconds;
    }

  self->lenient = g_variant_dict_contains (options, "lenient");
  if (self->lenient && !g_variant_dict_contains (options, "check") &&
      !g_variant_dict_contains (options, "export") && !g_variant_dict_contains (options, "metrics"))
    {
      g_printerr ("%s\n", _("--lenient needs --check, --export or --metrics"));
      return 1;
    }

  g_variant_dict_lookup (options, "nodes", "^&ay", &self->nodes);
  if (self->nodes != NULL && !g_variant_dict_contains (options, "check") &&
      !g_variant_dict_contains (options, "export") && !g_variant_dict_contains (options, "metrics"))
    {
      g_printerr ("%s\n", _("--nodes needs --check or --export"));
      return 1;
    }

  if (g_variant_dict_contains (options, "check"))
    {
      g_auto(LiaisonCommandContext) context = { NULL };

      command_context_init (self, &context);
      return liaison_command_check (&context, paths);
    }

  if (g_variant_dict_contains (options, "metrics"))
    {
      g_auto(LiaisonCommandContext) context = { NULL };
      const char *output = NULL;

      g_variant_dict_lookup (options, "metrics", "^&ay", &output);

      if (g_variant_dict_contains (options, "export"))
        {
          g_printerr ("%s\n", _("--metrics and --export cannot be combined"));
          return 1;
        }
      if (paths != NULL && paths[0] != NULL && paths[1] != NULL)
        {
          g_printerr ("%s\n", _("--metrics takes one FILE"));
          return 1;
        }

      command_context_init (self, &context);
      return liaison_command_metrics (&context, paths != NULL ? paths[0] : NULL, output);
    }

  if (g_variant_dict_contains (options, "export"))
    {
      g_auto(LiaisonCommandContext) context = { NULL };
      const char *output = NULL;
      const char *format = NULL;
      const char *engine = NULL;
      const char *decorations = NULL;
      const char *page = NULL;

      g_variant_dict_lookup (options, "export", "^&ay", &output);
      g_variant_dict_lookup (options, "format", "&s", &format);
      g_variant_dict_lookup (options, "layout", "&s", &engine);
      g_variant_dict_lookup (options, "decorations", "&s", &decorations);
      g_variant_dict_lookup (options, "page", "&s", &page);

      if (paths != NULL && paths[0] != NULL && paths[1] != NULL)
        {
          g_printerr ("%s\n", _("--export takes one FILE"));
          return 1;
        }

      command_context_init (self, &context);
      return liaison_command_export (&context, paths != NULL ? paths[0] : NULL, output, format, engine,
                                     decorations, page, &explore,
                                     self->limits.layout_timeout > 0 ? self->limits.layout_timeout
                                                                     : LIAISON_DEFAULT_LAYOUT_TIMEOUT);
    }

  if (paths != NULL && paths[0] != NULL)
    {
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GError) error = NULL;

      for (guint i = 0; paths[i] != NULL; i++)
        g_ptr_array_add (files, g_file_new_for_commandline_arg (paths[i]));

      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }

      g_application_open (app, (GFile **) files->pdata, files->len, "");
      return 0;
    }

  return G_APPLICATION_CLASS (liaison_application_parent_class)->handle_local_options (app, options);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  LiaisonApplication *self = user_data;
  static const char *developers[] = { "The Liaison authors", NULL };
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  adw_show_about_window (window,
                         "application-name", _("Liaison"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Liaison authors"),
                         "version", PACKAGE_VERSION,
                         "comments", _("Explore who is connected to whom, and the evidence behind every link"),
                         "website", "https://github.com/liaison/liaison",
                         "issue-url", "https://github.com/liaison/liaison/issues",
                         "developers", developers,
                         "copyright", "© 2026 The Liaison authors",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         /* TRANSLATORS: your names, one a line */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  LiaisonApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWindow *preferences = GTK_WINDOW (liaison_preferences_window_new (self->settings));

  gtk_window_set_transient_for (preferences, window);
  gtk_window_present (preferences);
}

static void
new_window_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  LiaisonApplication *self = user_data;
  LiaisonWindow *window = liaison_window_new (self);

  liaison_window_open_bundled (window);
  gtk_window_present (GTK_WINDOW (window));
}

/* Closing the windows, rather than quitting outright, lets each one save
 * its size and state as it would when closed by hand; the application
 * ends with its last window.
 */
static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  /* Referenced: closing one window may destroy another (its dialogs). */
  g_autoptr(GPtrArray) windows = g_ptr_array_new_with_free_func (g_object_unref);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (user_data)); l != NULL; l = l->next)
    g_ptr_array_add (windows, g_object_ref (l->data));
  for (guint i = 0; i < windows->len; i++)
    gtk_window_close (g_ptr_array_index (windows, i));

  /* A window that was never shown cannot be closed; it must not keep the
   * application running.
   */
  if (gtk_application_get_windows (GTK_APPLICATION (user_data)) != NULL)
    g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "preferences", preferences_action },
  { "new-window", new_window_action },
  { "quit", quit_action },
};

/* The window's actions have their keys here too, not as key bindings of
 * the window: the shortcuts window and the menus learn keys only from the
 * application.
 */
static const struct {
  const char *action;
  const char *accels[2];
} accelerators[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.new-window", { "<Control>n", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.export", { "<Control>e", NULL } },
  { "win.save-investigation", { "<Control>s", NULL } },
  { "win.save-investigation-as", { "<Shift><Control>s", NULL } },
  { "win.search", { "<Control>f", NULL } },
  { "win.relayout", { "<Control>r", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Shift><Control>z", NULL } },
};

static void
liaison_application_startup (GApplication *app)
{
  LiaisonApplication *self = LIAISON_APPLICATION (app);

  G_APPLICATION_CLASS (liaison_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accelerators); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accelerators[i].action, accelerators[i].accels);

  gtk_window_set_default_icon_name (APP_ID);

  /* Only the graphical application needs settings; --check and other
   * commands run without them, so they work without installed schemas.
   */
  self->settings = g_settings_new (APP_ID);
}

static void
liaison_application_dispose (GObject *object)
{
  LiaisonApplication *self = (LiaisonApplication *)object;

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (liaison_application_parent_class)->dispose (object);
}

/* "liaison --max-file-size=N FILE" (or --layout-timeout) with Liaison
 * already running: the limit travels with the file to the running
 * instance, and holds for the files it came with.
 */
static void
liaison_application_add_platform_data (GApplication    *app,
                                       GVariantBuilder *builder)
{
  LiaisonApplication *self = LIAISON_APPLICATION (app);

  G_APPLICATION_CLASS (liaison_application_parent_class)->add_platform_data (app, builder);

  if (self->limits.max_file_size > 0)
    g_variant_builder_add (builder, "{sv}", "liaison-max-file-size", g_variant_new_uint64 (self->limits.max_file_size));
  if (self->limits.layout_timeout > 0)
    g_variant_builder_add (builder, "{sv}", "liaison-layout-timeout", g_variant_new_uint32 (self->limits.layout_timeout));
}

static void
liaison_application_before_emit (GApplication *app,
                                 GVariant     *platform_data)
{
  LiaisonApplication *self = LIAISON_APPLICATION (app);
  guint64 max_file_size;
  guint layout_timeout;

  G_APPLICATION_CLASS (liaison_application_parent_class)->before_emit (app, platform_data);

  self->own_limits = self->limits;
  if (g_variant_lookup (platform_data, "liaison-max-file-size", "t", &max_file_size) && max_file_size > 0)
    self->limits.max_file_size = max_file_size;
  if (g_variant_lookup (platform_data, "liaison-layout-timeout", "u", &layout_timeout) && layout_timeout > 0)
    self->limits.layout_timeout = layout_timeout;
}

static void
liaison_application_after_emit (GApplication *app,
                                GVariant     *platform_data)
{
  LiaisonApplication *self = LIAISON_APPLICATION (app);

  self->limits = self->own_limits;

  G_APPLICATION_CLASS (liaison_application_parent_class)->after_emit (app, platform_data);
}

static void
liaison_application_class_init (LiaisonApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = liaison_application_dispose;

  app_class->activate = liaison_application_activate;
  app_class->open = liaison_application_open;
  app_class->startup = liaison_application_startup;
  app_class->handle_local_options = liaison_application_handle_local_options;
  app_class->add_platform_data = liaison_application_add_platform_data;
  app_class->before_emit = liaison_application_before_emit;
  app_class->after_emit = liaison_application_after_emit;
}

static void
liaison_application_init (LiaisonApplication *self)
{
  liaison_register_resource ();

  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Explore a graph of entities and relations. With "
                                              "no FILE, opens the bundled Huawei–Japan dataset."));
}
