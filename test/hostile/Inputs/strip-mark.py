#!/usr/bin/env python3
"""strip-mark.py IN.ll OUT.ll: canonicalise textual IR for comparing a module
built with coropack against one built without it.

The automatic coropack passes mark each ramp they visit with the string
attribute "coropack"="packed|analyzed|skipped" (driver.c), which renumbers the
attribute groups. This script inlines every attribute group reference (#N)
into the line that uses it, removes exactly the "coropack"="..." attribute and
nothing else, and drops the attributes #N = {...} lines. Anything else that
differs (an instruction, a type, another attribute) still differs. It prints
the number of "coropack" marks it removed to stderr, one line per mark kind.
"""
import re
import sys

src = open(sys.argv[1]).read().splitlines()
groups = {}
for line in src:
    m = re.match(r'^attributes #(\d+) = \{ (.*) \}$', line)
    if m:
        groups[m.group(1)] = m.group(2)
marks = {}
def strip(attrs):
    def drop(m):
        marks[m.group(1)] = marks.get(m.group(1), 0) + 1
        return ''
    attrs = re.sub(r'"coropack"="([a-z]*)"', drop, attrs)
    return ' '.join(attrs.split())
out = []
for line in src:
    if line.startswith('attributes #'):
        continue
    if line.startswith('; ModuleID') or line.startswith('source_filename'):
        continue
    def inline(m):
        a = strip(groups.get(m.group(1), '#' + m.group(1)))
        return (' {' + a + '}') if a else ''
    # group references end a define/declare header or a call
    line = re.sub(r' #(\d+)\b(?=( |$|,|\{))', inline, line)
    out.append(line)
while out and out[-1] == '':
    out.pop()
open(sys.argv[2], 'w').write('\n'.join(out) + '\n')
for k in sorted(marks):
    sys.stderr.write('strip-mark: removed "coropack"="%s" x%d\n' % (k, marks[k]))
