#pragma once

#include "law/claimstore.h"

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QPushButton;

namespace habeas {

class Library;
class HabeasCommand;
class UndoManager;

// Beside the Facts & law panel's claim buttons: what the complaint's liability section reads
// from the selected claim — the heading of its reasons, the alternative it pleads, and whether
// the selected element rests on an adverse inference (EvP 95).
class ClaimLiabilityBar final : public QWidget {
    Q_OBJECT

public:
    ClaimLiabilityBar(Library &library, UndoManager &undo, QWidget *parent = nullptr);

    // The selection the bar acts on; null pointers disable it.
    void setSelection(
        qint64 caseId, const ClaimRecord *claim, const ClaimElement *element, bool writable);

    void editHeading();
    void setHeading(const QString &heading);
    void chooseAlternative(const QString &limb);
    void setAdverseInference(bool on);

signals:
    // After a change: the element that was selected, to select it again.
    void changed(qint64 claimId, const QString &elementId);

private:
    // The claim changed by `edit` (one undoable edit; a stale one asked: staleedit.h).
    void change(const QString &title, const std::function<ClaimRecord(ClaimRecord)> &edit);
    // The claim with `heading` typed (the theory's own typed back: none), or why not.
    Result<ClaimRecord> withHeading(ClaimRecord claim, const QString &heading);

    Library &m_library;
    UndoManager &m_undo;
    QPushButton *m_heading;
    QComboBox *m_alternative;
    QPushButton *m_adverse;
    qint64 m_caseId = 0;
    std::optional<ClaimRecord> m_claim;
    QString m_element;
};

} // namespace habeas
