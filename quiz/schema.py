"""JSON Schema (draft 2020-12) of the native question set, written to question_bank/schema.json.

Kept as a Python literal so the package needs no data file to validate, and the committed
``schema.json`` is just ``json.dumps`` of it (a test checks the two agree).
"""

from __future__ import annotations

import json
from typing import Any

NATIVE_FORMAT = "film-trivia-set"
NATIVE_VERSION = 1
SCHEMA_ID = "https://film-quiz.invalid/schema/film-trivia-set-1.json"

_NON_EMPTY = {"type": "string", "minLength": 1, "pattern": r"\S"}

NATIVE_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": SCHEMA_ID,
    "title": "Film trivia question set",
    "description": "A native question set produced by `quiz build` / `quiz export --format native`.",
    "type": "object",
    "required": ["format", "version", "title", "questions"],
    "properties": {
        "format": {"const": NATIVE_FORMAT},
        "version": {"const": NATIVE_VERSION},
        "title": {"type": "string"},
        "generator": {"type": "string"},
        "sources": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["path", "sha256"],
                "properties": {
                    "path": {"type": "string"},
                    "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                    "title": {"type": "string"},
                },
                "additionalProperties": False,
            },
        },
        "questions": {"type": "array", "items": {"$ref": "#/$defs/question"}},
    },
    "additionalProperties": False,
    "$defs": {
        "question": {
            "type": "object",
            "required": [
                "id",
                "type",
                "category",
                "difficulty",
                "question",
                "correct_answer",
                "incorrect_answers",
            ],
            "properties": {
                "id": {"type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]*$"},
                "type": {"enum": ["multiple", "boolean"]},
                "category": _NON_EMPTY,
                "difficulty": {"enum": ["easy", "medium", "hard"]},
                "question": _NON_EMPTY,
                "correct_answer": _NON_EMPTY,
                "incorrect_answers": {"type": "array", "items": _NON_EMPTY},
                "explanation": {"type": "string"},
                "source": {
                    "type": "object",
                    "required": ["path", "line", "quote"],
                    "properties": {
                        "path": {"type": "string"},
                        "line": {"type": "integer", "minimum": 1},
                        "quote": {"type": "string"},
                    },
                    "additionalProperties": False,
                },
                "film": {"type": "string"},
                "tags": {"type": "array", "items": {"type": "string"}},
                "template": {"type": "string"},
                "fact": {"type": "string"},
                "reveals": {"type": "array", "items": {"type": "string"}},
            },
            "additionalProperties": False,
            "allOf": [
                {
                    "if": {"properties": {"type": {"const": "multiple"}}},
                    "then": {"properties": {"incorrect_answers": {"minItems": 3, "maxItems": 3}}},
                },
                {
                    "if": {"properties": {"type": {"const": "boolean"}}},
                    "then": {
                        "properties": {
                            "correct_answer": {"enum": ["True", "False"]},
                            "incorrect_answers": {
                                "minItems": 1,
                                "maxItems": 1,
                                "items": {"enum": ["True", "False"]},
                            },
                        }
                    },
                },
            ],
        }
    },
}


def schema_json() -> str:
    """The schema as the deterministic text committed in ``question_bank/schema.json``."""
    return json.dumps(NATIVE_SCHEMA, ensure_ascii=False, indent=2) + "\n"
