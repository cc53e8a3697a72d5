#pragma once

#include <QHash>
#include <QStringList>

namespace habeas::cli {

// A small parser for one subcommand's options: --name VALUE, --name=VALUE, --flag, repeated
// options, and positional arguments. Unknown options are errors (exit 2), never ignored.
class ArgParser final {
public:
    struct Option {
        QString name; // without the dashes
        bool takesValue = true;
        bool repeatable = false;
        QString valueName;
        QString help;
    };

    ArgParser &option(const QString &name, const QString &valueName, const QString &help);
    ArgParser &repeatable(const QString &name, const QString &valueName, const QString &help);
    ArgParser &flag(const QString &name, const QString &help);
    ArgParser &positional(const QString &name, const QString &help, bool optional = false);

    // Returns an error message, or empty on success.
    QString parse(const QStringList &args);

    bool isSet(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const;
    QStringList values(const QString &name) const { return m_values.value(name); }
    // A record's field set from an option only when it was given (an empty value clears it).
    void copyIfSet(const QString &name, QString &target) const
    {
        if (isSet(name))
            target = value(name);
    }
    void copyIfSet(const QString &name, QStringList &target) const
    {
        if (isSet(name))
            target = values(name);
    }
    QStringList positionals() const { return m_positionals; }
    QString positional(int i) const { return m_positionals.value(i); }

    QString usage(const QString &command) const;
    // The same table as Markdown (a heading, the usage line, one row per argument and option),
    // for docs/cli.md; see CliReference.
    QString markdown(const QString &command) const;

private:
    QString synopsis(const QString &command) const;

    QList<Option> m_options;
    QList<std::pair<QString, bool>> m_positionalSpec; // name, optional
    QStringList m_positionalHelp;
    QHash<QString, QStringList> m_values;
    QStringList m_positionals;
};

} // namespace habeas::cli
