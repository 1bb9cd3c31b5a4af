/* liaison-element-id.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* An element id names an entity or a relation wherever data meets a format
 * with rules of its own: Graphviz node names, SVG ids. It is "entity-" or
 * "relation-" followed by the dataset's id with every byte other than
 * A-Z, a-z, 0-9, "-" and "." written as "_" and two lowercase hex digits.
 * So "Huawei Japan" becomes "entity-Huawei_20Japan": a valid, unique XML id
 * that can be turned back into the dataset's id.
 */

typedef enum
{
  LIAISON_ELEMENT_ENTITY,
  LIAISON_ELEMENT_RELATION,
} LiaisonElementKind;

char     *liaison_element_id_encode (const char        *prefix,
                                     const char        *id) G_GNUC_WARN_UNUSED_RESULT;
char     *liaison_element_id_new   (LiaisonElementKind  kind,
                                    const char         *id) G_GNUC_WARN_UNUSED_RESULT;
gboolean  liaison_element_id_parse (const char         *element_id,
                                    LiaisonElementKind *kind,
                                    char              **id);

G_END_DECLS
