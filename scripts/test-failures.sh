#!/usr/bin/env bash
# Prints the assertion messages of failed tests from surefire XML reports (developer aid).
for f in $(grep -l "<failure\|<error" */target/surefire-reports/TEST-*.xml 2>/dev/null); do
  python3 - "$f" <<'PY'
import sys, xml.etree.ElementTree as ET
t = ET.parse(sys.argv[1])
for tc in t.getroot().iter('testcase'):
    for k in ('failure', 'error'):
        e = tc.find(k)
        if e is not None:
            print("==", tc.get('classname').split('.')[-1] + "." + tc.get('name'))
            print((e.get('message') or '')[:1500])
PY
done
