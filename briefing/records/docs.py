"""The contract's field tables, generated from the record tables: docs/fields.md.

    python -m briefing.records.docs > docs/fields.md

tests/test_field_docs.py keeps the file current, and holds each table to the
one in the format's contract.
"""

from __future__ import annotations

from briefing.records.schema import RECORD_NAME, TABLES, Field, Kind

#: What a value of each kind is called in the contract: one, and several.
_NAMES = {
    Kind.ID: ("id", "ids"),
    Kind.TEXT: ("text", "text"),
    Kind.URL: ("text", "text"),
    Kind.PATH: ("path", "paths"),
    Kind.DATE: ("date", "dates"),
    Kind.COUNT: ("integer >= 1", "integers >= 1"),
}


def type_label(field: Field) -> str:
    """The field's type as the contract writes it: `list of actor ids`, `date` ..."""
    if field.kind is Kind.ENUM:
        one = "one of " + ", ".join(f"`{choice}`" for choice in field.choices)
        several = "values " + one
    elif field.kind is Kind.REF:
        one = f"{RECORD_NAME[field.target or '']} id"
        several = one + "s"
    else:
        one, several = _NAMES[field.kind]
    if not field.many:
        return one
    return ("non-empty " if field.non_empty else "") + "list of " + several


def markdown() -> str:
    """docs/fields.md: one table per record type, the fields authors write."""
    lines = [
        "# Fields",
        "",
        "The fields of each record, as authors write them: the tables of the format's",
        "contract, generated from the record tables (`briefing/records/schema.py`) by",
        "`python -m briefing.records.docs`. Editors can check a briefing file as it is",
        "typed with the JSON Schema `docs/briefing.schema.json`, made from the same tables.",
    ]
    for key, table in TABLES.items():
        lines += ["", f"## {key}", "", "| field | required | type | meaning |", "|---|---|---|---|"]
        for field in table.written.values():
            cells = (
                field.name,
                "yes" if field.required else "no",
                type_label(field),
                field.meaning,
            )
            lines.append("|" + "|".join(f" {cell} " if cell else " " for cell in cells) + "|")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(markdown(), end="")
