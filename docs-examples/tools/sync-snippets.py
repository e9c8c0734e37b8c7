#!/usr/bin/env python3
"""Copies the tagged regions of docs-examples/src and spring-boot-example/src into the docs' marked ```java blocks.

A page shows an example as

    <!-- example: NAME -->
    ```java
    ...
    ```

and docs-examples/src (or spring-boot-example/src) holds the code between `// tag::NAME[]` and `// end::NAME[]`. After
changing an example, run from the repository root

    python3 docs-examples/tools/sync-snippets.py

to rewrite every marked block with its region (de-indented, nested tag lines left out), exactly as
DocSnippetsTest compares them. Pages: docs/**/*.md, README.md, CONTRIBUTING.md, CHANGELOG.md.
Needs only the Python 3 standard library.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
TAG = re.compile(r"^\s*//\s*tag::([\w.-]+)\[\]\s*$")
END = re.compile(r"^\s*//\s*end::([\w.-]+)\[\]\s*$")
MARKER = re.compile(r"^\s*<!--\s*example:\s*([\w.-]+)\s*-->\s*$")


def normalize(lines):
    lines = [l.rstrip() for l in lines]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    indent = min((len(l) - len(l.lstrip()) for l in lines if l), default=0)
    return [l[indent:] if l else l for l in lines]


SOURCES = ("docs-examples/src", "spring-boot-example/src")


def regions():
    out = {}
    paths = [p for source in SOURCES for p in sorted((ROOT / source).rglob("*.java"))]
    for path in paths:
        lines = path.read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines):
            m = TAG.search(line)
            if not m:
                continue
            name, body = m.group(1), []
            for other in lines[i + 1:]:
                e = END.search(other)
                if e and e.group(1) == name:
                    break
                if not TAG.search(other) and not END.search(other):
                    body.append(other)
            out[name] = normalize(body)
    return out


def pages():
    for name in ("README.md", "CONTRIBUTING.md", "CHANGELOG.md"):
        if (ROOT / name).is_file():
            yield ROOT / name
    yield from sorted((ROOT / "docs").rglob("*.md"))


def main():
    known = regions()
    missing = 0
    for page in pages():
        lines = page.read_text(encoding="utf-8").split("\n")
        out, i, changed = [], 0, False
        while i < len(lines):
            m = MARKER.match(lines[i])
            if m and i + 1 < len(lines) and lines[i + 1].strip() == "```java":
                name = m.group(1)
                end = i + 2
                while end < len(lines) and lines[end].strip() != "```":
                    end += 1
                if name not in known:
                    print(f"{page.relative_to(ROOT)}:{i + 1}: no region tagged {name}", file=sys.stderr)
                    missing += 1
                    out.extend(lines[i:end + 1])
                else:
                    block = [lines[i], lines[i + 1]] + known[name] + ["```"]
                    changed |= block != lines[i:end + 1]
                    out.extend(block)
                i = end + 1
                continue
            out.append(lines[i])
            i += 1
        if changed:
            page.write_text("\n".join(out), encoding="utf-8")
            print(f"updated {page.relative_to(ROOT)}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
