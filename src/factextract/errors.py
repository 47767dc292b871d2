"""The one small exception hierarchy of factextract."""


class FactExtractError(Exception):
    """Base class of every error factextract raises on purpose."""


class LexiconError(FactExtractError):
    """A data table under ``factextract/data`` (or a user-supplied one) is malformed."""


class InputError(FactExtractError):
    """An input file cannot be read, decoded or parsed; the message names file and reason."""
