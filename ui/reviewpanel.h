#pragma once

#include "casepanel.h"
#include "review/reviewstore.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace habeas {

class CaseWorkspace;
class ReviewFilter;
class ReviewModel;

// The clinic's review of the open case: every comment with what it is on, open, resolved or
// in conflict with the other side's version; add, edit, resolve, reopen and remove (all
// undoable), settle a conflict, and go to what a comment is on (double-click). Shown for every
// kind of case: a colleague's review is a review too.
class ReviewPanel final : public CasePanel {
    Q_OBJECT

public:
    ReviewPanel(Library &library, UndoManager &undo, QWidget *parent = nullptr);

    QString title() const override { return tr("Review"); }
    void setCase(qint64 caseId) override;

    QTableView *view() const { return m_view; }
    QComboBox *showBox() const { return m_show; }
    ReviewModel *model() const { return m_model; }
    qint64 selectedId() const;
    void select(qint64 commentId);

    // Asks what the comment is on (preselecting `anchor` when given) and its text.
    void addComment(const std::optional<ReviewAnchor> &anchor = std::nullopt);
    void editComment();
    void toggleResolved();
    void removeComment();
    void settle(bool takeTheirs);

signals:
    // Double-click: the window brings the panel showing the anchor to the front.
    void showAnchor(qint64 caseId, const AnchorPlace &place, ReviewAnchor::Kind kind);

private:
    void updateButtons();
    void change(int change, const QString &text = {});

    qint64 m_caseId = 0;
    ReviewModel *m_model;
    ReviewFilter *m_filter;
    QTableView *m_view;
    QComboBox *m_show;
    QLabel *m_details;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_resolve;
    QPushButton *m_remove;
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;
};

// Brings the panel showing what a comment is on to the front, at that element, exhibit page,
// request or document.
void showReviewAnchor(CaseWorkspace &workspace, const AnchorPlace &place, ReviewAnchor::Kind kind);

} // namespace habeas
