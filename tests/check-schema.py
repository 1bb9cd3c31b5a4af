#!/usr/bin/env python3
# Checks that the published JSON Schemas are themselves valid (draft
# 2020-12), that the bundled dataset and every file in tests/data/valid
# satisfy the dataset's, and every investigation in
# tests/data/investigation-valid the investigation's, so the schemas and
# the readers say the same thing.
import glob
import json
import os
import sys

import jsonschema

top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(top, 'data', 'liaison-dataset.schema.json'), encoding='utf-8') as f:
    schema = json.load(f)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

with open(os.path.join(top, 'data', 'liaison-investigation.schema.json'), encoding='utf-8') as f:
    investigation_schema = json.load(f)
jsonschema.Draft202012Validator.check_schema(investigation_schema)
investigation_validator = jsonschema.Draft202012Validator(investigation_schema)

files = [os.path.join(top, 'data', 'datasets', 'huawei-japan-2019.json')]
files += sorted(glob.glob(os.path.join(top, 'tests', 'data', 'valid', '*.json')))
investigations = sorted(glob.glob(os.path.join(top, 'tests', 'data', 'investigation-valid', '*.liaison')))
failed = 0
print('1..%d' % (len(files) + len(investigations)))
for i, path in enumerate(files + investigations, 1):
    checker = investigation_validator if path in investigations else validator
    with open(path, encoding='utf-8-sig') as f:
        document = json.load(f)
    errors = sorted(checker.iter_errors(document), key=lambda e: list(e.path))
    name = os.path.relpath(path, top)
    if errors:
        failed += 1
        print('not ok %d %s: %s at %s' % (i, name, errors[0].message, list(errors[0].path)))
    else:
        print('ok %d %s' % (i, name))
sys.exit(1 if failed else 0)
