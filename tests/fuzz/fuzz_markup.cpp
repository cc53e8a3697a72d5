// Filing markup (documents/markup.h): what every template renders to. Any text parses into a
// document; user text passed through escapeMarkup() stays one literal paragraph.
#include "fuzzsupport.h"
#include "markup.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(habeas::fuzz::bytes(data, size));
    (void)habeas::parseMarkup(text);
    const QString escaped = habeas::escapeMarkup(text);
    if (escaped.contains(u'\n'))
        __builtin_trap(); // escaped text is one line
    const auto doc = habeas::parseMarkup(escaped);
    if (doc.blocks.size() > 1)
        __builtin_trap(); // and never more than one block
    return 0;
}
