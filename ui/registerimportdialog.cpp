#include "registerimportdialog.h"

#include "core/clock.h"
#include "register/tablereader.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

constexpr int kPreviewRows = 10;

} // namespace

RegisterImportDialog::RegisterImportDialog(
    Library &library, qint64 caseId, const QString &path, QString *problem, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_path(path)
    , m_asOf(new QDateEdit(this))
    , m_asOfNote(new QLabel(this))
    , m_rows(new QTableWidget(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import Register — %1").arg(QFileInfo(path).fileName()));
    *problem = readFile();
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The first rows of the file as they will be read. Check which "
                                "column holds each kind of information; only keyed hashes of ID "
                                "and phone numbers and the facts derived from them are stored."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->verticalHeader()->setVisible(false);
    layout->addWidget(m_rows, 1);
    auto *form = new QFormLayout;
    for (const RegisterRole role : kRegisterRoles) {
        auto *box = new QComboBox(this);
        box->addItem(tr("(no such column)"), QString());
        for (const QString &h : std::as_const(m_header))
            box->addItem(h, h);
        m_roles.insert(role, box);
        form->addRow(roleName(role) + u':', box);
        connect(box, &QComboBox::activated, this, &RegisterImportDialog::remap);
    }
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(u"yyyy-MM-dd"_s);
    const auto asOf = RegisterStore(library).defaultAsOf(caseId);
    m_asOf->setDate(asOf.ok() ? asOf.value() : Clock::today());
    m_asOfNote->setText(asOf.ok() ? tr("the earliest date in the case's chronology")
                                  : tr("the case's chronology has no date to the day: give the "
                                       "date of the conduct"));
    m_asOfNote->setWordWrap(true);
    form->addRow(tr("Ages counted on:"), m_asOf);
    form->addRow(QString(), m_asOfNote);
    layout->addLayout(form);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: palette(highlight);"_s);
    layout->addWidget(m_message);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(720, 520);
    if (problem->isEmpty())
        remap();
}

// The header and first rows; a message when not even the header can be read.
QString RegisterImportDialog::readFile()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(QFileInfo(m_path).fileName(), file.errorString());
    QString headerProblem;
    const auto sink = [&](const registerfile::TableRow &row) {
        if (m_header.isEmpty()) {
            if (!row.problem.isEmpty()) {
                headerProblem = row.problem;
                return false;
            }
            m_header = row.cells;
            return true;
        }
        m_firstRows.append(row.problem.isEmpty()
                ? row.cells
                : QStringList { tr("line %1 cannot be read: %2").arg(row.line).arg(row.problem) });
        return m_firstRows.size() < kPreviewRows;
    };
    if (const Status st = registerfile::readTable(file, QString(), sink); !st.ok())
        return st.error().message;
    if (!headerProblem.isEmpty())
        return tr("The header row cannot be read: %1").arg(headerProblem);
    if (m_header.isEmpty())
        return tr("%1 holds no rows.").arg(QFileInfo(m_path).fileName());
    return {};
}

RegisterImportOptions RegisterImportDialog::options() const
{
    RegisterImportOptions options;
    options.asOf = m_asOf->date();
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it)
        if (const QString header = it.value()->currentData().toString(); !header.isEmpty())
            options.columns.insert(it.key(), header);
    return options;
}

// The mapping the import would use with the columns chosen so far.
void RegisterImportDialog::remap()
{
    const auto mapping = mapColumns(m_header, options().columns);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(mapping.ok());
    const bool noId = m_roles.value(RegisterRole::IdNumber)->currentIndex() <= 0;
    m_message->setText(mapping.ok() ? QString()
            : noId ? tr("No column is known to hold the ID number: choose it above.")
                   : mapping.error().message);
    m_message->setVisible(!mapping.ok());
    showMapping(mapping.ok() ? mapping.value() : ColumnMapping {});
}

void RegisterImportDialog::showMapping(const ColumnMapping &mapping)
{
    QStringList labels = m_header;
    for (const RegisterRole role : kRegisterRoles) {
        const int column = mapping.column(role);
        QComboBox *box = m_roles.value(role);
        const QSignalBlocker blocker(box);
        if (column >= 0 && column < m_header.size()) {
            labels[column] = tr("%1\n→ %2").arg(m_header.at(column), roleName(role));
            box->setCurrentIndex(column + 1);
        } else if (!mapping.columns.isEmpty()) {
            box->setCurrentIndex(0);
        }
    }
    int width = static_cast<int>(m_header.size());
    for (const QStringList &row : std::as_const(m_firstRows))
        width = std::max(width, static_cast<int>(row.size()));
    m_rows->setColumnCount(width);
    m_rows->setRowCount(static_cast<int>(m_firstRows.size()));
    m_rows->setHorizontalHeaderLabels(labels);
    for (int r = 0; r < m_firstRows.size(); ++r)
        for (int c = 0; c < m_firstRows.at(r).size(); ++c)
            m_rows->setItem(r, c, new QTableWidgetItem(m_firstRows.at(r).at(c)));
    m_rows->resizeColumnsToContents();
}

} // namespace habeas
