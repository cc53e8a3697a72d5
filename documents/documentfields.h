#pragma once

#include "core/result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace habeas {

class Library;
struct TemplateInfo;

// The fields a lawyer sets for one document of a case (DocumentFieldStore keeps them): the
// letters' data categories, grounds and period, the applications' evidence and reasons. Each
// template's fields are declared here; its "requires:" header names the ones it cannot do
// without as fields.<id> ("requires: fields.categories, fields.period").
enum class FieldKind {
    Text, // one paragraph
    Lines, // a list, one entry a line
    Days, // a period in days the lawyer chose (no law sets one for these letters)
    Items, // numbers of the items of an article the lawyer chose ("1,4")
    Event, // the id of an event of the case's chronology
    Flag, // yes or no
};

struct DocumentFieldSpec {
    QString id; // "categories"
    FieldKind kind = FieldKind::Text;
    QString label; // Chinese, as a filing and the missing-field message name it
    QString help; // for the user, translated
    QString article; // Items: the article whose items are chosen ("PIPL 47(1)")
};

// The fields of a template (empty for one without any), in the order a form shows them.
QList<DocumentFieldSpec> documentFieldSpecs(const QString &templateId);
std::optional<DocumentFieldSpec> documentFieldSpec(
    const QString &templateId, const QString &fieldId);
// Whether some template declares a field of that id (for the "requires:" header).
bool isKnownDocumentField(const QString &fieldId);
// "fields.categories" → "categories"; empty when the name is not a document field.
QString documentFieldOf(const QString &required);

// An Items field's choices: the texts of the article's items, in order (item n at n - 1).
QStringList documentFieldItems(const DocumentFieldSpec &spec);

// Checks one value before it is stored ("" clears); the message names the field.
Status checkDocumentField(
    Library &library, qint64 caseId, const DocumentFieldSpec &spec, const QString &value);

// What a template sees of its fields, and what the case lacks for it.
struct DocumentFieldData {
    QVariantMap data; // "fields": {id: value as the template prints it}
    QStringList missing; // Chinese, for the missing-field list
};
// Reads the case's fields of `info`; a required field the case lacks becomes a gap marker and
// an entry of `missing`, as do fields another field calls for (PIPL 47(1)(iii) chosen but no
// withdrawal of consent on the chronology). `caseKeys`: what the case data already has (a
// letter's period is not missing when the case has a rights-request deadline, responsePeriod).
Result<DocumentFieldData> documentFieldData(
    Library &library, qint64 caseId, const TemplateInfo &info, const QStringList &caseKeys);

} // namespace habeas
