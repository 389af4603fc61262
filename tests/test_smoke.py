from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).parent.parent / "examples"


def test_cli_advises_the_bundled_example() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "thankyou", "advise", str(EXAMPLES / "us-fundraising.toml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Verdict:" in result.stdout
    assert "[baseline]" in result.stdout
