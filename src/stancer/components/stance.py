"""PLACEHOLDER until the stance helper writes the real component (overwrite freely)."""
from spacy.language import Language


class StanceClassifier:
    def __init__(self, name, target, aliases, spans_key):
        self.name = name

    def __call__(self, doc):
        return doc


@Language.factory("stancer_stance", default_config={"target": "Russia", "aliases": [], "spans_key": "stancer_quotes"})
def make_stance(nlp, name, target, aliases, spans_key):
    return StanceClassifier(name, target, aliases, spans_key)
