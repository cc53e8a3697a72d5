#include "gapreportview.h"

#include "core/clock.h"
#include "dialogs.h"
#include "gapreportdocument.h"
#include "law/claimqueries.h"
#include "law/claimstore.h"
#include "pdfwriter.h"
#include "storage/filesync.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace habeas {

GapReportView::GapReportView(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    auto *exportCsv = new QPushButton(tr("Export CSV…"), this);
    auto *exportPdf = new QPushButton(tr("Export PDF…"), this);
    auto *exportButtons = new QHBoxLayout;
    exportButtons->addStretch();
    exportButtons->addWidget(exportCsv);
    exportButtons->addWidget(exportPdf);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addLayout(exportButtons);
    connect(exportCsv, &QPushButton::clicked, this,
        [this] { askExport(tr("gaps.csv"), tr("CSV (*.csv)")); });
    connect(exportPdf, &QPushButton::clicked, this,
        [this] { askExport(tr("gaps.pdf"), tr("PDF (*.pdf)")); });
}

void GapReportView::askExport(const QString &defaultName, const QString &filter)
{
    const QString path = Dialogs::saveFileName(this, tr("Export Gap Report"), defaultName, filter);
    if (!path.isEmpty())
        emit exportRequested(path);
}

bool GapReportView::exportReport(const QString &path, const QString &caseTitle,
    const GapReport &gaps, const QList<ClaimRecord> &claims)
{
    if (path.endsWith(u".pdf"_s, Qt::CaseInsensitive)) {
        const doc::Document document = gapReportDocument(
            caseTitle, gaps, claims, Clock::now().date().toString(u"yyyy年M月d日"_s));
        const auto written = savePdf(document, path);
        if (!written.ok())
            Dialogs::error(this, tr("Export Gap Report"), written.error().message);
        return written.ok();
    }
    const auto written = FileSync::writeAtomically(path, gapReportCsv(gaps, claims));
    if (!written.ok())
        Dialogs::error(this, tr("Export Gap Report"), written.error().message);
    return written.ok();
}

} // namespace habeas
