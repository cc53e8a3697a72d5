// The statute parser reads the markdown statute texts (resources/statutes): any text must give
// a result or an error, never a crash or a hang.
#include "fuzzsupport.h"
#include "law/statuteparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(habeas::fuzz::bytes(data, size));
    const auto result = habeas::parseStatute(text);
    if (result.isValid())
        for (const auto &article : result.instrument.articles)
            (void)article.fullText();
    int number = 0;
    (void)habeas::isItemLine(text, &number);
    (void)habeas::isSubItemLine(text);
    return 0;
}
