#!/usr/bin/env python3
"""Renames private fields spelled `_name` to `name` (the spelling .editorconfig's naming rules ask for) in the given
.cs files, or in src/ and tests/ when none are given. Where the file already uses `name` (a parameter or local), instance
fields become `this.name`. Prints each rename; prints the fields it left alone (static ones whose name is taken)."""
import pathlib, re, sys

DECL = re.compile(r'^\s*private\s+(static\s+)?(readonly\s+)?(volatile\s+)?[\w<>\[\]?,. ()]+?\s+_([A-Za-z]\w*)\s*[;=]', re.M)

def rename(path):
    text = path.read_text()
    for match in list(DECL.finditer(text)):
        is_static, old = bool(match.group(1)), '_' + match.group(4)
        new = match.group(4)[0].lower() + match.group(4)[1:]
        taken = re.search(r'(?<![\w.])' + re.escape(new) + r'\b', text) is not None
        if taken and is_static:
            print(f"left {path}: static {old} (name '{new}' taken)")
            continue
        use = ('this.' + new) if taken else new
        text = text.replace('this.' + old, 'this.' + new)
        decl_line = match.group(0)
        text = text.replace(decl_line, decl_line.replace(old, new, 1), 1)
        text = re.sub(r'(?<![\w.])' + re.escape(old) + r'\b', use, text)
        print(f"renamed {path}: {old} -> {use}")
    path.write_text(text)

files = [pathlib.Path(a) for a in sys.argv[1:]] or [
    p for root in ('src', 'tests') for p in pathlib.Path(root).rglob('*.cs') if '/obj/' not in str(p) and '/bin/' not in str(p)]
for f in files:
    if DECL.search(f.read_text()):
        rename(f)
