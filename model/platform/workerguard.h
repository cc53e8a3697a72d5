#pragma once

#include <QtGlobal>

class QProcess;

namespace habeas {

// Keeps a worker process (habeas-parse, tesseract) on a leash, whatever the platform: it dies
// with the process that started it and cannot take all memory or CPU. One interface, one
// implementation per platform: workerguard_posix.cpp (Linux: PR_SET_PDEATHSIG + setrlimit;
// macOS: setrlimit + a kqueue watch of the parent) and workerguard_win.cpp (a Job Object with
// kill-on-close and a memory limit). Only the Linux one is built and tested here.
namespace WorkerGuard {

struct Limits {
    qint64 memoryBytes = qint64(2) << 30; // address space (POSIX) or committed memory (Windows)
    int cpuSeconds = 300;
};

// Parent side, before QProcess::start(): the child will die with the thread that starts it.
void prepare(QProcess &process);

// Parent side, right after a successful start. Windows: puts the child into a job object that
// kills it when this process ends and caps its memory. Elsewhere: nothing more to do.
void adopt(QProcess &process, const Limits &limits = {});

// Worker side, first thing in main(): caps its own memory and CPU time and forbids core files
// (a core would hold the evidence's content); on macOS also starts watching its parent and
// exits when it dies. `sanitized`: AddressSanitizer reserves terabytes of address space, so
// the memory cap is skipped. Windows: nothing, the parent's job object holds the limits.
void limitSelf(const Limits &limits, bool sanitized);

// Worker side: the CPU time (user + system, seconds) this process has used so far — what the
// CPU limit counts. A long-lived worker reports it so its parent retires it in good time.
double cpuSecondsUsed();

} // namespace WorkerGuard

} // namespace habeas
