#pragma once

#include "core/result.h"

#include <QMap>
#include <QString>

namespace habeas {

class Library;

// The fields a lawyer sets for one document of a case (the letters' data categories, grounds
// and period; an application's evidence and reasons), keyed by template id and field id. What
// the fields mean is the documents layer's (documents/documentfields.h); this stores text.
// Every change is one transaction with its audit entry (field names only, not the values).
class DocumentFieldStore final {
public:
    explicit DocumentFieldStore(Library &library)
        : m_library(library)
    {
    }

    Result<QMap<QString, QString>> fields(qint64 caseId, const QString &templateId) const;
    // Sets each field to its value; an empty (or blank) value clears the field.
    Status setFields(
        qint64 caseId, const QString &templateId, const QMap<QString, QString> &values);

private:
    Library &m_library;
};

} // namespace habeas
