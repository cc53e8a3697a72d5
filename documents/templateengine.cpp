#include "templateengine.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <kainjow/mustache.hpp>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

namespace mstch = kainjow::mustache;

mstch::data toData(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QVariantMap: {
        mstch::data object { mstch::data::type::object };
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object.set(it.key().toStdString(), toData(it.value()));
        return object;
    }
    case QMetaType::QVariantList: {
        mstch::data list { mstch::data::type::list };
        for (const QVariant &item : value.toList())
            list.push_back(toData(item));
        return list;
    }
    case QMetaType::QStringList: {
        mstch::data list { mstch::data::type::list };
        for (const QString &item : value.toStringList())
            list.push_back(mstch::data(item.toStdString()));
        return list;
    }
    case QMetaType::Bool:
        return mstch::data(value.toBool());
    default: {
        // Empty text is false, as in mustache.js: {{#phone}}联系电话：{{{phone}}}{{/phone}}.
        const QString text = value.toString();
        if (text.isEmpty())
            return mstch::data(false);
        return mstch::data(text.toStdString());
    }
    }
}

// The engine reports a byte offset ("Unclosed tag at 123"); users think in lines.
TemplateSyntaxError syntaxError(const std::string &utf8, const std::string &message)
{
    TemplateSyntaxError error;
    error.detail = QString::fromStdString(message);
    static const QRegularExpression at(u"\\bat (\\d+)$"_s);
    if (const auto match = at.match(error.detail); match.hasMatch()) {
        const auto offset = std::min<std::size_t>(match.captured(1).toULongLong(), utf8.size());
        error.line = 1 + static_cast<int>(std::count(utf8.begin(), utf8.begin() + offset, '\n'));
        error.detail = error.detail.left(match.capturedStart()).trimmed();
    }
    return error;
}

} // namespace

TemplateSyntaxError checkTemplateSyntax(const QString &text)
{
    const std::string utf8 = text.toStdString();
    const mstch::mustache engine(utf8);
    if (engine.is_valid())
        return {};
    return syntaxError(utf8, engine.error_message());
}

Result<QString> renderTemplate(const QString &text, const QVariant &data, const QString &fileName)
{
    const std::string utf8 = text.toStdString();
    mstch::mustache engine(utf8);
    auto fail = [&](const TemplateSyntaxError &e) {
        return Error::input(QCoreApplication::translate(
            "habeas::Templates", "The template %1 is broken at line %2: %3")
                                .arg(fileName)
                                .arg(e.line)
                                .arg(e.detail));
    };
    if (!engine.is_valid())
        return fail(syntaxError(utf8, engine.error_message()));
    // Our output is markup, not HTML: the context escapes its own text (see markup.h).
    engine.set_custom_escape([](const std::string &s) { return s; });
    const std::string out = engine.render(toData(data));
    if (!engine.is_valid()) // a lambda or partial can fail while rendering
        return fail(syntaxError(utf8, engine.error_message()));
    return QString::fromStdString(out);
}

} // namespace habeas
