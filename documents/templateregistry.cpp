#include "templateregistry.h"

#include "filingcontext.h"
#include "storage/filesync.h"
#include "templateengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

const QString kSuffix = u".mustache"_s;

QString broken(const QString &path, int line, const QString &why)
{
    return QCoreApplication::translate("habeas::Templates", "%1, line %2: %3")
        .arg(QDir::toNativeSeparators(path))
        .arg(line)
        .arg(why);
}

QStringList splitList(const QString &value)
{
    QStringList out;
    for (const QString &part : value.split(u',', Qt::SkipEmptyParts))
        if (const QString item = part.trimmed(); !item.isEmpty())
            out.append(item);
    return out;
}

Result<QString> readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(QCoreApplication::translate("habeas::Templates", "Cannot read %1: %2")
                             .arg(path, file.errorString()));
    return QString::fromUtf8(file.readAll());
}

// Reads one "key: value" line of a template's header into `info` (`id` into declaredId); what
// is wrong with it, or empty.
QString applyHeaderKey(
    TemplateInfo &info, QString &declaredId, const QString &key, const QString &value)
{
    if (key == u"id") {
        declaredId = value;
    } else if (key == u"name") {
        info.name = value;
    } else if (key == u"kind") {
        if (value != u"court-filing" && value != u"letter" && value != u"notice")
            return QCoreApplication::translate(
                "habeas::Templates", "unknown kind \"%1\" (court-filing, letter or notice).")
                .arg(value);
        info.kind = value;
    } else if (key == u"requires") {
        info.requiredFields = splitList(value);
        for (const QString &field : std::as_const(info.requiredFields))
            if (!isKnownRequiredField(field))
                return QCoreApplication::translate(
                    "habeas::Templates", "unknown required field \"%1\".")
                    .arg(field);
    } else if (key == u"articles") {
        info.articles = splitList(value);
    } else {
        return QCoreApplication::translate("habeas::Templates", "unknown header key \"%1\".")
            .arg(key);
    }
    return {};
}

} // namespace

TemplateInfo TemplateRegistry::parse(const QString &text, const QString &path, bool builtIn)
{
    TemplateInfo info;
    info.path = path;
    info.builtIn = builtIn;
    info.text = text;
    info.id = QFileInfo(path).completeBaseName();

    // Syntax first: a header inside a broken file is not worth reading.
    if (const TemplateSyntaxError syntax = checkTemplateSyntax(text); !syntax.detail.isEmpty()) {
        info.error = broken(path, syntax.line,
            QCoreApplication::translate(
                "habeas::Templates", "the template is not valid mustache (%1).")
                .arg(syntax.detail));
        return info;
    }

    const qsizetype start = text.indexOf(u"{{!"_s);
    if (start < 0 || !QStringView(text).left(start).trimmed().isEmpty()) {
        info.error = broken(path, 1,
            QCoreApplication::translate("habeas::Templates",
                "the template must start with a {{! … }} header declaring id, name, kind and "
                "requires."));
        return info;
    }
    const qsizetype end = text.indexOf(u"}}"_s, start);
    const int firstLine = 1 + int(QStringView(text).left(start).count(u'\n'));
    const QStringList lines = text.mid(start + 3, end - start - 3).split(u'\n');
    QString declaredId;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        const int lineNo = firstLine + int(i);
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0) {
            info.error = broken(path, lineNo,
                QCoreApplication::translate(
                    "habeas::Templates", "expected \"key: value\" in the header."));
            return info;
        }
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (const QString why = applyHeaderKey(info, declaredId, key, value); !why.isEmpty()) {
            info.error = broken(path, lineNo, why);
            return info;
        }
    }
    const auto missingKey = [&](const char *key) {
        info.error = broken(path, firstLine,
            QCoreApplication::translate("habeas::Templates", "the header lacks \"%1:\".")
                .arg(QLatin1StringView(key)));
        return info;
    };
    if (declaredId.isEmpty())
        return missingKey("id");
    if (info.name.isEmpty())
        return missingKey("name");
    if (info.kind.isEmpty())
        return missingKey("kind");
    // The file name is what overrides a built-in, so the two must agree.
    if (declaredId != info.id) {
        info.error = broken(path, firstLine,
            QCoreApplication::translate(
                "habeas::Templates", "the header declares id \"%1\" but the file is named %2.")
                .arg(declaredId, info.id + kSuffix));
        return info;
    }
    return info;
}

QString TemplateRegistry::libraryTemplatesDir(const QString &libraryDir)
{
    return QDir(libraryDir).filePath(u"templates"_s);
}

TemplateRegistry::TemplateRegistry(const QString &libraryDir)
{
    const QDir builtIns(u":/templates"_s);
    for (const QString &name : builtIns.entryList({ u"*"_s + kSuffix }, QDir::Files)) {
        const QString path = builtIns.filePath(name);
        add(parse(readText(path).value(), path, true)); // resources are always readable
    }
    if (libraryDir.isEmpty())
        return;
    const QDir user(libraryTemplatesDir(libraryDir));
    for (const QString &name : user.entryList({ u"*"_s + kSuffix }, QDir::Files)) {
        const QString path = user.filePath(name);
        auto text = readText(path);
        if (text.ok()) {
            add(parse(text.value(), path, false));
        } else {
            TemplateInfo info;
            info.id = QFileInfo(path).completeBaseName();
            info.path = path;
            info.builtIn = false;
            info.error = text.error().message;
            add(info);
        }
    }
}

void TemplateRegistry::add(TemplateInfo info)
{
    const auto same = std::find_if(m_templates.begin(), m_templates.end(),
        [&](const TemplateInfo &t) { return t.id == info.id; });
    if (same != m_templates.end())
        *same = std::move(info);
    else
        m_templates.append(std::move(info));
    std::sort(m_templates.begin(), m_templates.end(),
        [](const TemplateInfo &a, const TemplateInfo &b) { return a.id < b.id; });
}

QList<TemplateInfo> TemplateRegistry::list() const
{
    return m_templates;
}

const TemplateInfo *TemplateRegistry::find(const QString &id) const
{
    for (const TemplateInfo &t : m_templates)
        if (t.id == id)
            return &t;
    return nullptr;
}

Result<QString> TemplateRegistry::copyToLibrary(const QString &id, const QString &libraryDir) const
{
    const TemplateInfo *info = find(id);
    if (!info)
        return Error::notFound(
            QCoreApplication::translate("habeas::Templates", "There is no template \"%1\".")
                .arg(id));
    const QString dir = libraryTemplatesDir(libraryDir);
    const QString target = QDir(dir).filePath(id + kSuffix);
    if (QFileInfo::exists(target))
        return Error::input(QCoreApplication::translate(
            "habeas::Templates", "%1 already exists; edit it or remove it first.")
                                .arg(QDir::toNativeSeparators(target)));
    if (!QDir().mkpath(dir))
        return Error::io(
            QCoreApplication::translate("habeas::Templates", "Cannot create the folder %1.")
                .arg(QDir::toNativeSeparators(dir)));
    if (const auto written = FileSync::writeAtomically(target, info->text.toUtf8()); !written.ok())
        return written.error();
    return target;
}

} // namespace habeas
