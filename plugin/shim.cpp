// shim.cpp: the only C++ in coropack.
//
// Registers the passes with the new pass manager and offers the C core the
// few services the LLVM C API lacks (optimisation remarks, reading and
// editing debug-info nodes). Every pass wrapper calls into C and returns
// PreservedAnalyses::none() only when C reports a change.

#include "coropack.h"

#include "llvm/Analysis/CGSCCPassManager.h"
#include "llvm/Analysis/LazyCallGraph.h"
#include "llvm/Analysis/OptimizationRemarkEmitter.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/DebugProgramInstruction.h"
#include "llvm/IR/DiagnosticHandler.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/PassManager.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Plugins/PassPlugin.h"
#include "llvm/Support/Error.h"

using namespace llvm;

namespace {

Expected<CpOptions> parseOptions(const char *Pass, StringRef Params) {
  CpOptions O;
  cp_default_options(&O, Pass);
  char Err[512];
  if (cp_parse_options(&O, Pass, Params.str().c_str(), Err, sizeof Err))
    return make_error<StringError>(Err, inconvertibleErrorCode());
  return O;
}

// A module pass around one C entry point.
struct ModuleWrap : PassInfoMixin<ModuleWrap> {
  enum Kind { Run, Presplit, Bridge, Strip } K;
  CpOptions O;
  ModuleWrap(Kind K, CpOptions O) : K(K), O(O) {}
  PreservedAnalyses run(Module &M, ModuleAnalysisManager &) {
    LLVMModuleRef MR = wrap(&M);
    int Changed = 0;
    switch (K) {
    case Run: Changed = cp_run_module(MR, &O); break;
    case Presplit: Changed = cp_presplit(MR, nullptr, &O); break;
    case Bridge: Changed = cp_bridge_module(MR); break;
    case Strip: Changed = cp_strip(MR); break;
    }
    return Changed ? PreservedAnalyses::none() : PreservedAnalyses::all();
  }
  static bool isRequired() { return true; }
};

// The pre-split phase, a function pass at ScalarOptimizerLateEP: the last
// point before CoroSplit where a plugin can run. It only adds metadata.
struct PresplitWrap : PassInfoMixin<PresplitWrap> {
  CpOptions O;
  explicit PresplitWrap(CpOptions O) : O(O) {}
  PreservedAnalyses run(Function &F, FunctionAnalysisManager &) {
    if (F.isPresplitCoroutine())
      cp_presplit(wrap(F.getParent()), wrap(&F), &O);
    return PreservedAnalyses::all();
  }
  static bool isRequired() { return true; }
};

// The CGSCC pass placed at CGSCCOptimizerLateEP: packs a split family when
// the walk revisits its ramp (after the clones were simplified, before any
// caller inlines the ramp). A family spans several SCCs, so the analyses of
// every changed function are invalidated here. The rewrite never touches a
// terminator or a block (only GEPs, operands, attributes and metadata), so
// the CFG analyses stay.
struct CgsccWrap : PassInfoMixin<CgsccWrap> {
  CpOptions O;
  explicit CgsccWrap(CpOptions O) : O(O) {}
  PreservedAnalyses run(LazyCallGraph::SCC &C, CGSCCAnalysisManager &AM,
                        LazyCallGraph &CG, CGSCCUpdateResult &) {
    FunctionAnalysisManager *FAM = nullptr; // looked up once a function changed
    bool Any = false;
    PreservedAnalyses CFG;
    CFG.preserveSet<CFGAnalyses>();
    for (LazyCallGraph::Node &N : C) {
      Function &F = N.getFunction();
      if (F.isDeclaration())
        continue;
      if (F.isPresplitCoroutine())
        continue; // recorded later, at ScalarOptimizerLateEP

      LLVMValueRef Changed[FN_NKIND];
      int N2 = cp_run_function(wrap(&F), &O, Changed, FN_NKIND);
      if (N2 && !FAM)
        FAM = &AM.getResult<FunctionAnalysisManagerCGSCCProxy>(C, CG).getManager();
      for (int I = 0; I < N2; I++) {
        FAM->invalidate(*unwrap<Function>(Changed[I]), CFG);
        Any = true;
      }
    }
    if (!Any)
      return PreservedAnalyses::all();
    // Only the function analyses were made stale, and they are invalidated
    // above; the call graph is unchanged (no call edge is added or removed).
    PreservedAnalyses PA = CFG;
    PA.preserve<FunctionAnalysisManagerCGSCCProxy>();
    return PA;
  }
  static bool isRequired() { return true; }
};

// Parses `Pass<params>` into O; false if Name is another pass. A bad
// parameter ends the process with a message naming it: the pipeline parser
// has no way to carry our message.
bool parsePass(StringRef Name, const char *Pass, CpOptions &O) {
  if (!PassBuilder::checkParametrizedPassName(Name, Pass))
    return false;
  auto R = PassBuilder::parsePassParameters(
      [&](StringRef P) { return parseOptions(Pass, P); }, Name, Pass);
  if (!R) {
    errs() << "coropack: " << toString(R.takeError()) << "\n";
    exit(1);
  }
  O = *R;
  return true;
}

bool parseModulePass(StringRef Name, ModulePassManager &MPM) {
  static const struct {
    const char *Pass;
    ModuleWrap::Kind K;
  } Passes[] = {{"print<coro-frames>", ModuleWrap::Run},
                {"coro-pack-presplit", ModuleWrap::Presplit},
                {"coro-bridge", ModuleWrap::Bridge},
                {"coro-pack-strip", ModuleWrap::Strip},
                {"coro-pack", ModuleWrap::Run}};
  for (const auto &P : Passes) {
    CpOptions O;
    if (parsePass(Name, P.Pass, O)) {
      MPM.addPass(ModuleWrap(P.K, O));
      return true;
    }
  }
  return false;
}

bool parseCgsccPass(StringRef Name, CGSCCPassManager &CPM) {
  CpOptions O;
  if (!parsePass(Name, "coro-pack-cgscc", O))
    return false;
  CPM.addPass(CgsccWrap(O));
  return true;
}

// Options of the automatic entries come from the environment only.
bool autoOptions(const char *Pass, CpOptions &O) {
  if (cp_env_disabled())
    return false;
  cp_default_options(&O, Pass);
  char Err[512];
  if (cp_env_options(&O, Err, sizeof Err)) {
    errs() << "coropack: " << Err << "\n";
    exit(1);
  }
  return true;
}

void registerCallbacks(PassBuilder &PB) {
  PB.registerPipelineParsingCallback(
      [](StringRef Name, ModulePassManager &MPM,
         ArrayRef<PassBuilder::PipelineElement>) {
        return parseModulePass(Name, MPM);
      });
  PB.registerPipelineParsingCallback(
      [](StringRef Name, CGSCCPassManager &CPM,
         ArrayRef<PassBuilder::PipelineElement>) {
        return parseCgsccPass(Name, CPM);
      });
  // The Rust bridge must run before coro-early.
  PB.registerPipelineStartEPCallback(
      [](ModulePassManager &MPM, OptimizationLevel) {
        MPM.addPass(ModuleWrap(ModuleWrap::Bridge, CpOptions{}));
      });
  // O1-O3: between the split of a coroutine and the simplification of its
  // clones, before any caller inlines the ramp. At O0 this runs before
  // coro-split and only records pre-split scopes.
  PB.registerCGSCCOptimizerLateEPCallback(
      [](CGSCCPassManager &CPM, OptimizationLevel) {
        CpOptions O;
        if (autoOptions("coro-pack-cgscc", O))
          CPM.addPass(CgsccWrap(O));
      });
  PB.registerScalarOptimizerLateEPCallback(
      [](FunctionPassManager &FPM, OptimizationLevel) {
        CpOptions O;
        if (autoOptions("coro-pack-presplit", O))
          FPM.addPass(PresplitWrap(O));
      });
  // O0: coro-split and coro-cleanup run after every other extension point
  // but this one; the families are found again from their header stores.
  PB.registerOptimizerLastEPCallback(
      [](ModulePassManager &MPM, OptimizationLevel L, ThinOrFullLTOPhase) {
        CpOptions O;
        if (L == OptimizationLevel::O0 && autoOptions("coro-pack-o0", O))
          MPM.addPass(ModuleWrap(ModuleWrap::Run, O));
        // What the pre-split phase recorded, once no coroutine needs it.
        if (autoOptions("coro-pack-strip", O))
          MPM.addPass(ModuleWrap(ModuleWrap::Strip, O));
      });
}

} // namespace

extern "C" LLVM_ATTRIBUTE_WEAK LLVM_ATTRIBUTE_VISIBILITY_DEFAULT
    PassPluginLibraryInfo llvmGetPassPluginInfo() {
  return {LLVM_PLUGIN_API_VERSION, "coropack", "0.1", registerCallbacks};
}

// Services for the C core.

extern "C" void cp_remark(LLVMValueRef FnRef, LLVMValueRef At, int Kind,
                          const char *Name, const char *Msg) {
  Function &F = *unwrap<Function>(FnRef);
  if (F.isDeclaration())
    return;
  OptimizationRemarkEmitter ORE(&F);
  const Instruction *I =
      At ? unwrap<Instruction>(At) : &*F.getEntryBlock().getFirstNonPHIOrDbg();
  DiagnosticLocation Loc =
      I->getDebugLoc() ? DiagnosticLocation(I->getDebugLoc())
                       : DiagnosticLocation(F.getSubprogram());
  switch (Kind) {
  case RK_ANALYSIS:
    ORE.emit(OptimizationRemarkAnalysis("coro-frames", Name, Loc,
                                        &F.getEntryBlock())
             << Msg);
    break;
  case RK_PASSED:
    ORE.emit(OptimizationRemark("coro-pack", Name, Loc, &F.getEntryBlock())
             << Msg);
    break;
  default:
    ORE.emit(OptimizationRemarkMissed("coro-pack", Name, Loc,
                                      &F.getEntryBlock())
             << Msg);
    break;
  }
}

extern "C" int cp_remarks_wanted(LLVMValueRef FnRef) {
  LLVMContext &Ctx = unwrap<Function>(FnRef)->getContext();
  return Ctx.getLLVMRemarkStreamer() ||
         Ctx.getDiagHandlerPtr()->isAnyRemarkEnabled();
}

extern "C" uint cp_diexpr_len(LLVMMetadataRef E) {
  return unwrap<DIExpression>(E)->getNumElements();
}

extern "C" u64 cp_diexpr_elt(LLVMMetadataRef E, uint I) {
  return unwrap<DIExpression>(E)->getElement(I);
}

extern "C" void cp_dbgrec_setexpr(LLVMDbgRecordRef R, LLVMMetadataRef E) {
  auto *DVR = cast<DbgVariableRecord>(unwrap(R));
  DVR->setExpression(unwrap<DIExpression>(E));
}

// DIType keeps its size and offset as operands 3 and 4 (LLVM 22,
// DIType::getRawSizeInBits/getRawOffsetInBits); they are replaced in place.
static void setTypeOperand(DIType *T, unsigned Op, u64 Bits) {
  assert((Op == 3 ? T->getRawSizeInBits() : T->getRawOffsetInBits()) ==
         T->getOperand(Op));
  T->replaceOperandWith(Op, ConstantAsMetadata::get(ConstantInt::get(
                                Type::getInt64Ty(T->getContext()), Bits)));
}

extern "C" void cp_dicomposite_resize(LLVMMetadataRef T, u64 Bits) {
  setTypeOperand(unwrap<DIType>(T), 3, Bits);
}

extern "C" uint cp_dicomposite_nmembers(LLVMMetadataRef T) {
  return unwrap<DICompositeType>(T)->getElements().size();
}

extern "C" LLVMMetadataRef cp_dicomposite_member(LLVMMetadataRef T, uint I) {
  return wrap(unwrap<DICompositeType>(T)->getElements()[I]);
}

extern "C" void cp_ditype_setoffset(LLVMMetadataRef T, u64 Bits) {
  setTypeOperand(unwrap<DIType>(T), 4, Bits);
}

extern "C" LLVMMetadataRef cp_divar_type(LLVMMetadataRef V) {
  auto *Var = dyn_cast_or_null<DIVariable>(unwrap(V));
  DIType *T = Var ? Var->getType() : nullptr;
  return T && isa<DICompositeType>(T) ? wrap(T) : nullptr;
}

extern "C" int cp_divar_same(LLVMValueRef A, LLVMMetadataRef B) {
  // CoroSplit gives each clone its own copy of a variable: the same name,
  // line, argument number and type, in the clone's subprogram.
  auto *MA = dyn_cast_or_null<MetadataAsValue>(unwrap(A));
  auto *X = MA ? dyn_cast<DILocalVariable>(MA->getMetadata()) : nullptr;
  auto *Y = dyn_cast_or_null<DILocalVariable>(unwrap(B));
  if (!X || !Y)
    return 0;
  return X == Y || (X->getName() == Y->getName() && X->getLine() == Y->getLine() &&
                    X->getArg() == Y->getArg() && X->getType() == Y->getType() &&
                    X->getFile() == Y->getFile());
}

extern "C" void cp_dropmd(LLVMValueRef I, const uint *K, uint N) {
  Instruction *In = unwrap<Instruction>(I);
  // the attachments other than !dbg; no kind in K is !dbg
  if (!In->hasMetadataOtherThanDebugLoc())
    return;
  In->eraseMetadataIf([&](unsigned Kind, MDNode *) {
    for (uint J = 0; J < N; J++)
      if (K[J] == Kind)
        return true;
    return false;
  });
}

extern "C" int cp_hasmd(LLVMValueRef I, uint K) {
  return unwrap<Instruction>(I)->hasMetadata(K);
}
