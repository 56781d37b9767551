"""Evaluation of briefs: ROUGE, chrF/BLEU, figure fidelity, bootstrap CIs and a paired test.

One small module per concern (the sacrebleu layout):

* ``inputs``     -- reading and checking the REFS and HYPS JSON Lines files, matching by id
* ``rouge``      -- ROUGE-1/2/L/Lsum on rouge-score, with a tokenizer that keeps non-ASCII letters
* ``chrf``       -- chrF and BLEU (sacrebleu) for full translations
* ``figures``    -- figure fidelity: recall of listed figures, must-keep recall, invented
  figures, rendering errors
* ``bootstrap``  -- bootstrap confidence intervals and the paired approximate-randomization test
* ``signature``  -- the sacrebleu-style signature printed with every score
* ``evaluate``   -- puts the above together into one JSON-ready result
* ``report``     -- Markdown and JSON output; ``plot`` -- the matplotlib chart
* ``command``    -- the ``summarizer eval`` Typer command

Importing this package is cheap: numpy, rouge-score, sacrebleu and matplotlib are imported only
when something is scored or drawn.

Library use::

    from summarizer.evaluation.evaluate import evaluate
    result = evaluate(Path("eval/data/dev.jsonl"), [Path("hyps-lead.jsonl")])
"""
