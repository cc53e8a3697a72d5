#pragma once

#include "casepanel.h"
#include "cases/casetypes.h"
#include "core/result.h"
#include "evidence/evidencestore.h"
#include "register/registerstats.h"

#include <optional>

class QCheckBox;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace habeas {

class DamagesModel;

// 损害赔偿: the worksheet of one scenario, its totals per head and per defendant with the
// 大写 a filing prints, the court fee for the amount claimed, and the scenarios side by side.
class DamagesPanel final : public CasePanel {
    Q_OBJECT

public:
    DamagesPanel(Library &library, UndoManager &undo, QWidget *parent = nullptr);

    QString title() const override { return tr("Damages"); }
    void setCase(qint64 caseId) override;

    void addItem();
    void editItem();
    void removeItem();
    void copyScenario();

    QString currentScenario() const;
    void setScenario(const QString &scenario);
    QString totalsText() const;
    QTableView *view() const { return m_view; }
    DamagesModel *model() const { return m_model; }
    QChart *chart() const { return m_chart; }

private:
    // The constructor's parts.
    void setUpView();
    QWidget *totalsBox();
    void connectStores(Library &library);
    void defaultFeeKind();
    void refresh();
    void refreshScenarios();
    void refreshTotals();
    void refreshChart();
    void updateActions();
    qint64 selectedId() const;
    // What the item dialog offers; an error when the database cannot give it.
    struct DialogLists {
        QList<PartyRecord> parties;
        QStringList scenarios;
        QList<EvidenceRecord> exhibits;
        std::optional<RegisterStats> registerStats; // a public-interest case's register
    };
    Result<DialogLists> dialogLists();

    qint64 m_caseId = 0;
    DamagesModel *m_model;
    QComboBox *m_scenario;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_copy;
    QLabel *m_totals;
    QComboBox *m_feeKind;
    QCheckBox *m_simplified;
    QComboBox *m_ending; // CaseEnding: mediation or withdrawal halves the fee
    QLabel *m_fee;
    QChart *m_chart;
    QChartView *m_chartView;
};

} // namespace habeas
