"""The office tests' check counter: each check prints its line (only the
failures when quiet), and the run ends with "N passed, M failed"."""


class Tally:
    def __init__(self, quiet=False):
        self.passed = self.failed = 0
        self.quiet = quiet

    def __call__(self, ok, what):
        ok = bool(ok)
        if not ok or not self.quiet:
            print(("ok   " if ok else "FAIL ") + what)
        self.passed, self.failed = self.passed + ok, self.failed + (not ok)

    def finish(self):
        """Prints the summary; returns the exit code."""
        print(f"{self.passed} passed, {self.failed} failed")
        return 1 if self.failed else 0
