/* bench-search.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How long the search takes to answer each keystroke on 100,000 entities
 * (and 200,000 relations, quotes on a third of each, attributes on all):
 * every prefix of a few queries, Latin, accented and CJK, as they are
 * typed, each timed several times. Prints the median and the worst of
 * each, and the time to build the index once.
 */

#include "config.h"

#include <stdio.h>
#include <time.h>

#include "liaison-search-index.h"
#include "liaison-test-util.h"

#define N_ENTITIES 100000
#define N_RELATIONS 200000
#define REPEATS 5

static const char *latin[] = { "ko", "ta", "ri", "me", "su", "no", "ha", "ve", "lo", "ne", "da", "gu" };
static const char *accented[] = { "é", "ü", "ç", "ø", "à", "ñ" };
static const char *cjk[] = { "総", "務", "省", "华", "为", "技", "术", "通", "信", "機", "器", "調", "達", "经", "济" };
static const char *cities[] = { "Zürich", "Montréal", "São Paulo", "Kraków", "東京", "深圳", "Osaka", "Genève" };

static void
append_word (GString *text,
             GRand   *rand)
{
  guint n = g_rand_int_range (rand, 2, 5);

  for (guint i = 0; i < n; i++)
    {
      g_string_append (text, latin[g_rand_int_range (rand, 0, G_N_ELEMENTS (latin))]);
      if (g_rand_int_range (rand, 0, 6) == 0)
        g_string_append (text, accented[g_rand_int_range (rand, 0, G_N_ELEMENTS (accented))]);
    }
}

static void
append_cjk (GString *text,
            GRand   *rand)
{
  guint n = g_rand_int_range (rand, 2, 6);

  for (guint i = 0; i < n; i++)
    g_string_append (text, cjk[g_rand_int_range (rand, 0, G_N_ELEMENTS (cjk))]);
}

static void
append_sentence (GString *text,
                 GRand   *rand,
                 guint    n_words)
{
  for (guint i = 0; i < n_words; i++)
    {
      if (i > 0)
        g_string_append_c (text, ' ');
      if (g_rand_int_range (rand, 0, 5) == 0)
        append_cjk (text, rand);
      else
        append_word (text, rand);
    }
}

static char *
make_dataset (void)
{
  GString *text = g_string_new ("{\"title\":\"Search benchmark\",\"sources\":[");
  g_autoptr(GRand) rand = g_rand_new_with_seed (17);

  for (guint i = 0; i < 100; i++)
    {
      g_string_append_printf (text, "%s{\"id\":\"s%u\",\"title\":\"", i > 0 ? "," : "", i);
      append_sentence (text, rand, 5);
      g_string_append (text, "\",\"publisher\":\"");
      append_sentence (text, rand, 2);
      g_string_append (text, "\",\"author\":\"");
      append_sentence (text, rand, 2);
      g_string_append (text, "\"}");
    }

  g_string_append (text, "],\"entities\":[");
  for (guint i = 0; i < N_ENTITIES; i++)
    {
      g_string_append_printf (text, "%s{\"id\":\"e%u\",\"label\":\"", i > 0 ? "," : "", i);
      if (i % 4 == 0)
        append_cjk (text, rand);
      else
        append_sentence (text, rand, 2);
      g_string_append (text, "\",\"aliases\":[\"");
      append_word (text, rand);
      g_string_append_printf (text, "\"],\"type\":\"t%u\",\"attributes\":{\"city\":\"%s\",\"founded\":%u}",
                              i % 5, cities[g_rand_int_range (rand, 0, G_N_ELEMENTS (cities))],
                              1900 + g_rand_int_range (rand, 0, 120));
      if (i % 3 == 0)
        {
          g_string_append_printf (text, ",\"evidence\":[{\"source\":\"s%u\",\"quote\":\"", g_rand_int_range (rand, 0, 100));
          append_sentence (text, rand, 8);
          g_string_append (text, "\"}]");
        }
      g_string_append_c (text, '}');
    }

  g_string_append (text, "],\"relations\":[");
  for (guint i = 0; i < N_RELATIONS; i++)
    {
      g_string_append_printf (text, "%s{\"from\":\"e%u\",\"to\":\"e%u\",\"type\":\"r%u\",\"label\":\"",
                              i > 0 ? "," : "", g_rand_int_range (rand, 0, N_ENTITIES),
                              g_rand_int_range (rand, 0, N_ENTITIES), i % 5);
      append_word (text, rand);
      g_string_append_printf (text, "\",\"date\":\"%u-%02u\"", 1990 + g_rand_int_range (rand, 0, 30),
                              g_rand_int_range (rand, 1, 13));
      if (i % 3 == 0)
        {
          g_string_append_printf (text, ",\"evidence\":[{\"source\":\"s%u\",\"quote\":\"", g_rand_int_range (rand, 0, 100));
          append_sentence (text, rand, 10);
          g_string_append (text, "\"}]");
        }
      g_string_append_c (text, '}');
    }
  g_string_append (text, "]}");

  return g_string_free (text, FALSE);
}

static const char *queries[] = {
  "kotame",          /* Latin */
  "société",         /* accented, typed with accents */
  "zurich",          /* accented in the data, typed without */
  "総務省調",        /* Japanese */
  "华为技术",        /* Chinese */
  "date:2019 kota",  /* an operator and a word */
  "\"ri me\"",       /* a phrase */
};

int
main (int   argc,
      char *argv[])
{
  g_autofree char *json = make_dataset ();
  g_autoptr(LiaisonDataset) dataset = NULL;
  g_autoptr(LiaisonSearchIndex) index = NULL;
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (double));
  double worst_of_all = 0;
  double worst_cpu = 0;
  gint64 start;

  dataset = liaison_test_load_text (json);
  g_clear_pointer (&json, g_free);

  start = g_get_monotonic_time ();
  index = liaison_search_index_new (dataset);
  printf ("%u entities, %u relations: index built in %.0f ms\n",
           liaison_dataset_get_n_entities (dataset), liaison_dataset_get_n_relations (dataset),
           (g_get_monotonic_time () - start) / 1000.0);
  /* On a busy machine the wall clock counts the waits for a core too; the
   * processor time is what the search itself costs.
   */
  printf ("%-18s %5s %10s %10s %10s %10s %10s\n", "query", "chars", "median ms", "worst ms", "median cpu", "entities", "evidence");

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      glong n_chars = g_utf8_strlen (queries[q], -1);

      /* Each keystroke: every prefix, one to six characters. */
      for (glong length = 1; length <= MIN (n_chars, 6); length++)
        {
          g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
          g_autoptr(GArray) cpu_times = g_array_new (FALSE, FALSE, sizeof (double));
          g_autofree char *prefix = g_utf8_substring (queries[q], 0, length);
          guint n_entities = 0, n_evidence = 0;
          double worst = 0;

          for (guint r = 0; r < REPEATS; r++)
            {
              g_autoptr(LiaisonSearchResults) results = NULL;
              struct timespec cpu_start, cpu_end;
              double ms, cpu_ms;

              clock_gettime (CLOCK_THREAD_CPUTIME_ID, &cpu_start);
              start = g_get_monotonic_time ();
              results = liaison_search_index_query_text (index, prefix, 200);
              ms = (g_get_monotonic_time () - start) / 1000.0;
              clock_gettime (CLOCK_THREAD_CPUTIME_ID, &cpu_end);
              cpu_ms = (cpu_end.tv_sec - cpu_start.tv_sec) * 1000.0 + (cpu_end.tv_nsec - cpu_start.tv_nsec) / 1e6;
              g_array_append_val (cpu_times, cpu_ms);
              worst_cpu = MAX (worst_cpu, cpu_ms);
              g_array_append_val (times, ms);
              g_array_append_val (all, ms);
              worst = MAX (worst, ms);
              n_entities = liaison_search_results_get_count (results, LIAISON_SEARCH_GROUP_ENTITIES);
              n_evidence = liaison_search_results_get_count (results, LIAISON_SEARCH_GROUP_EVIDENCE);
            }
          worst_of_all = MAX (worst_of_all, worst);
          printf ("%-18s %5ld %10.2f %10.2f %10.2f %10u %10u\n", prefix, length,
                  liaison_test_median (times), worst, liaison_test_median (cpu_times), n_entities, n_evidence);
        }
    }

  printf ("all keystrokes: median %.2f ms, worst %.2f ms, worst processor time %.2f ms (budget 50 ms)\n",
          liaison_test_median (all), worst_of_all, worst_cpu);
  printf ("peak memory %" G_GUINT64_FORMAT " MiB\n", liaison_test_peak_rss_kib () / 1024);
  return 0;
}
