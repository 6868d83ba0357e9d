"""A realistic demo portfolio: Brazilian key accounts with every part of the account plan filled.

:func:`write_demo` creates a new portfolio file and fills every table of the model: accounts of
several industries with their org structure and decision chain, the product catalogue,
opportunities with their stage history, targets and forecast snapshots, 24 months of revenue,
surveys, risks and actions, OKRs with check-ins, reviews and the interaction log.

Everything is drawn from one ``random.Random(seed)`` and dated relative to ``today``, and every
row gets explicit ids and timestamps, so the same seed and day always give the same database,
row for row. Rows are built as plain dictionaries and written with one bulk insert per table,
which keeps even a 2,000-account demo fast.

The words — company names, places, people, job titles and every free text in pt-BR and English —
live in ``resources/demo/vocabulary.json`` (see :func:`vocabulary`). Company names, people and
e-mail domains are invented (e-mails use the reserved ``.example`` top-level domain). Free text
follows ``language``: pt-BR when it starts with ``pt``, else English.

The modules, in the order the coordinator runs them:

- ``words``: the vocabulary's types and loader; ``tuning``: how often and how much.
- ``context``: the state every part shares (random source, rows, ids); ``clients``: an account
  while it is being built; ``dates`` and ``money``: small helpers.
- ``accounts``: accounts, ICP ratings and org units; ``people``: stakeholders, their links and
  the interaction log; ``pipeline``: opportunities and their history; ``health``: revenue and
  surveys; ``plan``: risks, actions, OKRs and reviews; ``forecast``: targets and snapshots.
- ``builder``: the coordinator and :func:`write_demo`.
"""

from kamdesk.services.demo.builder import fill_demo, write_demo
from kamdesk.services.demo.words import VOCABULARY_FILE, Vocabulary, vocabulary

__all__ = ["VOCABULARY_FILE", "Vocabulary", "fill_demo", "vocabulary", "write_demo"]
