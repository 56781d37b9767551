"""The one exception type the CLI turns into a single line on stderr."""


class SummarizerError(Exception):
    """A problem the user can fix; ``str(err)`` is the one line they see.

    ``exit_code`` follows the CLI contract: 1 when some articles failed, 2 for usage or model
    problems that stop the whole job.
    """

    exit_code = 1


class UsageError(SummarizerError):
    exit_code = 2


class ModelError(SummarizerError):
    """The model is missing or broken: nothing can be translated."""

    exit_code = 2


def first_line(err: Exception) -> str:
    """The first line of an exception's message (at most 200 characters), for a one-line
    error; its type's name when it has no message."""
    return (str(err).strip().splitlines() or [type(err).__name__])[0][:200]
