"""An independent validator for partyorg's JSON Schemas: Python's jsonschema, draft 2020-12.

Usage: python3 check.py BUNDLE_DIR DATASET.json...
Every bundle must be a valid draft 2020-12 schema; every dataset valid against the dataset bundle alone.
"""
import json
import sys
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker

bundle_dir, datasets = Path(sys.argv[1]), sys.argv[2:]
failures = 0
for f in sorted(bundle_dir.glob("*.bundle.json")):
    Draft202012Validator.check_schema(json.loads(f.read_text("utf-8")))
    print(f"ok   {f.name} is a valid schema")
validator = Draft202012Validator(json.loads((bundle_dir / "dataset.bundle.json").read_text("utf-8")), format_checker=FormatChecker())
for d in datasets:
    errors = list(validator.iter_errors(json.loads(Path(d).read_text("utf-8"))))
    if errors:
        failures += 1
        print(f"FAIL {d}: {[e.message for e in errors[:5]]}")
    else:
        print(f"ok   {d} is valid")
sys.exit(1 if failures else 0)
