#include "reviewpanel.h"

#include "caseworkspace.h"
#include "dialogs.h"
#include "documentspanel.h"
#include "evidencepanel.h"
#include "factspanel.h"
#include "itemmodels/reviewmodel.h"
#include "requestlist.h"
#include "reviewcommentdialog.h"
#include "storage/library.h"
#include "templateregistry.h"
#include "undo/reviewcommands.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {
QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}
} // namespace

ReviewPanel::ReviewPanel(Library &library, UndoManager &undo, QWidget *parent)
    : CasePanel(library, undo, parent)
    , m_model(new ReviewModel(library.review(), this))
    , m_filter(new ReviewFilter(this))
    , m_view(new QTableView(this))
    , m_show(new QComboBox(this))
    , m_details(new QLabel(this))
    , m_add(button(tr("&Add Comment…"), u"addComment"_s, this))
    , m_edit(button(tr("&Edit…"), u"editComment"_s, this))
    , m_resolve(button(tr("&Resolve"), u"resolveComment"_s, this))
    , m_remove(button(tr("Re&move"), u"removeComment"_s, this))
    , m_keepMine(button(tr("Keep &Mine"), u"keepMine"_s, this))
    , m_takeTheirs(button(tr("Take &Theirs"), u"takeTheirs"_s, this))
{
    // The documents' names (民事起诉状) for the anchors' labels: the templates know them.
    auto registry = std::make_shared<TemplateRegistry>(library.path());
    library.review().setDocumentNamer([registry](const QString &id) {
        const TemplateInfo *info = registry->find(id);
        return info ? info->name : id;
    });
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setObjectName(u"reviewView"_s);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(ReviewModel::Text, QHeaderView::Stretch);
    m_view->setColumnWidth(ReviewModel::Anchor, 260);
    m_show->setObjectName(u"reviewShow"_s);
    m_show->addItem(tr("Open"), int(ReviewFilter::Show::Open));
    m_show->addItem(tr("Resolved"), int(ReviewFilter::Show::Resolved));
    m_show->addItem(tr("All"), int(ReviewFilter::Show::All));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_show);
    top->addStretch();
    for (QPushButton *b : { m_add, m_edit, m_resolve, m_remove, m_keepMine, m_takeTheirs })
        top->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);

    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setShow(ReviewFilter::Show(m_show->currentData().toInt()));
        updateButtons();
    });
    connect(m_add, &QPushButton::clicked, this, [this] { addComment(); });
    connect(m_edit, &QPushButton::clicked, this, &ReviewPanel::editComment);
    connect(m_resolve, &QPushButton::clicked, this, &ReviewPanel::toggleResolved);
    connect(m_remove, &QPushButton::clicked, this, &ReviewPanel::removeComment);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { settle(false); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { settle(true); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ReviewPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ReviewPanel::updateButtons);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ReviewPanel::updateButtons);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const auto &row = m_model->row(m_filter->mapToSource(index).row());
        if (row.place.found)
            emit showAnchor(m_caseId, row.place, row.comment.anchor.kind);
    });
    updateButtons();
}

void ReviewPanel::setCase(qint64 caseId)
{
    m_caseId = caseId;
    m_model->setCase(caseId);
    m_add->setEnabled(caseId != 0 && !library().isReadOnly());
    updateButtons();
}

qint64 ReviewPanel::selectedId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(ReviewModel::IdRole).toLongLong() : 0;
}

void ReviewPanel::select(qint64 commentId)
{
    const int row = m_model->rowOf(commentId);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void ReviewPanel::updateButtons()
{
    const int row = m_model->rowOf(selectedId());
    const bool writable = m_caseId != 0 && !library().isReadOnly();
    const ReviewComment *c = row >= 0 ? &m_model->row(row).comment : nullptr;
    for (QPushButton *b : { m_edit, m_resolve, m_remove })
        b->setEnabled(writable && c);
    m_resolve->setText(c && c->isResolved() ? tr("Re&open") : tr("&Resolve"));
    m_keepMine->setVisible(c && c->hasConflict());
    m_takeTheirs->setVisible(c && c->hasConflict());
    m_keepMine->setEnabled(writable);
    m_takeTheirs->setEnabled(writable);
    if (!c) {
        m_details->setText(m_model->lastError());
        return;
    }
    QString text = tr("%1 — %2, %3 (revision %4)")
                       .arg(m_model->row(row).place.label, c->author, c->createdAt.left(16))
                       .arg(c->revision);
    if (c->isResolved())
        text += u"\n"_s + tr("Resolved by %1 on %2.").arg(c->resolvedBy, c->resolvedAt.left(16));
    if (c->hasConflict())
        text += u"\n"_s
            + tr("Changed on both sides since the last exchange. Theirs (%1): %2")
                  .arg(c->conflict.value(u"author"_s).toString(),
                      c->conflict.value(u"text"_s).toString());
    m_details->setText(text);
}

void ReviewPanel::addComment(const std::optional<ReviewAnchor> &anchor)
{
    if (m_caseId == 0 || library().isReadOnly())
        return;
    ReviewCommentDialog dialog(library(), m_caseId, {}, true, this);
    if (anchor)
        dialog.preselect(*anchor);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto chosen = dialog.anchor();
    if (!chosen.ok())
        return Dialogs::error(this, tr("Add Review Comment"), chosen.error().message);
    auto command = std::make_unique<AddReviewCommentCommand>(
        library().review(), m_caseId, chosen.value(), dialog.text());
    auto *adding = command.get();
    if (auto st = undo().pushCase(m_caseId, std::move(command)); !st.ok())
        return Dialogs::error(this, tr("Add Review Comment"), st.error().message);
    if (m_filter->show() == ReviewFilter::Show::Resolved)
        m_show->setCurrentIndex(m_show->findData(int(ReviewFilter::Show::All)));
    select(adding->createdId());
}

void ReviewPanel::change(int change, const QString &text)
{
    const auto comment = library().review().comment(selectedId());
    if (!comment.ok())
        return;
    const qint64 id = comment->id;
    if (auto st = undo().pushCase(m_caseId,
            std::make_unique<ChangeReviewCommentCommand>(library().review(), comment.value(),
                ChangeReviewCommentCommand::Change(change), text));
        !st.ok())
        return Dialogs::error(this, tr("Review"), st.error().message);
    select(id);
    updateButtons();
}

void ReviewPanel::editComment()
{
    const auto comment = library().review().comment(selectedId());
    if (!comment.ok())
        return;
    ReviewCommentDialog dialog(library(), m_caseId, comment->text, false, this);
    if (dialog.exec() == QDialog::Accepted && dialog.text() != comment->text)
        change(int(ChangeReviewCommentCommand::Change::Edit), dialog.text());
}

void ReviewPanel::toggleResolved()
{
    const auto comment = library().review().comment(selectedId());
    if (comment.ok())
        change(int(comment->isResolved() ? ChangeReviewCommentCommand::Change::Reopen
                                         : ChangeReviewCommentCommand::Change::Resolve));
}

void ReviewPanel::removeComment()
{
    if (selectedId() != 0)
        change(int(ChangeReviewCommentCommand::Change::Remove));
}

void ReviewPanel::settle(bool takeTheirs)
{
    if (selectedId() != 0)
        change(int(takeTheirs ? ChangeReviewCommentCommand::Change::TakeTheirs
                              : ChangeReviewCommentCommand::Change::KeepMine));
}

void showReviewAnchor(CaseWorkspace &workspace, const AnchorPlace &place, ReviewAnchor::Kind kind)
{
    switch (kind) {
    case ReviewAnchor::Kind::Element:
    case ReviewAnchor::Kind::Request:
        if (auto *facts = workspace.panel<FactsPanel>()) {
            workspace.showPanel(facts);
            if (kind == ReviewAnchor::Kind::Element) {
                facts->selectElement(place.claimId, place.element);
            } else { // Claims for Relief, at the request
                facts->tabs()->setCurrentWidget(facts->requestList());
                facts->requestList()->setCurrentRow(place.requestPosition - 1);
            }
        }
        break;
    case ReviewAnchor::Kind::Region:
        if (auto *evidence = workspace.panel<EvidencePanel>()) {
            workspace.showPanel(evidence);
            evidence->showExhibit(place.evidenceId, place.page);
        }
        break;
    case ReviewAnchor::Kind::Document:
        if (auto *documents = workspace.panel<DocumentsPanel>())
            workspace.showPanel(documents);
        break;
    }
}

} // namespace habeas
