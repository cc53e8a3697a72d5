#include "registerpanel.h"

#include "backgroundjob.h"
#include "cases/casestore.h"
#include "dialogs.h"
#include "register/registerdamages.h"
#include "registerchart.h"
#include "registerimportdialog.h"
#include "storage/library.h"
#include "validation/identitycodes.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

constexpr int kShownUnreadable = 20;

QTableWidget *countsTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setRow(QTableWidget *table, int row, const QString &label, const QString &value)
{
    table->setItem(row, 0, new QTableWidgetItem(label));
    auto *item = new QTableWidgetItem(value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->setItem(row, 1, item);
}

QString share(qint64 count, qint64 total)
{
    return total > 0 ? QLocale().toString(100.0 * double(count) / double(total), 'f', 1) + u'%'
                     : QString();
}

} // namespace

RegisterPanel::RegisterPanel(Library &library, UndoManager &undo, QWidget *parent)
    : CasePanel(library, undo, parent)
    , m_heading(new QLabel(this))
    , m_content(new QWidget(this))
    , m_importButton(new QPushButton(tr("Import…"), this))
    , m_clearButton(new QPushButton(tr("Clear Register…"), this))
    , m_figures(countsTable({ tr("Figure"), tr("Value") }, this))
    , m_breakdowns(new QTabWidget(this))
    , m_chart(new RegisterChart(this))
    , m_unreadable(new QPlainTextEdit(this))
{
    m_figures->horizontalHeader()->setStretchLastSection(false);
    m_figures->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_figures->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_heading->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_clearButton);
    buttons->addStretch();
    const QList<std::pair<QString, QString>> tabs { { tr("By category"), tr("Category") },
        { tr("By age band"), tr("Age band") }, { tr("By province"), tr("Province (ID code)") } };
    for (const auto &[title, first] : tabs) {
        QTableWidget *table = countsTable({ first, tr("Persons"), tr("Share") }, this);
        m_tables << table;
        m_breakdowns->addTab(table, title);
    }
    m_unreadable->setReadOnly(true);
    m_unreadable->setMaximumHeight(4 * fontMetrics().lineSpacing() + 12);
    m_unreadable->hide();
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_figures);
    split->addWidget(m_breakdowns);
    split->addWidget(m_chart);
    split->setStretchFactor(2, 1);
    m_breakdowns->setMinimumWidth(340);
    auto *inner = new QVBoxLayout(m_content);
    inner->setContentsMargins(0, 0, 0, 0);
    inner->addLayout(buttons);
    inner->addWidget(m_unreadable);
    inner->addWidget(split, 1);
    inner->addWidget(buildFind());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_content, 1);
    connect(m_importButton, &QPushButton::clicked, this, &RegisterPanel::importRegister);
    connect(m_clearButton, &QPushButton::clicked, this, &RegisterPanel::clearRegister);
    connect(m_breakdowns, &QTabWidget::currentChanged, this, &RegisterPanel::showChart);
    setCase(0);
}

QWidget *RegisterPanel::buildFind()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_findKind = new QComboBox(box);
    m_findKind->addItem(tr("ID number"), true);
    m_findKind->addItem(tr("Phone"), false);
    m_findText = new QLineEdit(box);
    m_findText->setPlaceholderText(tr("the ID number or phone of a person"));
    m_findButton = new QPushButton(tr("Find"), box);
    m_findResult = new QLabel(box);
    m_findResult->setWordWrap(true);
    m_findResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(new QLabel(tr("Find a person:"), box));
    row->addWidget(m_findKind);
    row->addWidget(m_findText, 1);
    row->addWidget(m_findButton);
    row->addWidget(m_findResult, 2);
    connect(m_findButton, &QPushButton::clicked, this, &RegisterPanel::findPerson);
    connect(m_findText, &QLineEdit::returnPressed, this, &RegisterPanel::findPerson);
    return box;
}

void RegisterPanel::setCase(qint64 caseId)
{
    if (caseId != m_caseId) {
        m_unreadable->clear();
        m_unreadable->hide();
        m_findResult->clear();
    }
    m_caseId = caseId;
    refresh();
}

void RegisterPanel::refresh()
{
    const auto c =
        m_caseId ? library().cases().caseById(m_caseId) : Result<CaseRecord>(CaseRecord {});
    const bool publicInterest = m_caseId && c.ok() && isPublicInterest(c->kind);
    m_content->setVisible(publicInterest);
    if (!publicInterest) {
        m_heading->setText(m_caseId ? tr("Only a public-interest case has a register of affected "
                                         "persons (the case kind, Edit case).")
                                    : QString());
        return;
    }
    const auto stats = RegisterStore(library()).stats(m_caseId);
    if (!stats.ok()) {
        m_heading->setText(stats.error().message);
        showStats(RegisterStats {});
        return;
    }
    m_heading->setText(stats->isEmpty()
            ? tr("This case has no register of affected persons yet. Import the list behind it "
                 "(a CSV or XLSX file); only keyed hashes of ID and phone numbers are kept.")
            : tr("The register of affected persons, imported from %1.").arg(stats->sourceName));
    showStats(stats.value());
}

void RegisterPanel::showStats(const RegisterStats &s)
{
    const QLocale locale;
    const QList<std::pair<QString, QString>> figures {
        { tr("Rows read"), locale.toString(s.rows) },
        { tr("Persons (distinct valid ID numbers)"), locale.toString(s.records) },
        { tr("Repeated persons"), locale.toString(s.duplicates) },
        { tr("Invalid ID numbers"), locale.toString(s.invalidIdNumbers) },
        { tr("Minors (under 18)"), locale.toString(s.minors) },
        { tr("Under 14"), locale.toString(s.under14) },
        { tr("Invalid phone numbers"), locale.toString(s.invalidPhones) },
        { tr("Unreadable rows"), locale.toString(s.unreadableRows) },
        { tr("Ages counted on"), s.asOf.isValid() ? s.asOf.toString(Qt::ISODate) : QString() },
        { tr("Source file"), s.sourceName },
    };
    m_figures->setRowCount(s.isEmpty() ? 0 : static_cast<int>(figures.size()));
    for (int i = 0; i < m_figures->rowCount(); ++i)
        setRow(m_figures, i, figures.at(i).first, figures.at(i).second);
    m_figures->setMinimumWidth(m_figures->horizontalHeader()->length() + 2 * m_figures->frameWidth()
        + m_figures->verticalScrollBar()->sizeHint().width() + 4);
    const QList<const QMap<QString, qint64> *> maps { &s.byCategory, &s.byAgeBand, &s.byProvince };
    for (int t = 0; t < m_tables.size(); ++t) {
        QTableWidget *table = m_tables.at(t);
        const QMap<QString, qint64> &counts = *maps.at(t);
        table->setRowCount(static_cast<int>(counts.size()));
        int row = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it, ++row) {
            setRow(table, row, it.key().isEmpty() ? tr("(none given)") : label(t, it.key()),
                locale.toString(it.value()));
            auto *item = new QTableWidgetItem(share(it.value(), s.records));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, 2, item);
        }
        table->resizeColumnsToContents();
    }
    m_clearButton->setEnabled(!s.isEmpty());
    showChart();
}

// A breakdown's row label: the province's name before its code (北京市 11).
QString RegisterPanel::label(int table, const QString &key)
{
    if (table != 2)
        return key;
    const QString name = provinceName(key);
    return name.isEmpty() ? key : name + u' ' + key;
}

void RegisterPanel::showChart()
{
    QTableWidget *table = m_tables.value(m_breakdowns->currentIndex());
    QList<std::pair<QString, qint64>> bars;
    for (int row = 0; table && row < table->rowCount(); ++row)
        bars.append(
            { table->item(row, 0)->text(), QLocale().toLongLong(table->item(row, 1)->text()) });
    m_chart->setData(bars);
}

void RegisterPanel::importRegister()
{
    if (!m_caseId || m_import.isRunning())
        return;
    const QString path = Dialogs::openFileName(
        this, tr("Import Register"), tr("Registers (*.csv *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    QString problem;
    RegisterImportDialog dialog(library(), m_caseId, path, &problem, this);
    if (!problem.isEmpty()) {
        Dialogs::error(this, tr("Import Register"), problem);
        return;
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    RegisterImportOptions options = dialog.options();
    const auto has = RegisterStore(library()).hasRegister(m_caseId);
    if (has.ok() && has.value()) {
        if (!Dialogs::confirm(this, tr("Replace Register"),
                tr("This case already has a register of affected persons. Replace it with %1?")
                    .arg(QFileInfo(path).fileName()),
                tr("Replace")))
            return;
        options.replace = true;
    }
    startImport(path, options);
}

void RegisterPanel::startImport(const QString &path, const RegisterImportOptions &options)
{
    auto outcome = std::make_shared<std::optional<Result<RegisterImportReport>>>();
    const LibraryLocation libraryAt = library().location();
    const qint64 caseId = m_caseId;
    // The worker has its own connection: a Library lives on the thread that opened it.
    m_import = QtConcurrent::run([libraryAt, caseId, path, options, outcome](
                                     QPromise<void> &promise) {
        const auto lib = Library::open(libraryAt, Library::OpenMode::AnotherConnection);
        if (!lib.ok()) {
            *outcome = lib.error();
            return;
        }
        constexpr int kSteps = 1000;
        std::atomic<bool> cancel { false };
        RegisterImportOptions o = options;
        o.cancel = &cancel;
        promise.setProgressRange(0, kSteps);
        o.progress = [&promise, &cancel](qint64 done, qint64 total, qint64) {
            if (promise.isCanceled())
                cancel = true;
            if (total > 0)
                promise.setProgressValue(static_cast<int>(std::min(done, total) * kSteps / total));
        };
        RegisterStore store(*lib.value());
        *outcome = store.importFile(caseId, path, o);
    });
    m_importButton->setEnabled(false);
    m_progress = runInBackground(this, tr("Importing %1…").arg(QFileInfo(path).fileName()),
        m_import, [this, outcome](const QFuture<void> &future) {
            m_progress = nullptr;
            m_importButton->setEnabled(true);
            // An import that finished before Cancel reached it stands, and says so.
            const bool stored = outcome->has_value() && (*outcome)->ok();
            const bool cancelled = !stored && (future.isCanceled() || !outcome->has_value());
            importDone(cancelled ? Result<RegisterImportReport>(Error::input(QString()))
                                 : outcome->value(),
                cancelled);
        });
}

void RegisterPanel::importDone(const Result<RegisterImportReport> &report, bool cancelled)
{
    if (cancelled) {
        emit statusMessage(tr("The import was cancelled; the register is as it was."));
    } else if (!report.ok()) {
        Dialogs::error(this, tr("Import Register"), report.error().message);
    } else {
        showUnreadable(report.value());
        const int rows = static_cast<int>(std::min<qint64>(report->stats.rows, INT_MAX));
        emit statusMessage(tr("Imported %n row(s) into the register.", nullptr, rows));
        // The per-record damages counted from the register follow it (as `register import` does).
        if (const auto recounted = recountFromRegister(library(), m_caseId); !recounted.ok())
            Dialogs::error(this, tr("Import Register"), recounted.error().message);
    }
    refresh();
}

void RegisterPanel::showUnreadable(const RegisterImportReport &report)
{
    const qint64 count = report.stats.unreadableRows;
    m_unreadable->setVisible(count > 0);
    if (count == 0) {
        m_unreadable->clear();
        return;
    }
    const int shown = static_cast<int>(std::min<qint64>(count, INT_MAX));
    QStringList lines { tr("%n row(s) could not be read and were left out:", nullptr, shown) };
    for (int i = 0; i < report.unreadable.size() && i < kShownUnreadable; ++i)
        lines << tr("line %1: %2")
                     .arg(report.unreadable.at(i).line)
                     .arg(report.unreadable.at(i).problem);
    if (count > kShownUnreadable)
        lines << tr("… and %1 more.").arg(QLocale().toString(count - kShownUnreadable));
    m_unreadable->setPlainText(lines.join(u'\n'));
}

void RegisterPanel::findPerson()
{
    if (!m_caseId)
        return;
    const QString text = m_findText->text().trimmed();
    const bool byId = m_findKind->currentData().toBool();
    RegisterStore store(library());
    const auto matches =
        byId ? store.findIdNumber(m_caseId, text) : store.findPhone(m_caseId, text);
    if (!matches.ok()) {
        m_findResult->setText(matches.error().message);
        return;
    }
    if (matches->isEmpty()) {
        m_findResult->setText(tr("Not in the register."));
        return;
    }
    QStringList lines;
    for (const RegisterMatch &m : matches.value()) {
        QString line = tr("line %1").arg(m.line);
        if (!m.category.isEmpty())
            line += tr(", %1").arg(m.category);
        if (m.age >= 0)
            line += tr(", aged %1").arg(m.age);
        lines << line;
    }
    const int count = static_cast<int>(lines.size());
    m_findResult->setText(
        tr("In the register on %n line(s): ", nullptr, count) + lines.join(u"; "_s));
}

void RegisterPanel::clearRegister()
{
    if (!m_caseId)
        return;
    if (!Dialogs::confirm(this, tr("Clear Register"),
            tr("Delete the register of affected persons of this case? Its figures leave the "
               "filings until a register is imported again."),
            tr("Clear")))
        return;
    if (const Status st = RegisterStore(library()).clear(m_caseId); !st.ok())
        Dialogs::error(this, tr("Clear Register"), st.error().message);
    m_unreadable->clear();
    m_unreadable->hide();
    m_findResult->clear();
    refresh();
}

} // namespace habeas
