"""The one error type bad input raises: the CLI prints it as one line, never a traceback."""


class InputError(Exception):
    """A report that cannot be read: empty, binary, undecodable, truncated, or no report inside."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
