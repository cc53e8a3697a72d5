#pragma once

#include "core/result.h"

#include <QString>
#include <QVariant>

// The one place the mustache library is used: the rest of Habeas sees QString and QVariant.
namespace habeas {

// Where a template is broken, for a message that lets the user find it.
struct TemplateSyntaxError {
    int line = 0; // 1-based; 0 when unknown
    QString detail; // the engine's own words (English)
};

// Checks that `text` is well-formed mustache: an empty detail when it is.
[[nodiscard]] TemplateSyntaxError checkTemplateSyntax(const QString &text);

// Renders `text` with `data`: a QVariantMap (mustache object), QVariantList (list), QString,
// bool or number; anything else renders as empty. An empty string counts as false in a
// section, as in mustache.js, so {{#phone}}…{{/phone}} prints only when there is a phone. Values
// are inserted verbatim (no HTML escaping): the caller escapes what the output format needs.
// `fileName` names the template in the error of a broken one.
[[nodiscard]] Result<QString> renderTemplate(
    const QString &text, const QVariant &data, const QString &fileName);

} // namespace habeas
