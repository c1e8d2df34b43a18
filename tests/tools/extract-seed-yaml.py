#!/usr/bin/env python3
"""Extracts the seed article's two YAML examples byte for byte (tabs, trailing spaces and all)
into tests/data/invalid/seed-service-definition.yml and seed-back-end.yml.

Usage: tests/tools/extract-seed-yaml.py ../shared/seed/kubernetes-network.md tests/data/invalid
"""
import pathlib
import sys


def yaml_blocks(markdown: bytes):
    """The bodies of the ```yaml fenced blocks, as bytes, each line ending in \\n."""
    blocks, current = [], None
    for line in markdown.split(b"\n"):
        if current is None:
            if line.strip() == b"```yaml":
                current = []
        elif line.strip() == b"```":
            blocks.append(b"".join(l + b"\n" for l in current))
            current = None
        else:
            current.append(line)
    return blocks


def main():
    source, target = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    blocks = yaml_blocks(source.read_bytes())
    names = {b"myapp-service": "seed-service-definition.yml", b"back-end": "seed-back-end.yml"}
    written = 0
    for block in blocks:
        for key, name in names.items():
            if b"name: " + key in block:
                (target / name).write_bytes(block)
                written += 1
    if written != 2:
        sys.exit(f"expected the two Service examples, found {written}")


if __name__ == "__main__":
    main()
