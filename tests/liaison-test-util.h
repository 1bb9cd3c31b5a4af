/* liaison-test-util.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "liaison-dataset.h"
#include "liaison-export.h"
#include "liaison-scene.h"
#include "liaison-subset.h"
#include "liaison-view-state.h"

G_BEGIN_DECLS

/* Datasets that must load. */
char           *liaison_test_bundled_path         (void) G_GNUC_WARN_UNUSED_RESULT;
LiaisonDataset *liaison_test_load_bundled         (void) G_GNUC_WARN_UNUSED_RESULT;
LiaisonDataset *liaison_test_load_path            (const char          *path) G_GNUC_WARN_UNUSED_RESULT;
LiaisonDataset *liaison_test_load_valid           (const char          *name) G_GNUC_WARN_UNUSED_RESULT;
LiaisonDataset *liaison_test_load_text            (const char          *text) G_GNUC_WARN_UNUSED_RESULT;

/* tests/data/@folder/@name through the loader, as the application opens
 * it: the dataset, or NULL and the message.
 */
LiaisonDataset *liaison_test_load_data            (const char          *folder,
                                                   const char          *name,
                                                   GError             **error) G_GNUC_WARN_UNUSED_RESULT;
LiaisonDataset *liaison_test_load_data_valid      (const char          *folder,
                                                   const char          *name) G_GNUC_WARN_UNUSED_RESULT;

/* A dataset from a line of entities ("a b c:person", the type after the
 * colon) and one of relations ("a>b" from a to b, "a-b" undirected).
 */
LiaisonDataset *liaison_test_make_graph           (const char          *entities,
                                                   const char          *relations) G_GNUC_WARN_UNUSED_RESULT;

/* The index of the entity @id in @dataset; it must exist. */
guint           liaison_test_entity_index         (LiaisonDataset      *dataset,
                                                   const char          *id);

/* What a random filter leaves of @dataset: about four relations in five
 * and, one time in three, all entities but one.
 */
LiaisonSubset  *liaison_test_random_filter        (GRand               *rand,
                                                   LiaisonDataset      *dataset) G_GNUC_WARN_UNUSED_RESULT;

/* The JSON text of attribute @key, or NULL; the entity must exist. */
const char     *liaison_test_attribute            (const LiaisonAttribute *attributes,
                                                   guint                n_attributes,
                                                   const char          *key);
const char     *liaison_test_entity_attribute     (LiaisonDataset      *dataset,
                                                   const char          *id,
                                                   const char          *key);
const char     *liaison_test_relation_attribute   (const LiaisonRelation *relation,
                                                   const char          *key);
const char     *liaison_test_label_of             (LiaisonDataset      *dataset,
                                                   const char          *id);

/* Adds @test once for each of @n_cases structures of @case_size bytes at
 * @cases, whose first member is the file name, as @prefix/NAME.
 */
void            liaison_test_add_file_cases       (const char          *prefix,
                                                   gconstpointer        cases,
                                                   gsize                case_size,
                                                   guint                n_cases,
                                                   GTestDataFunc        test);

/* The liaison binary, headless, in @cwd (tests/data when NULL), with
 * @variable set to 1 and @child_setup run in the child when not NULL:
 * its exit status, and what it wrote.
 */
int             liaison_test_run_liaison_in       (const char          *cwd,
                                                   const char          *variable,
                                                   GSpawnChildSetupFunc child_setup,
                                                   const char * const  *args,
                                                   char               **out,
                                                   char               **err);

/* @dataset laid out with the automatic engine, and @scene exported as
 * @format with the default options; both must succeed.
 */
char           *liaison_test_export_ids           (const char          *path,
                                                   const char * const  *sections) G_GNUC_WARN_UNUSED_RESULT;
LiaisonScene   *liaison_test_lay_out              (LiaisonDataset      *dataset,
                                                   LiaisonViewState    *state) G_GNUC_WARN_UNUSED_RESULT;
GBytes         *liaison_test_export_bytes         (LiaisonScene        *scene,
                                                   LiaisonExportFormat  format) G_GNUC_WARN_UNUSED_RESULT;

void            liaison_test_assert_scene_matches (LiaisonScene        *scene,
                                                   LiaisonDataset      *dataset);
void            liaison_test_assert_cut_cleanly   (const char          *message);

/* A file of its own in a new temporary folder, and the removal of both. */
char           *liaison_test_temporary_path       (const char          *name) G_GNUC_WARN_UNUSED_RESULT;
void            liaison_test_remove_temporary     (const char          *path);

guint64         liaison_test_status_kib           (const char          *field);
guint64         liaison_test_peak_rss_kib         (void);

/* For the benchmarks. */
typedef struct
{
  char *dir;
  char *dataset;     /* the dataset, as JSON */
  char *dot;         /* the same graph in DOT, as Liaison gives it to sfdp */
  char *ours;        /* what Liaison writes */
  char *theirs;      /* what Graphviz's own tool writes */
  char *export_arg;  /* "--export=" and ours */
} LiaisonBenchFiles;

void            liaison_bench_files_init          (LiaisonBenchFiles   *files,
                                                   const char          *ours,
                                                   const char          *theirs);
LiaisonDataset *liaison_bench_files_write         (LiaisonBenchFiles   *files,
                                                   const GString       *json) G_GNUC_WARN_UNUSED_RESULT;
void            liaison_bench_files_clear         (LiaisonBenchFiles   *files);

const char     *liaison_test_binary               (void);
double          liaison_test_time_command         (const char * const  *argv,
                                                   char               **out);
int             liaison_test_compare_doubles      (gconstpointer        a,
                                                   gconstpointer        b);
double          liaison_test_median               (GArray              *values);
double          liaison_test_best                 (GArray              *values);

/* In a benchmark's child: what "liaison --check [--nodes=NODES] PATH"
 * does, without starting the application; fails the child on an error.
 */
void            liaison_bench_check               (const char          *nodes,
                                                   const char          *path);

/* A child that prints "seconds [peak-kib]", and two of them in turns. */
typedef struct
{
  double  seconds;
  guint64 peak_kib;
} LiaisonBenchMeasure;

LiaisonBenchMeasure liaison_bench_measure         (const char * const  *argv);
void            liaison_bench_measure_pair        (guint                round,
                                                   const char * const  *ours,
                                                   const char * const  *theirs,
                                                   LiaisonBenchMeasure *our_measure,
                                                   LiaisonBenchMeasure *their_measure);

/* The entity shown in @scene with the most relations in @dataset whose
 * index + 1 is not a key of @expanded yet, or G_MAXUINT.
 */
guint           liaison_test_most_connected_shown (LiaisonDataset      *dataset,
                                                   LiaisonScene        *scene,
                                                   GHashTable          *expanded);

G_END_DECLS
