/* test-import-format.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "liaison-import-format.h"

typedef struct
{
  const char          *name;
  const char          *text;
  LiaisonImportFormat  format;
} Case;

#define U LIAISON_IMPORT_FORMAT_UNKNOWN
#define LJ LIAISON_IMPORT_FORMAT_LIAISON_JSON
#define CY LIAISON_IMPORT_FORMAT_CYTOSCAPE_JSON
#define JG LIAISON_IMPORT_FORMAT_JGF
#define D3 LIAISON_IMPORT_FORMAT_D3
#define GM LIAISON_IMPORT_FORMAT_GRAPHML
#define GX LIAISON_IMPORT_FORMAT_GEXF
#define CS LIAISON_IMPORT_FORMAT_CSV
#define DT LIAISON_IMPORT_FORMAT_DOT

static void
check_cases (const Case *cases,
             guint       n_cases)
{
  for (guint i = 0; i < n_cases; i++)
    {
      LiaisonImportFormat format = liaison_import_format_sniff (cases[i].text, strlen (cases[i].text),
                                                                cases[i].name);

      if (format != cases[i].format)
        g_error ("%s: %s, expected %s\n%s", cases[i].name, liaison_import_format_to_string (format),
                 liaison_import_format_to_string (cases[i].format), cases[i].text);
    }
}

/* The content wins over the name: people mail .txt files and save GraphML
 * as .xml.
 */
static void
test_xml (void)
{
  static const Case cases[] = {
    { "g.graphml", "<?xml version=\"1.0\"?><graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"/>", GM },
    { "g.xml", "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- yEd -->\n"
               "<graphml><graph/></graphml>", GM },
    { "g.txt", "<!DOCTYPE graphml SYSTEM \"graphml.dtd\" [ <!ENTITY a \"<gexf>\"> ]>\n<graphml/>", GM },
    { "g", "<g:graphml xmlns:g=\"http://graphml.graphdrawing.org/xmlns\">", GM },
    { "g.xml", "<?xml version='1.0'?>\n<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">", GX },
    { "g.graphml", "<gexf version=\"1.2\">", GX },
    { "g.gexf", "  <!-- <graphml> is in a comment -->\n<gexf>", GX },
    { "notes.xml", "<?xml version=\"1.0\"?><html><body/></html>", U },
    { "page.json", "<html><body>404</body></html>", U },
    /* XML of no known kind: the name says which reader explains. */
    { "g.graphml", "<?xml version=\"1.0\"?><svg/>", GM },
    { "g.gexf", "<graph/>", GX },
    /* A comment that never ends. */
    { "g.xml", "<!-- <graphml>", U },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_json (void)
{
  static const Case cases[] = {
    { "d.json", "{\"title\": \"x\", \"entities\": [], \"relations\": []}", LJ },
    { "d.txt", "{\"relations\": []}", LJ },
    /* A large member before the deciding key, with brackets in strings. */
    { "d.json", "{\"description\": \"{[\\\"nodes\\\"\", \"meta\": {\"nodes\": [1, {\"links\": 2}]},"
                " \"entities\": []}", LJ },
    { "c.json", "{\"format_version\": \"1.0\", \"elements\": {\"nodes\": [], \"edges\": []}}", CY },
    { "c.json", "[{\"group\": \"nodes\", \"data\": {\"id\": \"a\"}}]", CY },
    { "c.json", "[ {\"data\": {\"id\": \"a\"}} ]", CY },
    { "c.json", "{\"nodes\": [{\"data\": {\"id\": \"a\"}}], \"edges\": []}", CY },
    { "j.json", "{\"graph\": {\"nodes\": {\"a\": {}}, \"edges\": []}}", JG },
    { "j.json", "{\"graphs\": [{\"nodes\": []}, {\"nodes\": []}]}", JG },
    { "j.jgf", "{\"nodes\": [], \"edges\": []}", JG },
    { "d3.json", "{\"directed\": false, \"multigraph\": false, \"nodes\": [{\"id\": 0}], \"links\": []}", D3 },
    { "d3.json", "{\"links\": [], \"nodes\": []}", D3 },
    /* "nodes" alone could be anything: no relations in any format. */
    { "d3.json", "{\"title\": \"My notes\", \"nodes\": []}", LJ },
    /* Nothing that decides: Liaison's own reader says what is missing. */
    { "x.json", "{\"title\": \"x\"}", LJ },
    { "x.json", "[1, 2, 3]", LJ },
    { "x.json", "{\"unclosed\": [", LJ },
    { "x.json", "{}", LJ },
    { "x.cyjs", "{}", CY },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_dot (void)
{
  static const Case cases[] = {
    { "g.dot", "digraph G { a -> b }", DT },
    { "g.txt", "strict graph { a -- b }", DT },
    { "g.txt", "/* made by hand */\n// two nodes\n# 1 \"g.dot\"\nDiGraph \"my graph\" {\n a -> b\n}", DT },
    { "g.gv", "\xEF\xBB\xBF graph g_1 {}", DT },
    { "g.txt", "graph\n{\n}", DT },
    /* A word that starts like a keyword. */
    { "g.txt", "graphs { a }", U },
    { "g.txt", "digraph G a -> b", U },
    /* The name settles a broken DOT file. */
    { "g.dot", "digrahp G { a -> b }", DT },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_csv (void)
{
  static const Case cases[] = {
    { "e.csv", "source,target,weight\na,b,1\n", CS },
    { "e.txt", "Source;Target;Label\r\na;b;x\r\n", CS },
    { "e.txt", "\xEF\xBB\xBF\"from\"\t\"to\"\n\"a\"\t\"b\"\n", CS },
    { "n.txt", "id,label,type\na,A,person\n", CS },
    { "n.txt", " Id ; Name \n", CS },
    { "e.csv", "a,b\nb,c\n", CS },
    { "e.txt", "a,b\nb,c\n", U },
    { "e.txt", "source,destination\n", U },
    { "empty.csv", "", CS },
    { "empty.txt", "  \n ", U },
    /* "graph" as a column is not DOT. */
    { "e.txt", "graph,source,target\ng,a,b\n", CS },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* Other files keep the JSON reader's messages, which say what they start
 * with; a name only decides when the content cannot.
 */
static void
test_other (void)
{
  static const Case cases[] = {
    { "archive.zip", "PK\x03\x04", U },
    { "notes.txt", "R&D notes", U },
    { "x.json", "PK\x03\x04", LJ },
    { "x.JSON", "hello", LJ },
    { "x", "\xFF\xFE{\0\"\0", U },
    { NULL, "", U },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_names (void)
{
  g_assert_cmpstr (liaison_import_format_to_string (GM), ==, "GraphML");
  g_assert_cmpstr (liaison_import_format_to_string (CY), ==, "Cytoscape JSON");
}

/* Sniffing never reads past the end of the file: each text sits at the
 * very end of a page followed by one that may not be read, so a byte too
 * far stops the test even without a sanitizer.
 */
static void
test_never_reads_past_the_end (void)
{
  static const char * const texts[] = {
    "<!DOCTYPE html\n<ht\"relation-ml><body>No\n",  /* a quote left open in the DOCTYPE */
    "<!DOCTYPE x '",
    "<!DOCTYPE x [<!-- ",
    "<?xml ",
    "<!-- ",
    "<",
  };
  long page = sysconf (_SC_PAGESIZE);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      gsize length = strlen (texts[i]);
      char *pages = mmap (NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      char *text;

      g_assert_true (pages != MAP_FAILED);
      g_assert_cmpint (mprotect (pages + page, page, PROT_NONE), ==, 0);
      text = pages + page - length;
      memcpy (text, texts[i], length);

      g_assert_cmpint (liaison_import_format_sniff (text, length, "file"), ==, U);
      munmap (pages, 2 * page);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-format/xml", test_xml);
  g_test_add_func ("/import-format/json", test_json);
  g_test_add_func ("/import-format/dot", test_dot);
  g_test_add_func ("/import-format/csv", test_csv);
  g_test_add_func ("/import-format/other", test_other);
  g_test_add_func ("/import-format/names", test_names);
  g_test_add_func ("/import-format/never-reads-past-the-end", test_never_reads_past_the_end);

  return g_test_run ();
}
