// The image probe reads an imported screenshot's header, EXIF and PNG text before any pixel is
// decoded (parsing/imageprobe.h): any file gives a probe or an error.
#include "fuzzsupport.h"
#include "imageprobe.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    habeas::fuzz::ensureApplication();
    habeas::installImageAllocationLimit();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString file = habeas::fuzz::scratchFile(habeas::fuzz::bytes(data, size), ".img");
    const auto probe = habeas::probeImage(file);
    if (probe.ok()
        && probe.value().size.width() * qint64(probe.value().size.height())
            > habeas::kMaxImagePixels)
        __builtin_trap(); // the limit holds
    return 0;
}
