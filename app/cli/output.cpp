#include "output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace habeas::cli {

namespace {
void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
}

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}
} // namespace

int Output::displayWidth(const QString &text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

void Output::printJson(const QJsonValue &value) const
{
    QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    write(stdout, QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

void Output::printLine(const QString &line) const
{
    write(stdout, line + u'\n');
}

void Output::printTable(const QStringList &headers, const QList<QStringList> &rows) const
{
    QList<int> widths;
    for (const QString &h : headers)
        widths << displayWidth(h);
    for (const QStringList &row : rows)
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row.at(i)));
    const auto line = [&](const QStringList &cells) {
        QString text;
        for (int i = 0; i < cells.size(); ++i) {
            text += cells.at(i);
            if (i + 1 < cells.size())
                text += QString(widths.at(i) - displayWidth(cells.at(i)) + 2, u' ');
        }
        printLine(text);
    };
    line(headers);
    for (const QStringList &row : rows)
        line(row);
}

void Output::printFields(const QList<std::pair<QString, QString>> &fields) const
{
    int width = 0;
    for (const auto &[key, value] : fields)
        width = std::max(width, displayWidth(key));
    for (const auto &[key, value] : fields)
        printLine(key + QString(width - displayWidth(key) + 2, u' ') + value);
}

void Output::message(const QString &text) const
{
    write(stderr, text + u'\n');
}

int Output::fail(int code, const QString &text) const
{
    message(u"habeas-cli: "_s + text);
    return code;
}

int Output::exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::Input:
    case Error::Kind::NotFound:
        return UsageError;
    case Error::Kind::Library:
    case Error::Kind::ReadOnly:
    case Error::Kind::Io:
    case Error::Kind::Stale:
        return LibraryError;
    }
    return LibraryError;
}

int Output::fail(const Error &error) const
{
    return fail(exitCodeFor(error), error.message);
}

} // namespace habeas::cli
