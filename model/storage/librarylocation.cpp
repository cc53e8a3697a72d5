#include "storage/librarylocation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

Error passwordGiven()
{
    return Error::input(QCoreApplication::translate("habeas::LibraryLocation",
        "The library address holds a password. Leave it out: the password is read from "
        "PGPASSWORD or ~/.pgpass, or asked for by the app and kept in the system keychain."));
}

Error malformed(const QString &why)
{
    return Error::input(QCoreApplication::translate("habeas::LibraryLocation",
        "The library address is malformed: %1. "
        "A server library is written postgresql://USER@HOST[:PORT]/DATABASE.")
                            .arg(why));
}

QString decoded(QStringView text)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text.toUtf8()));
}

const QStringList &sslModes()
{
    static const QStringList modes { u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s,
        u"verify-ca"_s, u"verify-full"_s };
    return modes;
}

// HOST, [IPV6] or either with :PORT.
Status parseHostPort(QStringView text, QString &host, int &port)
{
    QStringView portText;
    bool hasPort = false;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return malformed(QCoreApplication::translate(
                "habeas::LibraryLocation", "the IPv6 address has no closing ]"));
        host = text.mid(1, close - 1).toString();
        const QStringView after = text.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(u':'))
            return malformed(QCoreApplication::translate(
                "habeas::LibraryLocation", "unexpected text after the IPv6 address"));
        hasPort = !after.isEmpty();
        portText = after.mid(hasPort ? 1 : 0);
    } else {
        if (text.count(u':') > 1)
            return malformed(QCoreApplication::translate(
                "habeas::LibraryLocation", "an IPv6 address must be written in brackets, [::1]"));
        const qsizetype colon = text.indexOf(u':');
        hasPort = colon >= 0;
        host = decoded(hasPort ? text.first(colon) : text);
        portText = hasPort ? text.mid(colon + 1) : QStringView();
    }
    if (host.isEmpty())
        return malformed(QCoreApplication::translate("habeas::LibraryLocation", "no server host"));
    if (host.contains(u','))
        return malformed(QCoreApplication::translate(
            "habeas::LibraryLocation", "several hosts are not supported"));
    if (hasPort) {
        static const QRegularExpression digits(u"^[0-9]{1,5}$"_s);
        const int value = portText.toInt();
        if (!digits.match(portText).hasMatch() || value < 1 || value > 65535)
            return malformed(QCoreApplication::translate(
                "habeas::LibraryLocation", "the port \"%1\" is not a number from 1 to 65535")
                                 .arg(portText.toString()));
        port = value;
    }
    return {};
}

// USER@HOSTPORT: the user is required and a password refused.
Status parseAuthority(QStringView text, QString &user, QString &host, int &port)
{
    const qsizetype at = text.lastIndexOf(u'@');
    if (at < 0)
        return malformed(QCoreApplication::translate(
            "habeas::LibraryLocation", "no user name (postgresql://USER@HOST/DATABASE)"));
    const QStringView userInfo = text.first(at);
    if (userInfo.contains(u':'))
        return passwordGiven();
    user = decoded(userInfo);
    if (user.isEmpty())
        return malformed(QCoreApplication::translate(
            "habeas::LibraryLocation", "no user name (postgresql://USER@HOST/DATABASE)"));
    return parseHostPort(text.mid(at + 1), host, port);
}

// ?sslmode=MODE, the one parameter an address may carry.
Status parseQuery(QStringView text, QString &sslMode)
{
    for (const QStringView pair : text.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        const QString key = decoded(eq < 0 ? pair : pair.first(eq));
        const QString value = eq < 0 ? QString() : decoded(pair.mid(eq + 1));
        if (key == u"password"_s)
            return passwordGiven();
        if (key != u"sslmode"_s)
            return malformed(QCoreApplication::translate(
                "habeas::LibraryLocation", "the parameter \"%1\" is not supported (only sslmode)")
                                 .arg(key));
        if (!sslModes().contains(value))
            return malformed(QCoreApplication::translate(
                "habeas::LibraryLocation", "sslmode must be one of %1, not \"%2\"")
                                 .arg(sslModes().join(u", "_s), value));
        sslMode = value;
    }
    return {};
}

} // namespace

LibraryLocation LibraryLocation::folder(const QString &path)
{
    LibraryLocation location;
    location.m_kind = Kind::Folder;
    location.m_path = path;
    return location;
}

Result<LibraryLocation> LibraryLocation::parse(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Error::input(QCoreApplication::translate("habeas::LibraryLocation",
            "No library was given: name a folder or a "
            "postgresql://USER@HOST[:PORT]/DATABASE address."));
    // A scheme of two letters or more: C:/… on Windows stays a folder.
    static const QRegularExpression scheme(u"^([A-Za-z][A-Za-z0-9+.-]+)://"_s);
    const auto match = scheme.match(text);
    if (!match.hasMatch())
        return folder(text);
    const QString name = match.captured(1).toLower();
    if (name != u"postgresql"_s && name != u"postgres"_s)
        return Error::input(QCoreApplication::translate("habeas::LibraryLocation",
            "A library is a folder or a postgresql:// address, not a %1:// "
            "address.")
                                .arg(match.captured(1)));

    QStringView rest = QStringView(text).mid(match.capturedLength());
    LibraryLocation location;
    location.m_kind = Kind::Server;
    const qsizetype question = rest.indexOf(u'?');
    if (question >= 0) {
        if (auto st = parseQuery(rest.mid(question + 1), location.m_sslMode); !st.ok())
            return st.error();
        rest = rest.first(question);
    }
    const qsizetype slash = rest.indexOf(u'/');
    if (auto st = parseAuthority(slash < 0 ? rest : rest.first(slash), location.m_user,
            location.m_host, location.m_port);
        !st.ok())
        return st.error();
    location.m_database = slash < 0 ? QString() : decoded(rest.mid(slash + 1));
    if (location.m_database.isEmpty())
        return malformed(QCoreApplication::translate(
            "habeas::LibraryLocation", "no database name (postgresql://USER@HOST/DATABASE)"));
    return location;
}

QString LibraryLocation::connectOptions() const
{
    return m_sslMode.isEmpty() ? QString() : u"sslmode="_s + m_sslMode;
}

QString LibraryLocation::toString() const
{
    if (m_kind == Kind::Folder)
        return m_path;
    const QString host = m_host.contains(u':') ? u'[' + m_host + u']'
                                               : QString::fromUtf8(QUrl::toPercentEncoding(m_host));
    QString text =
        u"postgresql://"_s + QString::fromUtf8(QUrl::toPercentEncoding(m_user)) + u'@' + host;
    if (m_port)
        text += u':' + QString::number(m_port);
    text += u'/' + QString::fromUtf8(QUrl::toPercentEncoding(m_database));
    if (!m_sslMode.isEmpty())
        text += u"?sslmode="_s + m_sslMode;
    return text;
}

} // namespace habeas
