#include "cases/documentfieldstore.h"

#include "cases/casestore.h"
#include "storage/auditlog.h"
#include "storage/library.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace habeas {

Result<QMap<QString, QString>> DocumentFieldStore::fields(
    qint64 caseId, const QString &templateId) const
{
    SqlQuery q(m_library.database(),
        u"SELECT field, value FROM document_fields WHERE case_id = :case AND template = :t "
        "ORDER BY field"_s);
    q.bind(u":case"_s, caseId).bind(u":t"_s, templateId);
    if (auto st = q.exec(); !st.ok())
        return st.error();
    QMap<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

Status DocumentFieldStore::setFields(
    qint64 caseId, const QString &templateId, const QMap<QString, QString> &values)
{
    const auto owner = m_library.whenWritable([&] { return m_library.cases().caseById(caseId); });
    if (!owner.ok())
        return owner.error();
    if (owner->isTrashed())
        return Error::input(QCoreApplication::translate(
            "habeas::DocumentFieldStore", "Case %1 is in the trash; restore it first.")
                                .arg(caseId));
    if (templateId.trimmed().isEmpty())
        return Error::input(QCoreApplication::translate(
            "habeas::DocumentFieldStore", "Which document? The template id is empty."));
    const QSqlDatabase db = m_library.database();
    return inTransaction(db, [&]() -> Status {
        QJsonArray changed;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const QString value = it.value().trimmed();
            SqlQuery clear(db,
                u"DELETE FROM document_fields WHERE case_id = :case AND template = :t AND "
                "field = :f"_s);
            clear.bind(u":case"_s, caseId).bind(u":t"_s, templateId).bind(u":f"_s, it.key());
            if (auto e = clear.exec(); !e.ok())
                return e;
            if (!value.isEmpty()) {
                SqlQuery q(db,
                    u"INSERT INTO document_fields (case_id, template, field, value) VALUES "
                    "(:case, :t, :f, :v)"_s);
                q.bind(u":case"_s, caseId)
                    .bind(u":t"_s, templateId)
                    .bind(u":f"_s, it.key())
                    .bind(u":v"_s, value);
                if (auto e = q.exec(); !e.ok())
                    return e;
            }
            changed.append(it.key());
        }
        return m_library.audit().append(caseId, u"document.fields"_s, u"case"_s, caseId,
            { { u"template"_s, templateId }, { u"fields"_s, changed } });
    });
}

} // namespace habeas
