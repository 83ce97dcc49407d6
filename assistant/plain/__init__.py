"""Plain (hotline) questions: callers' words and what the plan does not answer (``callers``), retrieval and the
answerability gate (``retrieval``), the sentence to quote
(``quotes``), the figure a question asks for and whether the passages state it (``figures``; what a sentence must
share with the question to state it about its subject: ``subject``), the case a
caller's own figure falls in (``cases``), what a document the plan only names says inside (``documents``:
“25条”里头第十条), and the reviewed data files they read (``data_files``: lexicon,
scope, figures)."""

from assistant.plain.callers import expand, lexicon, out_of_scope
from assistant.plain.figures import figure_kind, said, unstated_figure
from assistant.plain.quotes import quote_for
from assistant.plain.retrieval import retrieve_plain

__all__ = ["expand", "figure_kind", "lexicon", "out_of_scope", "quote_for", "retrieve_plain", "said", "unstated_figure"]
