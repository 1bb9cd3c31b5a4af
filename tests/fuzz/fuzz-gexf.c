/* fuzz-gexf.c
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer harness for the GEXF front end: libxml2's streaming reader as
 * Liaison sets it up, the checks around it (entities, depth, text
 * length), the mapping of the format and the builder, on any bytes. A
 * dataset that loads is written out as GEXF again, which must read back
 * with the same entities and relations: the writer and the reader agree
 * on everything either can hold.
 */

#include "config.h"

#include "fuzz-common.h"
#include "liaison-import-gexf.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  return fuzz_import_round_trip (data, size, "fuzz.gexf", liaison_import_gexf, liaison_gexf_write);
}
