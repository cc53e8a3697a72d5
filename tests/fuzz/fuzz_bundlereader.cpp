// A case bundle (.habeas) comes from outside: its manifest and its ZIP are read before anything
// is written (model/bundle). Any bytes are refused or read within the limits, never a crash.
#include "bundle/bundlearchive.h"
#include "bundle/bundleformat.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    habeas::fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace habeas::bundle;
    const QByteArray input = habeas::fuzz::bytes(data, size);
    if (auto manifest = Manifest::fromJson(input); manifest.ok())
        for (const auto &entry : manifest.value().entries)
            if (!entryPathProblem(entry.path).isEmpty())
                __builtin_trap(); // a manifest that reads never names an unsafe path
    auto reader = ArchiveReader::open(habeas::fuzz::scratchFile(input, ".habeas"));
    if (!reader.ok())
        return 0;
    constexpr qint64 kLimit = 1 << 20;
    for (const auto &entry : reader.value()->entries()) {
        qint64 total = 0;
        (void)reader.value()->read(entry.name, kLimit, [&](QByteArrayView chunk) {
            total += chunk.size();
            if (total > kLimit)
                __builtin_trap(); // the limit is enforced before the sink sees more
            return true;
        });
    }
    return 0;
}
