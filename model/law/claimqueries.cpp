#include "law/claimqueries.h"

#include "law/statutelibrary.h"
#include "law/theorycatalogue.h"
#include "storage/library.h"
#include "storage/sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

bool referenceCovers(
    const QString &reference, const Citation &cited, const StatuteLibrary &statutes)
{
    const ArticleReference parsed = parseArticleReference(reference, statutes);
    if (!parsed.isValid())
        return false;
    return std::any_of(parsed.citations.cbegin(), parsed.citations.cend(), [&](const Citation &c) {
        return c.instrumentId == cited.instrumentId && c.article == cited.article;
    });
}

QString csvField(QString text)
{
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n')) {
        text.replace(u'"', u"\"\""_s);
        return u'"' + text + u'"';
    }
    return text;
}

} // namespace

bool theoryRestsOn(const Theory &theory, const Citation &cited, const StatuteLibrary &statutes)
{
    for (const QString &reference : theory.articles)
        if (referenceCovers(reference, cited, statutes))
            return true;
    for (const Element &e : theory.elements)
        for (const QString &reference : e.articles)
            if (referenceCovers(reference, cited, statutes))
                return true;
    return false;
}

Result<QList<CitingClaim>> claimsCiting(Library &library, const Citation &cited)
{
    SqlQuery q(library.database(),
        u"SELECT cl.id, cl.case_id, c.title, cl.theory FROM claims cl JOIN cases c ON c.id = "
        "cl.case_id WHERE cl.trashed_at IS NULL AND c.trashed_at IS NULL ORDER BY c.title, "
        "cl.id"_s);
    if (auto st = q.exec(); !st.ok())
        return st.error();
    QHash<QString, bool> restsOn; // per theory, computed once
    QList<CitingClaim> list;
    while (q.next()) {
        const QString theoryId = q.value(3).toString();
        const Theory *theory = theoryCatalogue().theory(theoryId);
        if (!theory)
            continue;
        auto it = restsOn.find(theoryId);
        if (it == restsOn.end())
            it = restsOn.insert(theoryId, theoryRestsOn(*theory, cited, bundledStatutes()));
        if (it.value())
            list << CitingClaim { q.value(0).toLongLong(), q.value(1).toLongLong(),
                q.value(2).toString(), theory->nameZh };
    }
    return list;
}

QStringList defaultRequests(const QList<ClaimRecord> &claims)
{
    QStringList texts;
    for (const ClaimRecord &claim : claims) {
        const Theory *theory = theoryCatalogue().theory(claim.theoryId);
        if (!theory || theory->kind == TheoryKind::CommonCore)
            continue;
        for (const ClaimTemplate &t : theory->claims)
            if (!t.text.contains(u"X元"_s) && !texts.contains(t.text))
                texts << t.text;
    }
    return texts;
}

QByteArray gapReportCsv(const GapReport &report, const QList<ClaimRecord> &claims)
{
    QHash<qint64, QString> names;
    for (const ClaimRecord &c : claims)
        names.insert(c.id, c.theoryName);
    QStringList lines;
    lines << QCoreApplication::translate("habeas::GapReport", "Gap,Claim,Element,Burden,Text");
    for (const GapReport::Gap &g : report.elementsWithoutEvidence)
        lines << QStringList { QCoreApplication::translate("habeas::GapReport", "no evidence"),
            csvField(names.value(g.claimId, g.theoryId)), csvField(g.element), toId(g.burden),
            csvField(g.text) }
                     .join(u',');
    for (const auto &[id, exhibit] : report.evidenceProvingNothing)
        lines << QStringList { QCoreApplication::translate("habeas::GapReport", "proves nothing"),
            QString(), csvField(exhibit), QString(), QString() }
                     .join(u',');
    for (const GapReport::OutOfForce &o : report.lawOutOfForce) {
        QStringList why;
        for (const LawInTime &l : o.articles)
            why << outOfForceText(l, o.conduct);
        lines << QStringList { o.noLawInForce
                ? QCoreApplication::translate("habeas::GapReport", "no law in force")
                : QCoreApplication::translate("habeas::GapReport", "law not yet in force"),
            csvField(names.value(o.claimId, o.theoryId)), csvField(o.element), QString(),
            csvField(why.join(u"; "_s)) }
                     .join(u',');
    }
    for (const GapReport::Unchosen &u : report.alternativesNotChosen)
        lines << QStringList { QCoreApplication::translate(
                                   "habeas::GapReport", "alternative not chosen"),
            csvField(u.theoryName), QString(), QString(), csvField(u.limbs.join(u"; "_s)) }
                     .join(u',');
    return QByteArray("\xEF\xBB\xBF") + lines.join(u"\r\n"_s).toUtf8() + "\r\n";
}

bool pleadsContract(const QList<ClaimRecord> &claims)
{
    return std::any_of(claims.cbegin(), claims.cend(), [](const ClaimRecord &c) {
        const Theory *theory = theoryCatalogue().theory(c.theoryId);
        return theory && theory->right == PleadedRight::Contract;
    });
}

} // namespace habeas
