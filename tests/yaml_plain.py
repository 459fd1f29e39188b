"""Turning the safe reader's located nodes into plain data, for the YAML suite.

The checker never needs this (it decides a scalar's type only where the
contract asks for one); the suite's `in.json` files are written in YAML 1.2's
core schema, so that is the schema used here.
"""

from __future__ import annotations

import json
import math
import re

from briefing.check.yaml_nodes import Mapping, Node, Scalar, Sequence

_NULL = re.compile(r"null|Null|NULL|~|")
_TRUE = re.compile(r"true|True|TRUE")
_FALSE = re.compile(r"false|False|FALSE")
_INT = re.compile(r"[-+]?[0-9]+")
_OCT = re.compile(r"0o[0-7]+")
_HEX = re.compile(r"0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_INF = re.compile(r"[-+]?\.(inf|Inf|INF)")
_NAN = re.compile(r"\.(nan|NaN|NAN)")


def to_plain(node: Node) -> object:
    if isinstance(node, Mapping):
        return {key: to_plain(value) for key, (_, value) in node.entries.items()}
    if isinstance(node, Sequence):
        return [to_plain(item) for item in node.items]
    assert isinstance(node, Scalar)
    return _scalar(node.value) if node.plain else node.value


def _scalar(value: str) -> object:
    if _NULL.fullmatch(value):
        return None
    if _TRUE.fullmatch(value):
        return True
    if _FALSE.fullmatch(value):
        return False
    if _INT.fullmatch(value):
        return int(value)
    if _OCT.fullmatch(value):
        return int(value[2:], 8)
    if _HEX.fullmatch(value):
        return int(value[2:], 16)
    if _FLOAT.fullmatch(value):
        return float(value)
    if _INF.fullmatch(value):
        return -math.inf if value.startswith("-") else math.inf
    if _NAN.fullmatch(value):
        return math.nan
    return value


def json_documents(text: str) -> list[object]:
    """Every JSON value in `text` (the suite writes one per YAML document)."""
    decoder = json.JSONDecoder()
    values: list[object] = []
    position = 0
    while True:
        while position < len(text) and text[position].isspace():
            position += 1
        if position >= len(text):
            return values
        value, position = decoder.raw_decode(text, position)
        values.append(value)


def same(a: object, b: object) -> bool:
    """Equality where 1 == 1.0 is not enough: JSON numbers compare by value."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    return a == b
