// Linux and macOS.
#include "platform/workerguard.h"

#include <QProcess>

#include <algorithm>
#include <sys/resource.h>
#include <unistd.h>

#if defined(Q_OS_LINUX)
#include <csignal>
#include <sys/prctl.h>
#elif defined(Q_OS_DARWIN)
#include <cerrno>
#include <sys/event.h>
#include <thread>
#endif

namespace habeas::WorkerGuard {

namespace {

void limit(int resource, rlim_t wanted)
{
    rlimit current {};
    if (::getrlimit(resource, &current) != 0)
        return;
    // Never raise a limit someone else set lower.
    const rlim_t value = std::min(wanted, current.rlim_max);
    const rlimit next { value, value };
    ::setrlimit(resource, &next);
}

#if defined(Q_OS_DARWIN)
// macOS has no parent-death signal: a thread waits in kqueue for the parent's exit.
void exitWithParent()
{
    const pid_t parent = ::getppid();
    std::thread([parent] {
        const int queue = ::kqueue();
        struct kevent change { };
        EV_SET(&change, parent, EVFILT_PROC, EV_ADD | EV_ONESHOT, NOTE_EXIT, 0, nullptr);
        if (queue < 0 || ::kevent(queue, &change, 1, nullptr, 0, nullptr) < 0) {
            // ESRCH: the parent is already gone. Any other failure: the time limit still holds.
            if (errno == ESRCH)
                ::_exit(3);
            return;
        }
        if (::getppid() != parent) // died before the watch was in place
            ::_exit(3);
        struct kevent event { };
        while (::kevent(queue, nullptr, 0, &event, 1, nullptr) < 0 && errno == EINTR) { }
        ::_exit(3);
    }).detach();
}
#endif

} // namespace

void prepare(QProcess &process)
{
#if defined(Q_OS_LINUX)
    // Sent when the thread that forked the child ends (it waits for the child, so it ends with
    // this process or after the child).
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#else
    Q_UNUSED(process); // macOS: the worker watches its parent itself (limitSelf)
#endif
}

void adopt(QProcess &process, const Limits &limits)
{
    Q_UNUSED(process);
    Q_UNUSED(limits);
}

void limitSelf(const Limits &limits, bool sanitized)
{
    if (!sanitized)
        limit(RLIMIT_AS, rlim_t(limits.memoryBytes));
    limit(RLIMIT_CPU, rlim_t(limits.cpuSeconds));
    limit(RLIMIT_CORE, 0);
#if defined(Q_OS_DARWIN)
    exitWithParent();
#endif
}

double cpuSecondsUsed()
{
    rusage usage {};
    if (::getrusage(RUSAGE_SELF, &usage) != 0)
        return 0;
    const auto seconds = [](const timeval &t) {
        return double(t.tv_sec) + double(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

} // namespace habeas::WorkerGuard
