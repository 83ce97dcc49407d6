"""Every exception the project raises on purpose, in one place.

The edges map them: the CLI to exit codes (``EXIT_CODES``), the API to HTTP status codes
(``HTTP_STATUS``). Anything else reaching an edge is a bug and is reported as such.
"""

from __future__ import annotations


class PolicyQAError(Exception):
    """Base class; ``message`` is shown to users as-is (Chinese first, English after)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class SourceError(PolicyQAError):
    """The source document is missing, empty, not UTF-8, or not the expected table shape."""


class DataFileError(PolicyQAError):
    """A reviewed data file (units, overrides, ...) is malformed."""


class IndexMissingError(PolicyQAError):
    """No index has been built yet."""


class StaleIndexError(PolicyQAError):
    """The index on disk does not match the corpus, model or its own manifest."""


class ModelUnavailableError(PolicyQAError):
    """The embedding model folder is missing or fails to load."""


class QuestionError(PolicyQAError):
    """The question (or query) is empty, too long, or otherwise unusable."""


class NotFoundError(PolicyQAError):
    """A measure, indicator or other record does not exist."""


class GoldFormatError(PolicyQAError):
    """An evaluation gold file has a malformed line."""


EXIT_CODES: dict[type[PolicyQAError], int] = {
    SourceError: 3,
    DataFileError: 3,
    IndexMissingError: 4,
    StaleIndexError: 4,
    ModelUnavailableError: 5,
    QuestionError: 2,
    NotFoundError: 6,
    GoldFormatError: 2,
}

HTTP_STATUS: dict[type[PolicyQAError], int] = {
    QuestionError: 422,
    NotFoundError: 404,
    GoldFormatError: 422,
    SourceError: 500,
    DataFileError: 500,
    IndexMissingError: 503,
    StaleIndexError: 503,
    ModelUnavailableError: 503,
}


def exit_code(error: PolicyQAError) -> int:
    return next((code for cls, code in EXIT_CODES.items() if isinstance(error, cls)), 1)


def http_status(error: PolicyQAError) -> int:
    return next((code for cls, code in HTTP_STATUS.items() if isinstance(error, cls)), 500)


def error_body(message: str, kind: str, code: int) -> dict[str, dict[str, str | int]]:
    """An error as JSON, the same shape everywhere (the API's status or the CLI's exit code as ``code``)."""
    return {"error": {"message": message, "type": kind, "code": code}}
