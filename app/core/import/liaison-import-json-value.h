/* liaison-import-json-value.h
 *
 * Copyright 2026 The Liaison authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "liaison-dataset-builder.h"

G_BEGIN_DECLS

/* What every JSON-based importer does alike: read a value of the file as
 * the builder's LiaisonValue, and report a failed pre-scan.
 */

/* @node as a value; NULL is ABSENT. Text made for a number is added to
 * @owned, which frees it.
 */
void liaison_json_value_from_node     (JsonNode      *node,
                                       GPtrArray     *owned,
                                       LiaisonValue  *value);

/* @node, an element of an array of items, as an object; when it is not
 * one, the builder's problem at @location and NULL.
 */
JsonObject *liaison_json_item_object  (LiaisonDatasetBuilder *builder,
                                       GPtrArray             *owned,
                                       JsonNode              *node,
                                       const LiaisonLocation *location);

/* Turns @scan_error (taken) from the JSON pre-scan into the error a load
 * reports: a cancellation as it is, anything else in the dataset domain as
 * "file:line:column: message", or "file: message" without a position.
 */
void liaison_json_scan_error_propagate (GError      *scan_error,
                                        const char  *display_name,
                                        GError     **error);

G_END_DECLS
