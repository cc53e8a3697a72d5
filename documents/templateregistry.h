#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace habeas {

// One filing template: a mustache file whose leading comment declares what it is.
//   {{!
//   id: civil-complaint
//   name: 民事起诉状
//   kind: court-filing
//   requires: plaintiffs, plaintiffs.address, defendants, claims, court
//   articles: PIPL 45
//   }}
// kind: court-filing (filed with a court), letter (sent to a processor or a party), notice
// (published). requires: the fields the document legally needs (filingcontext.h lists them);
// articles: statute articles the template quotes, available as {{{articles.PIPL_45.text}}}.
struct TemplateInfo {
    QString id;
    QString name;
    QString kind;
    QStringList requiredFields;
    QStringList articles;
    QString path; // ":/templates/<id>.mustache" or the user's file
    bool builtIn = true;
    QString text;
    QString error; // translated; names the file and line. Non-empty: the template cannot be used

    bool isValid() const { return error.isEmpty(); }
};

// The shipped templates and a library's own: <library>/templates/<id>.mustache replaces the
// built-in of that id, and a new id adds a template. A broken user file is kept (with its
// error) rather than silently falling back to the built-in the user meant to replace.
class TemplateRegistry final {
public:
    // libraryDir empty: the built-ins alone.
    explicit TemplateRegistry(const QString &libraryDir = {});

    QList<TemplateInfo> list() const; // sorted by id
    const TemplateInfo *find(const QString &id) const;

    // Copies the template `id` (as this registry has it) to <libraryDir>/templates/<id>.mustache
    // for the user to edit; refuses to overwrite. Returns the file written.
    Result<QString> copyToLibrary(const QString &id, const QString &libraryDir) const;

    // Reads a template's header and checks its syntax; `path` names it in errors.
    static TemplateInfo parse(const QString &text, const QString &path, bool builtIn);

    // The folder of a library's templates.
    static QString libraryTemplatesDir(const QString &libraryDir);

private:
    void add(TemplateInfo info);

    QList<TemplateInfo> m_templates;
};

} // namespace habeas
