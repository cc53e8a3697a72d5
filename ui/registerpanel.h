#pragma once

#include "casepanel.h"
#include "register/registerstore.h"

#include <QFuture>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressDialog;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace habeas {

class RegisterChart;

// The register of affected persons of a public-interest case: import a CSV or XLSX (a preview
// with its column mapping first; the import runs off the GUI thread with progress and Cancel),
// its headline figures, the breakdowns by category, age band and province as tables and a bar
// chart, finding a person by ID number or phone, and clearing it. Other cases see only a note.
class RegisterPanel final : public CasePanel {
    Q_OBJECT

public:
    RegisterPanel(Library &library, UndoManager &undo, QWidget *parent = nullptr);

    QString title() const override { return tr("Register"); }
    void setCase(qint64 caseId) override;

    void importRegister();
    void clearRegister();
    void findPerson();

    // What the import in progress will give; not running when no import is.
    QFuture<void> importFuture() const { return m_import; }
    QProgressDialog *progressDialog() const { return m_progress; }

    QWidget *content() const { return m_content; }
    QLabel *headingLabel() const { return m_heading; }
    QPushButton *importButton() const { return m_importButton; }
    QPushButton *clearButton() const { return m_clearButton; }
    QTableWidget *figuresTable() const { return m_figures; }
    QTabWidget *breakdownTabs() const { return m_breakdowns; }
    QTableWidget *breakdownTable(int index) const { return m_tables.value(index); }
    RegisterChart *chart() const { return m_chart; }
    QLineEdit *findEdit() const { return m_findText; }
    QComboBox *findKindBox() const { return m_findKind; }
    QPushButton *findButton() const { return m_findButton; }
    QLabel *findResultLabel() const { return m_findResult; }
    QPlainTextEdit *unreadableText() const { return m_unreadable; }

private:
    static QString label(int table, const QString &key);
    QWidget *buildFind();
    void refresh();
    void showStats(const RegisterStats &stats);
    void showChart();
    void startImport(const QString &path, const RegisterImportOptions &options);
    void importDone(const Result<RegisterImportReport> &report, bool cancelled);
    void showUnreadable(const RegisterImportReport &report);

    qint64 m_caseId = 0;
    QFuture<void> m_import;
    QProgressDialog *m_progress = nullptr;
    QLabel *m_heading;
    QWidget *m_content;
    QPushButton *m_importButton;
    QPushButton *m_clearButton;
    QTableWidget *m_figures;
    QTabWidget *m_breakdowns;
    QList<QTableWidget *> m_tables;
    RegisterChart *m_chart;
    QPlainTextEdit *m_unreadable;
    QLineEdit *m_findText = nullptr;
    QComboBox *m_findKind = nullptr;
    QPushButton *m_findButton = nullptr;
    QLabel *m_findResult = nullptr;
};

} // namespace habeas
