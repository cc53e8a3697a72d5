#pragma once

#include <QList>
#include <QWidget>

class QTextBrowser;

namespace habeas {

struct ClaimRecord;
struct GapReport;

// The Facts panel's Gaps tab: the gap report as the panel renders it, with buttons that ask for
// a file to export it to (CSV or PDF, through the Dialogs seam) and hand the path on.
class GapReportView final : public QWidget {
    Q_OBJECT

public:
    explicit GapReportView(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    // Writes the report to `path`: a PDF document when it ends in .pdf, CSV otherwise. Shows
    // what went wrong and returns false when it cannot.
    bool exportReport(const QString &path, const QString &caseTitle, const GapReport &gaps,
        const QList<ClaimRecord> &claims);

signals:
    // The user chose `path` (.csv or .pdf) to export the report to.
    void exportRequested(const QString &path);

private:
    void askExport(const QString &defaultName, const QString &filter);

    QTextBrowser *m_browser;
};

} // namespace habeas
