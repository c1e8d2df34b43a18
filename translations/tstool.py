#!/usr/bin/env python3
"""Helps keep the Qt Linguist files complete after lupdate.

  tstool.py dump FILE.ts > todo.tsv       unfinished entries: id, context, source (\\n escaped)
  tstool.py apply FILE.ts done.tsv        sets translations from "id<TAB>text" lines
                                          (numerus: forms separated by " ||| ")
  tstool.py english FILE.ts               fills the English file: plural forms, and each other entry with its source
                                          ("%n pod(s)" -> "%n pod" / "%n pods")

Ids are positions in `dump` order; run `apply` on the same .ts that `dump` read. Afterwards run
the lupdate target again (it rewrites the file in its own layout).
"""
import re
import sys
import xml.etree.ElementTree as ET


def unescape(text):
    return text.replace('\\n', '\n').replace('\\t', '\t')


def escape(text):
    return text.replace('\n', '\\n').replace('\t', '\\t')


def messages(root):
    for ctx in root.iter('context'):
        name = ctx.find('name').text
        for m in ctx.iter('message'):
            yield name, m


def unfinished(root):
    out = []
    for name, m in messages(root):
        tr = m.find('translation')
        if tr is None or tr.get('type') == 'unfinished':
            out.append((name, m))
    return out


def write(tree, path):
    tree.write(path, encoding='utf-8', xml_declaration=True)


def set_translation(m, forms):
    tr = m.find('translation')
    if tr is None:
        tr = ET.SubElement(m, 'translation')
    tr.attrib.pop('type', None)
    if m.get('numerus') == 'yes':
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        for form in forms:
            ET.SubElement(tr, 'numerusform').text = form
    else:
        tr.text = forms[0]


def english_plural(source):
    # "%n pod(s)" -> ("%n pod", "%n pods"); "NodePort(s)" likewise.
    one = re.sub(r'\(s\)', '', source)
    many = source.replace('(s)', 's')
    return [one, many]


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    cmd, path = argv[1], argv[2]
    tree = ET.parse(path)
    root = tree.getroot()
    if cmd == 'dump':
        for i, (name, m) in enumerate(unfinished(root)):
            flag = 'N ' if m.get('numerus') == 'yes' else ''
            print(f"{i}\t{flag}{name}\t{escape(m.find('source').text or '')}")
        return 0
    if cmd == 'apply':
        todo = unfinished(root)
        done = 0
        with open(argv[3], encoding='utf-8') as f:
            for line in f:
                line = line.rstrip('\n')
                if not line or '\t' not in line:
                    continue
                idx, text = line.split('\t', 1)
                _, m = todo[int(idx)]
                set_translation(m, [unescape(t) for t in text.split(' ||| ')])
                done += 1
        write(tree, path)
        print(f'{done} translations set', file=sys.stderr)
        return 0
    if cmd == 'english':
        done = 0
        for _, m in messages(root):
            tr = m.find('translation')
            if tr is not None and tr.get('type') in ('vanished', 'obsolete'):
                continue
            source = m.find('source').text or ''
            # English is the source language: a plural gets its two forms, anything else
            # itself, so that the file has nothing left unfinished.
            set_translation(m, english_plural(source) if m.get('numerus') == 'yes' else [source])
            done += 1
        write(tree, path)
        print(f'{done} English entries set', file=sys.stderr)
        return 0
    print(__doc__)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv))
