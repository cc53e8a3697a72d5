#pragma once

#include "review/reviewstore.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace habeas {

class FieldMessage;
class Library;

// A review comment's text and, for a new one, what it is on: one of the case's claim elements,
// exhibit regions, requests or generated documents.
class ReviewCommentDialog final : public QDialog {
    Q_OBJECT

public:
    // text: an existing comment's (the anchor is then fixed and not asked).
    ReviewCommentDialog(Library &library, qint64 caseId, const QString &text, bool askAnchor,
        QWidget *parent = nullptr);

    QComboBox *anchorBox() const { return m_anchor; }
    QPlainTextEdit *textEdit() const { return m_text; }
    void preselect(const ReviewAnchor &anchor);
    QString text() const;
    // The chosen anchor, its row given its stable identity now.
    Result<ReviewAnchor> anchor() const;

    void accept() override;

private:
    struct Choice {
        ReviewAnchor::Kind kind;
        qint64 id; // claim, annotation, request position or document
        QString element;
    };
    void fillAnchors();

    Library &m_library;
    qint64 m_caseId;
    QList<Choice> m_choices;
    QComboBox *m_anchor = nullptr;
    QPlainTextEdit *m_text;
    FieldMessage *m_message = nullptr;
};

} // namespace habeas
