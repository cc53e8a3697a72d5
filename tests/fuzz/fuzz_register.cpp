// The register of affected persons comes from outside (a seized list, a platform's export): its
// CSV and XLSX readers (model/register/tablereader.h) take any bytes without a crash, a hang or
// an allocation beyond their limits, and report every row in order.
#include "fuzzsupport.h"
#include "register/tablereader.h"

#include <QBuffer>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    habeas::fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace habeas::registerfile;
    QByteArray bytes = habeas::fuzz::bytes(data, size);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    ReadLimits limits;
    limits.maxInflatedBytes = 16 << 20; // the fuzzer's memory, not the product's limit
    limits.maxSharedStringChars = 4 << 20;
    qint64 lastLine = 0;
    (void)readTable(
        buffer, QString(),
        [&](const TableRow &row) {
            if (row.line < lastLine)
                __builtin_trap(); // rows come in order
            lastLine = row.line;
            return true;
        },
        limits);
    (void)detectEncoding(bytes.left(4096));
    return 0;
}
