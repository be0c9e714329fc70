"""Try to install spaCy's nl_core_news_lg; carry on without it, saying so in one line.

spaCy ships its models outside PyPI, so on machines that reach only the
package registries this fails; the pipeline then runs on spacy.blank("nl")
with the project's own rules.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys

MODEL = "nl_core_news_lg"


def main() -> int:
    if importlib.util.find_spec(MODEL):
        print(f"setup: {MODEL} already installed")
        return 0
    attempts = ([sys.executable, "-m", "pip", "install", "--quiet", MODEL],
                [sys.executable, "-m", "spacy", "download", MODEL])
    for cmd in attempts:
        try:
            done = subprocess.run(cmd, capture_output=True, timeout=300)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if done.returncode == 0 and importlib.util.find_spec(MODEL):
            print(f"setup: installed {MODEL}")
            return 0
    print(f"setup: {MODEL} could not be installed (not on any registry this machine reaches); "
          "the pipeline will run on spacy.blank('nl') with its own rules")
    return 0


if __name__ == "__main__":
    sys.exit(main())
