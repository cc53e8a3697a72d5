// Citations as users type them ("PIPL 13(1)(ii)", "民法典第1034条",
// "《…》第十三条第一款第（二）项"), parsed against the bundled statutes and printed back in both
// styles.
#include "fuzzsupport.h"
#include "law/citation.h"
#include "law/statutelibrary.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    habeas::fuzz::ensureApplication();
    (void)habeas::bundledStatutes();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto &library = habeas::bundledStatutes();
    const auto result =
        habeas::parseCitation(QString::fromUtf8(habeas::fuzz::bytes(data, size)), library);
    if (result.isValid()) {
        (void)habeas::formatCitation(result.citation, library, habeas::CitationStyle::Court);
        (void)habeas::formatCitation(result.citation, library, habeas::CitationStyle::Short);
        if (!habeas::validateCitation(result.citation, library).isValid())
            __builtin_trap(); // what parses must validate
    }
    return 0;
}
