/* coropack: pack LLVM coroutine frames by liveness.
 *
 * Public C interface of the plugin's core. The C++ shim (plugin/shim.cpp)
 * registers passes that call these functions; any other host that holds an
 * LLVMModuleRef can call them directly. The header is plain C11.
 */
#ifndef COROPACK_COROPACK_H
#define COROPACK_COROPACK_H

#include <llvm-c/Types.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Report formats. */
enum {
	CP_FMT_NONE = 0,
	CP_FMT_TEXT = 1,
	CP_FMT_JSON = 2,
};

/* Options shared by every pass; parsed from pass parameters
 * (cp_parse_options) and then from COROPACK_* environment variables
 * (cp_env_options) for hosts that cannot pass options (rustc). */
typedef struct CpOptions {
	int format;     /* CP_FMT_*: what the report prints to stderr */
	int pack;       /* 1: rewrite frames; 0: analyse and report only */
	int remarks;    /* 1: emit optimisation remarks */
	int debug;      /* 1: dump phase results to stderr */
	int verify;     /* 1: check the rewritten family and abort loudly */
} CpOptions;

/* Fills o with the defaults of a pass called `pass` ("print<coro-frames>",
 * "coro-pack", "coro-pack-auto"). */
void cp_default_options(CpOptions *o, const char *pass);

/* Parses a pass parameter list such as "json;dry-run" into o. Returns 0 on
 * success; otherwise writes a message naming the bad parameter and the
 * accepted ones into err (errlen bytes) and returns -1. */
int cp_parse_options(CpOptions *o, const char *pass, const char *params,
    char *err, size_t errlen);

/* Applies COROPACK_REPORT, COROPACK_PACK and COROPACK_DEBUG from the
 * environment. Returns -1 with a message in err on a bad value. */
int cp_env_options(CpOptions *o, char *err, size_t errlen);

/* Returns 1 when COROPACK_DISABLE is set to a true value: the automatic
 * pipeline entries then add nothing. */
int cp_env_disabled(void);

/* Analyses (and, with o->pack, packs) every split switch-ABI coroutine of
 * m. Returns the number of functions changed. */
int cp_run_module(LLVMModuleRef m, const CpOptions *o);

/* Same for the coroutine family that function f belongs to, if f is a
 * ramp or clone of a split coroutine not yet processed. Changed functions
 * are written to changed[0..max) and counted in the return value. */
int cp_run_function(LLVMValueRef f, const CpOptions *o,
    LLVMValueRef *changed, int max);

/* Pre-split phase: records, for every presplit coroutine in m (or just f
 * when f is non-null), what CoroSplit would otherwise erase (alloca
 * scopes). Returns the number of functions changed. */
int cp_presplit(LLVMModuleRef m, LLVMValueRef f, const CpOptions *o);

/* The Rust bridge: rewrites calls to the coropack_* placeholder functions
 * into llvm.coro.* intrinsics (see docs/rust.md). Returns 1 if m changed. */
int cp_bridge_module(LLVMModuleRef m);

/* Erases what cp_presplit recorded (metadata and the promise alignment)
 * from every function that is no longer a pre-split coroutine, and the
 * "coropack" marks other than "packed". Changes no code; returns 0. */
int cp_strip(LLVMModuleRef m);

#ifdef __cplusplus
}
#endif
#endif
