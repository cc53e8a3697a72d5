#include "gapreportdocument.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

doc::Paragraph paragraph(doc::Style style, const QString &text, doc::Align align = doc::Align::Left)
{
    doc::Paragraph p;
    p.style = style;
    p.align = align;
    p.runs << doc::Run { text };
    return p;
}

doc::Cell cell(const QString &text)
{
    doc::Cell c;
    c.runs << doc::Run { text };
    return c;
}

} // namespace

doc::Document gapReportDocument(const QString &caseTitle, const GapReport &report,
    const QList<ClaimRecord> &claims, const QString &date)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("habeas::GapReport", text);
    };
    doc::Document d;
    d.title = tr("Gap report");
    d.blocks << paragraph(doc::Style::Title, tr("Gap report"), doc::Align::Center);
    d.blocks << paragraph(doc::Style::Subtitle, caseTitle, doc::Align::Center);
    d.blocks << paragraph(doc::Style::Plain, date, doc::Align::Right);

    QHash<qint64, QString> names;
    for (const ClaimRecord &c : claims)
        names.insert(c.id, c.theoryName);
    d.blocks << paragraph(doc::Style::Heading1,
        tr("Elements to prove with no evidence cited (%1)")
            .arg(report.elementsWithoutEvidence.size()));
    if (report.elementsWithoutEvidence.isEmpty()) {
        d.blocks << paragraph(doc::Style::Body, tr("None: every element has evidence cited."));
    } else {
        doc::Table table;
        table.columnWidths = { 3, 1, 6, 2 };
        table.rows << QList<doc::Cell> { cell(tr("Claim")), cell(tr("No.")), cell(tr("Element")),
            cell(tr("Burden")) };
        for (const GapReport::Gap &g : report.elementsWithoutEvidence)
            table.rows << QList<doc::Cell> { cell(names.value(g.claimId, g.theoryId)),
                cell(g.element.section(u'.', -1)), cell(g.text),
                cell(g.burden == Burden::Shifting ? tr("shifting") : tr("plaintiff")) };
        d.blocks << table;
    }
    d.blocks << paragraph(doc::Style::Heading1,
        tr("Exhibits cited for no element (%1)").arg(report.evidenceProvingNothing.size()));
    if (report.evidenceProvingNothing.isEmpty()) {
        d.blocks << paragraph(doc::Style::Body, tr("None: every exhibit proves an element."));
    } else {
        QStringList exhibits;
        for (const auto &[id, exhibit] : report.evidenceProvingNothing)
            exhibits << exhibit;
        d.blocks << paragraph(doc::Style::Body, exhibits.join(u"、"_s));
    }
    d.blocks << paragraph(doc::Style::Heading1,
        tr("Articles not in force at the time of the facts (%1)").arg(report.lawOutOfForce.size()));
    if (report.lawOutOfForce.isEmpty()) {
        d.blocks << paragraph(doc::Style::Body, tr("None: every article was in force."));
    } else {
        doc::Table table;
        table.columnWidths = { 3, 1, 6, 4 };
        table.rows << QList<doc::Cell> { cell(tr("Claim")), cell(tr("No.")),
            cell(tr("Not in force")), cell(tr("Pleaded instead")) };
        for (const GapReport::OutOfForce &o : report.lawOutOfForce) {
            QStringList why;
            for (const LawInTime &l : o.articles)
                why << outOfForceText(l, o.conduct);
            table.rows << QList<doc::Cell> { cell(names.value(o.claimId, o.theoryId)),
                cell(o.element.section(u'.', -1)), cell(why.join(u"；"_s)),
                cell(o.noLawInForce ? tr("nothing: rest it on other law or mark the conduct "
                                         "continuing")
                                    : o.pleadedInstead.join(u"、"_s)) };
        }
        d.blocks << table;
    }
    return d;
}

} // namespace habeas
