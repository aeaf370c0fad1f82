# lit configuration for coropack.
import os
import shutil

import lit.formats

config.name = "coropack"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".ll", ".test", ".cpp", ".rs"]
config.excludes = ["Inputs", "inputs", "lit.cfg.py", "lit.site.cfg.py.in"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.coropack_build, "test")

tools = config.llvm_tools_dir
plugin = config.coropack_plugin
config.environment["PATH"] = os.pathsep.join(
    [tools, os.path.join(config.coropack_src, "tools"), config.environment.get("PATH", os.environ.get("PATH", ""))])
for var in ("HOME", "RUSTUP_HOME", "CARGO_HOME", "TMPDIR"):
    if var in os.environ:
        config.environment[var] = os.environ[var]
# The automatic passes read these; tests set them explicitly when needed.
for var in list(config.environment):
    if var.startswith("COROPACK_"):
        del config.environment[var]

config.substitutions.append(("%plugin", plugin))
config.substitutions.append(("%opt", f"{tools}/opt -load-pass-plugin={plugin}"))
config.substitutions.append(("%clangxx", f"{tools}/clang++ -std=c++20"))
config.substitutions.append(("%clang", f"{tools}/clang"))
config.substitutions.append(("%src", config.coropack_src))
config.substitutions.append(("%build", config.coropack_build))
config.substitutions.append(("%python", shutil.which("python3") or "python3"))

# Optional hosts.
cargo_bin = os.path.join(os.environ.get("CARGO_HOME", os.path.expanduser("~/.cargo")), "bin")
rustup = shutil.which("rustup") or (os.path.join(cargo_bin, "rustup") if os.path.exists(os.path.join(cargo_bin, "rustup")) else None)
if rustup:
    config.environment["PATH"] = os.pathsep.join([config.environment["PATH"], cargo_bin])
    config.available_features.add("rustc")
    config.substitutions.append(("%rustup", rustup))
    import subprocess
    try:
        out = subprocess.run([rustup, "toolchain", "list"], capture_output=True, text=True).stdout
        if "nightly" in out:
            config.available_features.add("rustc-nightly")
    except OSError:
        pass
if shutil.which("gdb"):
    config.available_features.add("gdb")
