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

to rewrite every marked block with its region (de-indented, nested tag lines left out), preceded by
the import lines of the region's file that its code uses (static ones first, then a blank line),
exactly as DocSnippetsTest compares them. Pages: docs/**/*.md, README.md, CONTRIBUTING.md, CHANGELOG.md.
Needs only the Python 3 standard library.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
TAG = re.compile(r"^\s*//\s*tag::([\w.-]+)\[\]\s*$")
END = re.compile(r"^\s*//\s*end::([\w.-]+)\[\]\s*$")
MARKER = re.compile(r"^\s*<!--\s*example:\s*([\w.-]+)\s*-->\s*$")
IMPORT = re.compile(r"^import\s+(static\s+)?([\w.]+)\s*;\s*$")
IDENTIFIER = re.compile(r"(?<![\w$.])[A-Za-z_$][\w$]*")


def without_comments_and_literals(code):
    """Java code with comments, string, text-block and character literals blanked out."""
    out, i, n = [], 0, len(code)
    while i < n:
        c = code[i]
        if code.startswith("//", i):
            while i < n and code[i] != "\n":
                i += 1
        elif code.startswith("/*", i):
            end = code.find("*/", i + 2)
            i = n if end < 0 else end + 2
            out.append(" ")
        elif code.startswith('"""', i):
            end = code.find('"""', i + 3)
            i = n if end < 0 else end + 3
            out.append(" ")
        elif c in "\"'":
            i += 1
            while i < n and code[i] != c and code[i] != "\n":
                i += 2 if code[i] == "\\" else 1
            i += 1
            out.append(" ")
        else:
            out.append(c)
            i += 1
    return "".join(out)


def imports_used(imports, body):
    """The import lines the region's code needs and does not hold itself (as DocSnippetsTest.importsUsed)."""
    held = {l.strip() for l in body if IMPORT.match(l.strip())}
    code = "".join(l + "\n" for l in body if not IMPORT.match(l.strip()))
    used = set(IDENTIFIER.findall(without_comments_and_literals(code)))
    statics, types = [], []
    for line in imports:
        m = IMPORT.match(line)
        if not m or line.strip() in held:
            continue
        if m.group(2).rsplit(".", 1)[-1] in used:
            (statics if m.group(1) else types).append(line.strip())
    return statics + ([""] if statics and types else []) + types


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
        imports = [l for l in lines if IMPORT.match(l)]
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
            shown = imports_used(imports, body)
            out[name] = shown + [""] + normalize(body) if shown else normalize(body)
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
