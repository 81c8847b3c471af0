"""Typed errors. Every one names the file and gives a one-line reason, so the CLI can print
`policyparse: FILE: reason` and a batch can record it without a traceback."""
from __future__ import annotations


class PolicyParseError(Exception):
    """Base class: the document could not be turned into a Plan."""

    reason = "could not be parsed"

    def __init__(self, path: str | None = None, reason: str | None = None):
        self.path = path or "<text>"
        if reason:
            self.reason = reason
        super().__init__(f"{self.path}: {self.reason}")


class UnsupportedFormat(PolicyParseError):
    reason = "unsupported format"


class EmptyDocument(PolicyParseError):
    reason = "empty document (no text)"


class BinaryFile(PolicyParseError):
    reason = "binary data, not a text document"


class CorruptDocument(PolicyParseError):
    reason = "corrupt or truncated document"


class EncryptedDocument(PolicyParseError):
    reason = "document is encrypted (password protected)"


class NoTextLayer(PolicyParseError):
    reason = "PDF has no usable text layer (scanned or fonts without Unicode map); OCR it first"


class DocumentTooLarge(PolicyParseError):
    reason = "document exceeds the size limit"


class UnreadableFile(PolicyParseError):
    reason = "file cannot be read"
