#include "factshtml.h"

#include "law/citation.h"
#include "law/lawintime.h"
#include "law/statutelibrary.h"
#include "law/theorycatalogue.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace habeas {

QString gapReportHtml(
    const GapReport &gaps, const QList<ClaimRecord> &claims, const QStringList &warnings)
{
    QString html;
    for (const GapReport::Unchosen &u : gaps.alternativesNotChosen)
        html += u"<p style=\"color:#b02020\">\u26a0 %1</p>"_s.arg(
            QCoreApplication::translate("habeas::FactsPanel",
                "%1: no alternative chosen; only the elements common to all count. Choose one "
                "of: %2")
                .arg(u.theoryName, u.limbs.join(u"; "_s))
                .toHtmlEscaped());
    for (const QString &w : warnings)
        html += u"<p style=\"color:#b02020\">\u26a0 %1</p>"_s.arg(w.toHtmlEscaped());
    html += u"<h3>%1</h3><ul>"_s.arg(QCoreApplication::translate(
        "habeas::FactsPanel", "Elements to prove with no evidence cited"));
    for (const GapReport::Gap &g : gaps.elementsWithoutEvidence) {
        QString claim;
        for (const ClaimRecord &c : claims)
            if (c.id == g.claimId)
                claim = c.theoryName;
        html += u"<li><b>%1 · %2</b> %3</li>"_s.arg(
            claim.toHtmlEscaped(), g.element.section(u'.', -1), g.text.toHtmlEscaped());
    }
    if (gaps.elementsWithoutEvidence.isEmpty())
        html += u"<li>%1</li>"_s.arg(QCoreApplication::translate("habeas::FactsPanel", "None."));
    html += u"</ul><h3>%1</h3><p>"_s.arg(
        QCoreApplication::translate("habeas::FactsPanel", "Exhibits cited for no element"));
    QStringList exhibits;
    for (const auto &[id, exhibit] : gaps.evidenceProvingNothing)
        exhibits << exhibit;
    html += exhibits.isEmpty() ? QCoreApplication::translate("habeas::FactsPanel", "None.")
                               : exhibits.join(u"、"_s);
    html += u"</p><h3>%1</h3><ul>"_s.arg(QCoreApplication::translate(
        "habeas::FactsPanel", "Articles not in force at the time of the facts"));
    for (const GapReport::OutOfForce &o : gaps.lawOutOfForce)
        for (const ClaimRecord &c : claims)
            for (const ClaimElement &e : c.elements)
                if (c.id == o.claimId && e.id == o.element)
                    html += u"<li><b>%1 · %2</b> %3</li>"_s.arg(c.theoryName.toHtmlEscaped(),
                        e.id.section(u'.', -1),
                        lawWarning(e).toHtmlEscaped().replace(u"\n"_s, u"<br>"_s));
    if (gaps.lawOutOfForce.isEmpty())
        html += u"<li>%1</li>"_s.arg(QCoreApplication::translate("habeas::FactsPanel", "None."));
    return html + u"</ul>"_s;
}

QString elementLawHtml(const ProofModel::Row &r)
{
    const Theory *theory = theoryCatalogue().theory(r.claim->theoryId);
    const Element *element = theory ? theory->element(r.element->id) : nullptr;
    QString html = u"<p><i>%1</i></p>"_s.arg(claimHeading(*r.claim).toHtmlEscaped());
    html += u"<p><b>%1</b></p>"_s.arg(r.element->textZh.toHtmlEscaped());
    if (r.element->offPath)
        html += u"<p><i>%1</i></p>"_s.arg(QCoreApplication::translate("habeas::FactsPanel",
            "Not pleaded: the claim pleads another alternative, or none is chosen yet.")
                                              .toHtmlEscaped());
    if (r.element->adverseInference)
        html += u"<p><i>%1</i></p>"_s.arg(QCoreApplication::translate("habeas::FactsPanel",
            "Adverse inference: the processor withholds the evidence of this element; the "
            "complaint asks the court to find its content adverse to it (SPC evidence provisions "
            "Art. 95).")
                                              .toHtmlEscaped());
    if (const QString warning = lawWarning(*r.element); !warning.isEmpty())
        html += u"<p style=\"color:#b02020\">\u26a0 %1</p>"_s.arg(
            warning.toHtmlEscaped().replace(u"\n"_s, u"<br>"_s));
    if (r.claim->continuingUntil.isValid())
        html += u"<p><i>%1</i></p>"_s.arg(QCoreApplication::translate(
            "habeas::FactsPanel", "The conduct is marked continuing until %1.")
                                              .arg(r.claim->continuingUntil.toString(Qt::ISODate))
                                              .toHtmlEscaped());
    const StatuteLibrary &statutes = bundledStatutes();
    QSet<QString> shown;
    for (const QString &reference : element ? element->articles : QStringList()) {
        const ArticleReference parsed = parseArticleReference(reference, statutes);
        for (const Citation &c : parsed.citations) {
            const Citation whole { c.instrumentId, c.article, 0, 0 };
            const QString title = formatCitation(whole, statutes, CitationStyle::Court);
            if (shown.contains(title))
                continue;
            shown.insert(title);
            const Article *article = statutes.article(c.instrumentId, c.article);
            html += u"<p><b>%1</b><br>%2</p>"_s.arg(title.toHtmlEscaped(),
                article ? article->fullText().toHtmlEscaped().replace(u"\n\n"_s, u"<br>"_s)
                        : QString());
        }
    }
    // The earlier law the catalogue offers beside the element's own articles.
    bool priorHeading = false;
    for (const LawInTime &l : r.element->law) {
        if (!l.priorLaw)
            continue;
        if (!priorHeading)
            html += u"<h4>%1</h4>"_s.arg(QCoreApplication::translate(
                "habeas::FactsPanel", "Earlier law (before the Civil Code and the PIPL)"));
        priorHeading = true;
        const QString cited = l.citations.value(0, l.reference);
        QString status = l.applies()
            ? QCoreApplication::translate("habeas::FactsPanel", "in force at the time of the facts")
            : outOfForceText(l, r.element->conduct);
        if (!l.bundled)
            status += u"; "_s
                + QCoreApplication::translate(
                    "habeas::FactsPanel", "not in the bundled texts: unchecked");
        html += u"<p><b>%1</b> <i>(%2)</i>"_s.arg(cited.toHtmlEscaped(), status.toHtmlEscaped());
        const ArticleReference parsed = parseArticleReference(l.reference, statutes);
        if (parsed.isValid() && !parsed.citations.isEmpty())
            if (const Article *article = statutes.article(
                    parsed.citations.first().instrumentId, parsed.citations.first().article))
                html +=
                    u"<br>"_s + article->fullText().toHtmlEscaped().replace(u"\n\n"_s, u"<br>"_s);
        html += u"</p>"_s;
    }
    if (element && !element->evidenceNoteZh.isEmpty())
        html += u"<p><i>%1</i></p>"_s.arg(element->evidenceNoteZh.toHtmlEscaped());
    return html;
}

} // namespace habeas
