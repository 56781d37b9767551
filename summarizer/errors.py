"""The one exception type the CLI turns into a single line on stderr."""


class SummarizerError(Exception):
    """A problem the user can fix; ``str(err)`` is the one line they see.

    ``exit_code`` follows the CLI contract: 1 when some articles failed, 2 for usage or model
    problems that stop the whole job.
    """

    exit_code = 1


class InputError(SummarizerError):
    """One input file or record cannot be read; the other inputs still go on."""


class UsageError(SummarizerError):
    exit_code = 2


class ModelError(SummarizerError):
    """The model is missing or broken: nothing can be translated."""

    exit_code = 2
