"""status.py CODE CMD...: runs CMD, passes its output through, and succeeds
only if CMD exits with status CODE (lit's `not` accepts any failure)."""
import subprocess
import sys

want = int(sys.argv[1])
got = subprocess.run(sys.argv[2:]).returncode
if got != want:
    print(f"status.py: expected exit status {want}, got {got}", file=sys.stderr)
    sys.exit(1)
