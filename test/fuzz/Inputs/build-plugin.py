"""build-plugin.py SRC.cpp OUT.so: builds a pass plugin against the LLVM whose
llvm-config comes first in PATH (lit puts LLVM 22's tools directory first)."""
import shlex
import shutil
import subprocess
import sys

src, out = sys.argv[1], sys.argv[2]
cfg = shutil.which("llvm-config")
if not cfg:
    sys.exit("build-plugin.py: llvm-config not found in PATH")
bindir = subprocess.run([cfg, "--bindir"], capture_output=True, text=True, check=True).stdout.strip()
flags = shlex.split(subprocess.run([cfg, "--cxxflags"], capture_output=True, text=True, check=True).stdout)
cmd = [f"{bindir}/clang++"] + flags + ["-fPIC", "-shared", "-O1", "-w", src, "-o", out,
                                       "-Wl,--allow-shlib-undefined"]
sys.exit(subprocess.run(cmd).returncode)
