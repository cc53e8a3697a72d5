#include "argparser.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace habeas::cli {

ArgParser &ArgParser::option(const QString &name, const QString &valueName, const QString &help)
{
    m_options.append({ name, true, false, valueName, help });
    return *this;
}

ArgParser &ArgParser::repeatable(const QString &name, const QString &valueName, const QString &help)
{
    m_options.append({ name, true, true, valueName, help });
    return *this;
}

ArgParser &ArgParser::flag(const QString &name, const QString &help)
{
    m_options.append({ name, false, false, {}, help });
    return *this;
}

ArgParser &ArgParser::positional(const QString &name, const QString &help, bool optional)
{
    m_positionalSpec.append({ name, optional });
    m_positionalHelp.append(help);
    return *this;
}

QString ArgParser::value(const QString &name) const
{
    const QStringList v = m_values.value(name);
    return v.isEmpty() ? QString() : v.last();
}

QString ArgParser::parse(const QStringList &args)
{
    bool onlyPositionals = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!onlyPositionals && arg == u"--"_s) {
            onlyPositionals = true;
            continue;
        }
        if (onlyPositionals || !arg.startsWith(u"--"_s)) {
            m_positionals << arg;
            continue;
        }
        QString name = arg.mid(2);
        QString inlineValue;
        bool hasInline = false;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
            hasInline = true;
        }
        const auto it = std::find_if(
            m_options.cbegin(), m_options.cend(), [&](const Option &o) { return o.name == name; });
        if (it == m_options.cend())
            return QCoreApplication::translate("habeas::cli::ArgParser", "unknown option --%1")
                .arg(name);
        if (!it->takesValue) {
            if (hasInline)
                return QCoreApplication::translate("habeas::cli::ArgParser", "--%1 takes no value")
                    .arg(name);
            m_values[name] << u"1"_s;
            continue;
        }
        if (!it->repeatable && m_values.contains(name))
            return QCoreApplication::translate("habeas::cli::ArgParser", "--%1 is given twice")
                .arg(name);
        if (hasInline) {
            m_values[name] << inlineValue;
        } else if (i + 1 < args.size()) {
            m_values[name] << args.at(++i);
        } else {
            return QCoreApplication::translate("habeas::cli::ArgParser", "--%1 needs a value")
                .arg(name);
        }
    }
    int required = 0;
    for (const auto &[name, optional] : m_positionalSpec)
        if (!optional)
            ++required;
    if (m_positionals.size() < required)
        return QCoreApplication::translate("habeas::cli::ArgParser", "missing %1")
            .arg(m_positionalSpec.at(m_positionals.size()).first);
    if (m_positionals.size() > m_positionalSpec.size())
        return QCoreApplication::translate("habeas::cli::ArgParser", "unexpected argument \"%1\"")
            .arg(m_positionals.at(m_positionalSpec.size()));
    return {};
}

QString ArgParser::synopsis(const QString &command) const
{
    QString text = u"habeas-cli [--library DIR] [--json] "_s + command;
    for (const auto &[name, optional] : m_positionalSpec)
        text += optional ? QString(u" ["_s + name + u']') : QString(u' ' + name);
    if (!m_options.isEmpty())
        text += u" [OPTIONS]"_s;
    return text;
}

QString ArgParser::usage(const QString &command) const
{
    QString text = synopsis(command) + u'\n';
    for (int i = 0; i < m_positionalSpec.size(); ++i)
        text += u"  %1  %2\n"_s.arg(
            m_positionalSpec.at(i).first.leftJustified(24), m_positionalHelp.at(i));
    for (const Option &o : m_options) {
        QString left = u"--"_s + o.name;
        if (o.takesValue)
            left += u' ' + o.valueName;
        text += u"  %1  %2%3\n"_s.arg(left.leftJustified(24), o.help,
            o.repeatable ? QCoreApplication::translate("habeas::cli::ArgParser", " (repeatable)")
                         : QString());
    }
    return text;
}

QString ArgParser::markdown(const QString &command) const
{
    // A table cell may not hold a bare "|" (e.g. "docx|pdf") or a line break.
    const auto cell = [](QString text) {
        return text.replace(u'|', u"\\|"_s).replace(u'\n', u' ');
    };
    QString text = u"### `"_s + command + u"`\n\n```\n"_s + synopsis(command) + u"\n```\n"_s;
    if (m_positionalSpec.isEmpty() && m_options.isEmpty())
        return text;
    text += u"\n| argument or option | meaning |\n|---|---|\n"_s;
    for (int i = 0; i < m_positionalSpec.size(); ++i) {
        const auto &[name, optional] = m_positionalSpec.at(i);
        text += u"| `%1` | %2%3 |\n"_s.arg(
            cell(name), cell(m_positionalHelp.at(i)), optional ? u" (optional)"_s : QString());
    }
    for (const Option &o : m_options) {
        QString left = u"--"_s + o.name;
        if (o.takesValue)
            left += u' ' + o.valueName;
        text += u"| `%1` | %2%3 |\n"_s.arg(
            cell(left), cell(o.help), o.repeatable ? u" (repeatable)"_s : QString());
    }
    return text;
}

} // namespace habeas::cli
