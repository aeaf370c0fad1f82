// broken-plugin.cpp: a deliberately wrong pass plugin, to check that
// tools/coro-fuzz notices a miscompile. In every coroutine resume function it
// makes the first 64-bit integer load from the frame (the function's first
// argument, at a constant offset) read 0 instead, as a frame-layout pass that
// got one slot wrong would. Built by test/fuzz/detect-mismatch.test.
#include "llvm/IR/Constants.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/PassManager.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Plugins/PassPlugin.h"

using namespace llvm;

namespace {
struct ZeroOneFrameLoad : PassInfoMixin<ZeroOneFrameLoad> {
  PreservedAnalyses run(Module &M, ModuleAnalysisManager &) {
    bool Changed = false;
    for (Function &F : M) {
      if (F.isDeclaration() || F.arg_empty() || !F.getName().ends_with(".resume"))
        continue;
      Argument *Frame = F.getArg(0);
      LoadInst *Victim = nullptr;
      for (BasicBlock &BB : F) {
        for (Instruction &I : BB) {
          auto *L = dyn_cast<LoadInst>(&I);
          if (L && L->getType()->isIntegerTy(64) &&
              L->getPointerOperand()->stripInBoundsConstantOffsets() == Frame) {
            Victim = L;
            break;
          }
        }
        if (Victim)
          break;
      }
      if (Victim) {
        Victim->replaceAllUsesWith(ConstantInt::get(Victim->getType(), 0));
        Changed = true;
      }
    }
    return Changed ? PreservedAnalyses::none() : PreservedAnalyses::all();
  }
  static bool isRequired() { return true; }
};
} // namespace

extern "C" LLVM_ATTRIBUTE_WEAK ::llvm::PassPluginLibraryInfo llvmGetPassPluginInfo() {
  return {LLVM_PLUGIN_API_VERSION, "broken", "0", [](PassBuilder &PB) {
            PB.registerOptimizerLastEPCallback(
                [](ModulePassManager &MPM, OptimizationLevel, ThinOrFullLTOPhase) {
                  MPM.addPass(ZeroOneFrameLoad());
                });
          }};
}
