// The mustache templates (documents/templateengine.h): a user may edit a template, so any text
// is checked and rendered against a case-shaped context without a crash or a hang.
#include "fuzzsupport.h"
#include "templateengine.h"

#include <QVariantList>
#include <QVariantMap>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(habeas::fuzz::bytes(data, size));
    (void)habeas::checkTemplateSyntax(text);
    QVariantMap party { { QStringLiteral("name"), QStringLiteral("罗某") },
        { QStringLiteral("phone"), QString() } };
    QVariantMap context { { QStringLiteral("case"),
                              QVariantMap {
                                  { QStringLiteral("title"), QStringLiteral("罗某诉某公司") } } },
        { QStringLiteral("plaintiffs"), QVariantList { party, party } },
        { QStringLiteral("draft"), true }, { QStringLiteral("count"), 3 } };
    (void)habeas::renderTemplate(text, context, QStringLiteral("fuzz.mustache"));
    return 0;
}
