#pragma once

#include <QCoreApplication>

namespace habeas::bundle {

// The translation context of the bundle layer's messages, declared once for all its files
// (docs/architecture.md, "A string's context must be one lupdate can see"): Text::tr("…").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(habeas::bundle)
};

} // namespace habeas::bundle
