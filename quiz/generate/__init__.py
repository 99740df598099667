"""Question generation: :class:`~quiz.facts.model.Film` → validated :class:`~quiz.bank.Question` s.

:func:`generate_questions` runs every category's templates through one
:class:`~quiz.generate.context.Context`, which enforces the hard rules, then caps true/false
questions at a fifth of the film's questions. Output order and content depend only on the
film, its article path and the pool of other films, so rebuilds are byte-identical.
"""

from __future__ import annotations

from collections.abc import Sequence

from quiz.bank import CATEGORIES, Question
from quiz.facts.model import Film
from quiz.generate.context import Context
from quiz.generate.templates import (
    adaptation,
    awards,
    box_office,
    cast,
    credits,
    crossfilm,
    figures,
    negatives,
    places,
    production,
    records,
    release,
)
from quiz.picking import mark_reveals

BOOLEAN_SHARE_CAP = 0.2
TEMPLATE_MODULES = (
    credits,
    cast,
    awards,
    release,
    adaptation,
    box_office,
    production,
    places,
    figures,
    records,
    negatives,
    crossfilm,
)

__all__ = ["BOOLEAN_SHARE_CAP", "generate_context", "generate_questions"]


def generate_context(
    film: Film, path: str, pool: Sequence[Film] = (), position: int | None = None
) -> Context:
    """Run every template; the context keeps the questions and the rejections."""
    ctx = Context(film=film, path=path, pool=pool, position=position)
    for module in TEMPLATE_MODULES:
        module.generate(ctx)
    _cap_booleans(ctx)
    ctx.questions = mark_reveals(ctx.questions)
    order = {name: index for index, name in enumerate(CATEGORIES)}
    ctx.questions.sort(key=lambda q: order.get(q.category, len(order)))
    return ctx


def generate_questions(film: Film, path: str, pool: Sequence[Film] = ()) -> list[Question]:
    """All valid questions for ``film`` (``path`` is the article path cited in sources)."""
    return generate_context(film, path, pool).questions


def _cap_booleans(ctx: Context) -> None:
    """Drop true/false questions beyond a fifth of the total, keeping True/False balanced."""
    booleans = [q for q in ctx.questions if q.type == "boolean"]
    multiple = len(ctx.questions) - len(booleans)
    allowed = int(BOOLEAN_SHARE_CAP * multiple / (1 - BOOLEAN_SHARE_CAP))
    if len(booleans) <= allowed:
        return
    keep: list[Question] = []
    trues = [q for q in booleans if q.correct_answer == "True"]
    falses = [q for q in booleans if q.correct_answer == "False"]
    while len(keep) < allowed and (trues or falses):
        for bucket in (trues, falses):
            if bucket and len(keep) < allowed:
                keep.append(bucket.pop(0))
    dropped = {q.id for q in booleans} - {q.id for q in keep}
    ctx.questions = [q for q in ctx.questions if q.id not in dropped]
