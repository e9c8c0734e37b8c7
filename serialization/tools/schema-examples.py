#!/usr/bin/env python3
"""Writes the JSON Schema examples of serialization/src/test/resources/examples/.

The one hand-written source is examples/valid/dataset-koujiang.json, a small dataset with no
finding at all (黎平县委 -> 口江乡党委 -> 口江村党支部, asOf 2023-08-18). From it this script
derives, deterministically:

  valid/dataset-minimal.json         only schemaVersion and asOf
  valid/dataset-null-lists.json      schemaVersion, asOf, and null for source and every list
  valid/dataset-explicit-nulls.json  the same dataset with every absent optional field set to null
  valid/stream-koujiang.ndjson       the same dataset in the stream form (header line first)
  invalid/<RULE>-<what>.json|ndjson  the dataset (or stream) with exactly one change that breaks
                                     one shape rule, named after that DOC rule

Run it after changing dataset-koujiang.json or the table below:

    python3 serialization/tools/schema-examples.py

Needs only the Python 3 standard library.
"""
import copy
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "src/test/resources/examples"
SCHEMAS = ROOT / "src/main/resources/partyorg/schema/v1"
LISTS = [("organizations", "organization"), ("members", "member"), ("grids", "grid"),
         ("serviceRecords", "serviceRecord"), ("postings", "posting")]


def load_schemas():
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in SCHEMAS.glob("*.schema.json")}


def resolve(schemas, current, ref):
    file, _, pointer = ref.partition("#")
    doc = schemas[file] if file else schemas[current]
    node = doc
    for part in [p for p in pointer.split("/") if p]:
        node = node[part]
    return (file or current), node


def object_schema(schemas, current, prop):
    """The object schema a property holds (through $ref and a nullable anyOf), or None."""
    if "anyOf" in prop:
        prop = next(s for s in prop["anyOf"] if s.get("type") != "null")
    if "$ref" in prop:
        current, prop = resolve(schemas, current, prop["$ref"])
    return (current, prop) if prop.get("type") == "object" else None


def fill_nulls(schemas, current, schema, obj):
    """Sets every absent optional property to null, recursively."""
    for name, prop in schema["properties"].items():
        if name not in obj:
            obj[name] = None
            continue
        value = obj[name]
        target = prop.get("items", prop) if isinstance(value, list) else prop
        inner = object_schema(schemas, current, target)
        if inner is None:
            continue
        for element in (value if isinstance(value, list) else [value]):
            if isinstance(element, dict):
                fill_nulls(schemas, inner[0], inner[1], element)


def stream_lines(dataset):
    header = {"recordType": "header", "schemaVersion": dataset["schemaVersion"], "asOf": dataset["asOf"]}
    if "source" in dataset:
        header["source"] = dataset["source"]
    lines = [header]
    for field, record_type in LISTS:
        for record in dataset.get(field) or []:
            lines.append({"recordType": record_type, **record})
    return lines


def pointer_parts(pointer):
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]


def container(doc, pointer):
    parts = pointer_parts(pointer)
    node = doc
    for part in parts[:-1]:
        node = node[int(part)] if isinstance(node, list) else node[part]
    last = parts[-1]
    return node, (int(last) if isinstance(node, list) else last)


def set_(pointer, value):
    def apply(doc):
        node, key = container(doc, pointer)
        node[key] = value
    return apply


def delete(pointer):
    def apply(doc):
        node, key = container(doc, pointer)
        del node[key]
    return apply


# Every entry breaks exactly one shape rule, the one its name starts with. Member m-4 and
# service record s-2 are referenced by nothing, so breaking their ids or types leaves no
# dangling reference behind. Paths of the stream form count lines from 0 here (line 0 is the
# header), the files themselves from 1.
DOCUMENT_CASES = [
    ("DOC-002-schemaVersion-missing", delete("/schemaVersion")),
    ("DOC-002-schemaVersion-2.0", set_("/schemaVersion", "2.0")),
    ("DOC-002-schemaVersion-no-minor", set_("/schemaVersion", "1")),
    ("DOC-003-asOf-missing", delete("/asOf")),
    ("DOC-003-asOf-not-a-date", set_("/asOf", "18.08.2023")),
    ("DOC-010-member-name-missing", delete("/members/4/name")),
    ("DOC-010-member-idNumber-null", set_("/members/4/idNumber", None)),
    ("DOC-010-member-status-missing", delete("/members/4/status")),
    ("DOC-010-organization-sector-missing-on-branch", delete("/organizations/2/sector")),
    ("DOC-010-organization-divisionCode-null", set_("/organizations/0/divisionCode", None)),
    ("DOC-010-unit-name-missing", delete("/organizations/2/hostUnits/0/name")),
    ("DOC-010-honor-title-missing", delete("/organizations/1/honors/0/title")),
    ("DOC-010-officer-memberId-missing", delete("/organizations/1/leadership/officers/0/memberId")),
    ("DOC-010-grid-leader-missing", delete("/grids/0/leader")),
    ("DOC-010-grid-households-null", set_("/grids/0/households", None)),
    ("DOC-010-grid-worker-name-missing", delete("/grids/0/workers/0/name")),
    ("DOC-010-serviceRecord-category-missing", delete("/serviceRecords/1/category")),
    ("DOC-010-posting-person-idNumber-missing", delete("/postings/0/person/idNumber")),
    ("DOC-010-posting-sendingUnit-name-missing", delete("/postings/0/sendingUnit/name")),
    ("DOC-011-grid-households-string", set_("/grids/0/households", "300")),
    ("DOC-011-grid-households-fraction", set_("/grids/0/households", 300.5)),
    ("DOC-011-member-name-number", set_("/members/4/name", 12345)),
    ("DOC-011-member-tags-null-element", set_("/members/4/tags", ["VETERAN", None])),
    ("DOC-011-member-tags-not-array", set_("/members/4/tags", "VETERAN")),
    ("DOC-011-serviceRecords-not-array", set_("/serviceRecords", {"id": "s-1"})),
    ("DOC-011-officer-concurrentVillageDirector-string",
     set_("/organizations/2/leadership/officers/0/concurrentVillageDirector", "true")),
    ("DOC-011-source-not-object", set_("/source", "黎平县智慧党建平台")),
    ("DOC-012-member-sex-letter", set_("/members/4/sex", "M")),
    ("DOC-012-member-ethnicity-57", set_("/members/4/ethnicity", "57")),
    ("DOC-012-member-education-unknown", set_("/members/4/education", "25")),
    ("DOC-012-member-occupation-unknown", set_("/members/4/occupation", "FARMERS")),
    ("DOC-012-member-tag-unknown", set_("/members/4/tags", ["HERO"])),
    ("DOC-012-organization-orgType-unknown", set_("/organizations/0/orgType", "COUNTY_COMMITTEE")),
    ("DOC-012-serviceRecord-topic-lowercase", set_("/serviceRecords/1/topic", "environment")),
    ("DOC-012-sendingUnit-level-unknown", set_("/postings/0/sendingUnit/level", "NATIONAL")),
    ("DOC-013-member-birthDate-slashes", set_("/members/4/birthDate", "1974/03/05")),
    ("DOC-013-member-statusSince-february-30", set_("/members/3/statusSince", "2022-02-30")),
    ("DOC-013-posting-startDate-unpadded", set_("/postings/0/startDate", "2021-9-1")),
    ("DOC-013-source-exportedAt-no-offset", set_("/source/exportedAt", "2023-08-18T17:30:00")),
    ("DOC-014-member-id-space", set_("/members/4/id", "m 4")),
    ("DOC-014-member-id-65-chars", set_("/members/4/id", "m-" + "4" * 63)),
    ("DOC-014-member-name-51-chars", set_("/members/4/name", "陆" * 51)),
    ("DOC-014-organization-name-empty", set_("/organizations/0/name", "")),
    ("DOC-014-grid-name-101-chars", set_("/grids/0/name", "口江村第一网格" + "格" * 94)),
    ("DOC-014-grid-population-negative", set_("/grids/0/population", -1)),
    ("DOC-014-leadership-termYears-negative", set_("/organizations/2/leadership/termYears", -5)),
    ("DOC-014-honor-year-negative", set_("/organizations/1/honors/0/year", -2021)),
    ("DOC-014-serviceRecord-households-negative", set_("/serviceRecords/1/households", -1)),
]

STREAM_CASES = [
    ("DOC-002-stream-header-schemaVersion-0.9", set_("/0/schemaVersion", "0.9")),
    ("DOC-003-stream-header-asOf-missing", delete("/0/asOf")),
    ("DOC-010-stream-grid-kind-missing", delete("/10/kind")),
    ("DOC-012-stream-recordType-unknown", set_("/12/recordType", "service")),
    ("DOC-013-stream-serviceRecord-date-february-29", set_("/12/date", "2023-02-29")),
    ("DOC-014-stream-posting-id-slash", set_("/13/id", "p/1")),
]


def write_json(path, doc):
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def write_ndjson(path, lines):
    text = "".join(json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n" for line in lines)
    path.write_text(text, encoding="utf-8")


def main():
    schemas = load_schemas()
    valid_dir, invalid_dir = EXAMPLES / "valid", EXAMPLES / "invalid"
    base = json.loads((valid_dir / "dataset-koujiang.json").read_text(encoding="utf-8"))

    minimal = {"schemaVersion": base["schemaVersion"], "asOf": base["asOf"]}
    write_json(valid_dir / "dataset-minimal.json", minimal)
    write_json(valid_dir / "dataset-null-lists.json",
               {**minimal, "source": None, **{field: None for field, _ in LISTS}})
    nulls = copy.deepcopy(base)
    fill_nulls(schemas, "dataset.schema.json", schemas["dataset.schema.json"], nulls)
    for field, record_type in LISTS:
        file = record_type + ".schema.json"
        for record in nulls[field]:
            fill_nulls(schemas, file, schemas[file], record)
    write_json(valid_dir / "dataset-explicit-nulls.json", nulls)
    lines = stream_lines(base)
    write_ndjson(valid_dir / "stream-koujiang.ndjson", lines)

    for old in invalid_dir.glob("*"):
        old.unlink()
    for name, change in DOCUMENT_CASES:
        doc = copy.deepcopy(base)
        change(doc)
        write_json(invalid_dir / (name + ".json"), doc)
    for name, change in STREAM_CASES:
        stream = copy.deepcopy(lines)
        change(stream)
        write_ndjson(invalid_dir / (name + ".ndjson"), stream)


if __name__ == "__main__":
    main()
