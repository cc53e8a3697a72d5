// Windows. Written for the record: not compiled on the machines that build Habeas today.
#include "platform/workerguard.h"

#include <QProcess>

#include <windows.h>

namespace habeas::WorkerGuard {

namespace {

// One job for every worker of this process. Its handle is never closed: it closes when this
// process ends, however it ends, and JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE then kills the workers.
HANDLE workerJob(const Limits &limits)
{
    static const HANDLE job = [&limits]() -> HANDLE {
        HANDLE created = ::CreateJobObjectW(nullptr, nullptr);
        if (!created)
            return nullptr;
        JOBOBJECT_EXTENDED_LIMIT_INFORMATION info {};
        info.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE
            | JOB_OBJECT_LIMIT_PROCESS_MEMORY | JOB_OBJECT_LIMIT_PROCESS_TIME
            | JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION;
        info.ProcessMemoryLimit = static_cast<SIZE_T>(limits.memoryBytes);
        // In 100-nanosecond units.
        info.BasicLimitInformation.PerProcessUserTimeLimit.QuadPart =
            static_cast<LONGLONG>(limits.cpuSeconds) * 10'000'000;
        if (!::SetInformationJobObject(
                created, JobObjectExtendedLimitInformation, &info, sizeof info)) {
            ::CloseHandle(created);
            return nullptr;
        }
        return created;
    }();
    return job;
}

} // namespace

void prepare(QProcess &process)
{
    Q_UNUSED(process); // the job is joined right after the start (adopt)
}

void adopt(QProcess &process, const Limits &limits)
{
    const HANDLE job = workerJob(limits);
    if (!job || process.processId() <= 0)
        return;
    // The child runs a few instructions before it joins; the caller's time limit covers them.
    const HANDLE child = ::OpenProcess(
        PROCESS_SET_QUOTA | PROCESS_TERMINATE, FALSE, static_cast<DWORD>(process.processId()));
    if (!child)
        return;
    ::AssignProcessToJobObject(job, child);
    ::CloseHandle(child);
}

void limitSelf(const Limits &limits, bool sanitized)
{
    Q_UNUSED(limits);
    Q_UNUSED(sanitized);
    // Also: no "this program has stopped working" dialog waiting for a click on a crash.
    ::SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
}

double cpuSecondsUsed()
{
    FILETIME created {}, exited {}, kernel {}, user {};
    if (!::GetProcessTimes(::GetCurrentProcess(), &created, &exited, &kernel, &user))
        return 0;
    // The job's limit counts user time only, in 100-nanosecond units.
    ULARGE_INTEGER u {};
    u.LowPart = user.dwLowDateTime;
    u.HighPart = user.dwHighDateTime;
    return double(u.QuadPart) / 1e7;
}

} // namespace habeas::WorkerGuard
