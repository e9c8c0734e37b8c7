#!/usr/bin/env bash
# The javadoc of partyorg's public API as HTML: every published library module in one set of pages
# (javadoc:aggregate), written to docs/api/ (not committed; CONTRIBUTING.md, "Documentation").
# Open docs/api/index.html. Extra arguments go to Maven, e.g. scripts/javadoc.sh -o for offline.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's:.*<javadoc.plugin.version>\(.*\)</javadoc.plugin.version>.*:\1:p' pom.xml)
./mvnw -B -q "$@" "org.apache.maven.plugins:maven-javadoc-plugin:${version}:aggregate"
rm -rf docs/api
cp -r target/reports/apidocs docs/api
rm -rf docs/api/src        # javadoc's copy of the module sources, not part of the pages
echo "docs/api/index.html"
