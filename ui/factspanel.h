#pragma once

#include "casepanel.h"
#include "gapreportview.h"
#include "itemmodels/proofmodel.h"
#include "law/claimstore.h"

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QComboBox;
class QDate;
class QLabel;
class QLayout;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace habeas {

class ChronologyModel;
class ClaimLiabilityBar;
struct EventRecord;
class HabeasCommand;
class EvidenceModel;
class ProofMatrixModel;
class RequestList;

// 事实与法律: the chronology of the case, its claims element by element with the evidence
// cited for each (drag an exhibit onto an element), the proof matrix, the gaps to close
// before drafting, and beside them the exact text of the articles an element rests on.
class FactsPanel final : public CasePanel {
    Q_OBJECT

public:
    FactsPanel(Library &library, UndoManager &undo, QWidget *parent = nullptr);

    QString title() const override { return tr("Facts && Law"); }
    void setCase(qint64 caseId) override;

    void addEvent();
    void editEvent();
    void removeEvent();
    void addClaim(const QString &theoryId);
    void removeClaim();
    void setStatus(int status); // ElementStatus
    void cite();
    void citeExhibits(qint64 claimId, const QString &elementId, const QList<qint64> &evidenceIds);
    void removeCitation();
    // The case's own 诉讼请求 (one per line) and the lawyer's statement of an element.
    void editRequests();
    void editStatement();
    void setRequests(const QStringList &requests);
    void setStatement(const QString &statement);
    // Marks the selected claim's conduct continuing until `until` (invalid: not continuing), so
    // that law coming into force before that date applies to it.
    void editContinuing();
    void setContinuing(const QDate &until);
    bool exportGaps(const QString &path); // .csv or .pdf

    QTableView *chronologyView() const { return m_chronology; }
    QTableView *elementsView() const { return m_elements; }
    QTableView *matrixView() const { return m_matrix; }
    QTableView *exhibitsView() const { return m_exhibits; }
    QTextBrowser *lawView() const { return m_law; }
    QTextBrowser *gapsView() const { return m_gapReport->browser(); }
    QComboBox *theoryBox() const { return m_theory; }
    QTabWidget *tabs() const { return m_tabs; }
    RequestList *requestList() const { return m_requestList; }
    ProofModel *proofModel() const { return m_proofModel; }
    ProofMatrixModel *matrixModel() const { return m_matrixModel; }
    void selectElement(qint64 claimId, const QString &elementId);

private:
    // The fact selected in the chronology, if one is.
    std::optional<EventRecord> selectedEvent() const;
    // Changes the selected element by `change` (one undoable edit; a failure is said under
    // `title`, a stale one asked: staleedit.h), and keeps it selected.
    void setCurrentElement(
        const QString &title, const std::function<ElementState(ElementState)> &change);
    // The event dialog opened on `start` (a new fact when its id is 0) until what was typed is
    // saved or it is cancelled: a failed save brings the dialog back with the text, and an edit
    // someone else overtook asks Reload, Overwrite or Cancel (staleedit.h).
    void runEventDialog(const EventRecord &start, const QString &title);
    // The constructor's parts: each section of the panel, set up and wired.
    void setUpChronology();
    QLayout *chronologyButtons();
    QLayout *claimButtons();
    QWidget *elementsTab();
    QWidget *exhibitsBox();
    void setUpProofTabs();
    void connectChronology(Library &library);
    void connectClaims();
    void refreshGaps();
    void showLaw();
    void updateActions();
    int currentElementRow() const;
    // The claim and element of the selected row of the proof table; nothing when none is.
    std::optional<ProofModel::Row> currentProof() const;

    qint64 m_caseId = 0;
    ChronologyModel *m_chronologyModel;
    ProofModel *m_proofModel;
    ProofMatrixModel *m_matrixModel;
    EvidenceModel *m_exhibitModel;
    QSortFilterProxyModel *m_chronologySort;
    QTableView *m_chronology;
    QTableView *m_elements;
    QTableView *m_matrix;
    QTableView *m_exhibits;
    QTextBrowser *m_law;
    GapReportView *m_gapReport;
    QTabWidget *m_tabs;
    RequestList *m_requestList;
    QComboBox *m_theory;
    QComboBox *m_status;
    QPushButton *m_addEvent;
    QPushButton *m_editEvent;
    QPushButton *m_removeEvent;
    QPushButton *m_addClaim;
    QPushButton *m_removeClaim;
    QPushButton *m_cite;
    QPushButton *m_uncite;
    QPushButton *m_statement;
    QPushButton *m_requests;
    QPushButton *m_continuing;
    QLabel *m_summary;
    ClaimLiabilityBar *m_liability;
};

} // namespace habeas
