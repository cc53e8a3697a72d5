#include "reviewcommentdialog.h"

#include "documentregister.h"
#include "evidence/annotationstore.h"
#include "evidence/evidencestore.h"
#include "fieldmessage.h"
#include "law/claimstore.h"
#include "storage/library.h"
#include "templateregistry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {
template<typename T> T orEmpty(Result<T> result)
{
    return result.ok() ? std::move(result).value() : T();
}

QString elided(const QString &text, int length)
{
    const QString flat = text.simplified();
    return flat.size() <= length ? flat : flat.left(length) + u'…';
}
} // namespace

ReviewCommentDialog::ReviewCommentDialog(
    Library &library, qint64 caseId, const QString &text, bool askAnchor, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_caseId(caseId)
    , m_text(new QPlainTextEdit(text, this))
{
    setWindowTitle(askAnchor ? tr("Add Review Comment") : tr("Edit Review Comment"));
    auto *form = new QFormLayout(this);
    if (askAnchor) {
        m_anchor = new QComboBox(this);
        m_anchor->setObjectName(u"reviewAnchor"_s);
        form->addRow(tr("&On:"), m_anchor);
        fillAnchors();
    }
    m_text->setObjectName(u"reviewText"_s);
    m_text->setTabChangesFocus(true);
    form->addRow(tr("&Comment:"), m_text);
    m_message = new FieldMessage(this);
    m_message->setObjectName(u"reviewMessage"_s);
    form->addRow(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    resize(560, 260);
    m_text->setFocus();
}

void ReviewCommentDialog::fillAnchors()
{
    using K = ReviewAnchor::Kind;
    const auto add = [this](const QString &label, const Choice &choice) {
        m_anchor->addItem(label);
        m_choices << choice;
    };
    for (const ClaimRecord &claim : orEmpty(m_library.claims().claims(m_caseId)))
        for (const ClaimElement &e : claim.elements) {
            const QString number = e.id.mid(e.id.lastIndexOf(u'.') + 1);
            add(tr("%1 — Element %2: %3").arg(claim.theoryName, number, elided(e.textZh, 30)),
                { K::Element, claim.id, e.id });
        }
    for (const EvidenceRecord &item : orEmpty(m_library.evidence().items(m_caseId)))
        for (const Annotation &a : orEmpty(m_library.annotations().annotations(item.id)))
            if (const auto cited = m_library.annotations().citation(a.id); cited.ok())
                add(cited.value(), { K::Region, a.id, {} });
    const QStringList requests = orEmpty(m_library.claims().requests(m_caseId));
    for (int i = 0; i < requests.size(); ++i)
        add(tr("Request %1: %2").arg(i + 1).arg(elided(requests.at(i), 30)),
            { K::Request, i + 1, {} });
    const TemplateRegistry registry(m_library.path());
    for (const GeneratedDocument &d : orEmpty(DocumentRegister(m_library).list(m_caseId))) {
        const TemplateInfo *info = registry.find(d.templateId);
        add(tr("Document: %1 (%2)").arg(info ? info->name : d.templateId, d.createdAt.left(10)),
            { K::Document, d.id, {} });
    }
}

void ReviewCommentDialog::preselect(const ReviewAnchor &anchor)
{
    if (!m_anchor)
        return;
    const AnchorPlace place = m_library.review().place(m_caseId, anchor);
    for (int i = 0; i < m_choices.size(); ++i) {
        const Choice &c = m_choices.at(i);
        const bool same = c.kind == anchor.kind
            && ((c.kind == ReviewAnchor::Kind::Element && c.id == place.claimId
                    && c.element == anchor.element)
                || (c.kind == ReviewAnchor::Kind::Region && c.id == place.annotationId)
                || (c.kind == ReviewAnchor::Kind::Request && c.id == place.requestPosition)
                || (c.kind == ReviewAnchor::Kind::Document && c.id == place.documentId));
        if (same)
            m_anchor->setCurrentIndex(i);
    }
}

QString ReviewCommentDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

Result<ReviewAnchor> ReviewCommentDialog::anchor() const
{
    const int i = m_anchor ? m_anchor->currentIndex() : -1;
    if (i < 0 || i >= m_choices.size())
        return Error::input(tr("The case has nothing to comment on yet: no claim, region, "
                               "request or generated document."));
    const Choice &c = m_choices.at(i);
    ReviewStore &store = m_library.review();
    switch (c.kind) {
    case ReviewAnchor::Kind::Element:
        return store.anchorElement(c.id, c.element);
    case ReviewAnchor::Kind::Region:
        return store.anchorRegion(c.id);
    case ReviewAnchor::Kind::Request:
        return store.anchorRequest(m_caseId, int(c.id));
    case ReviewAnchor::Kind::Document:
        return store.anchorDocument(c.id);
    }
    return Error::input(QString());
}

void ReviewCommentDialog::accept()
{
    if (m_anchor && m_anchor->currentIndex() < 0)
        return m_message->setMessage(tr("The case has nothing to comment on yet: no claim, "
                                        "region, request or generated document."));
    if (text().isEmpty())
        return m_message->setMessage(tr("A review comment needs some text."));
    QDialog::accept();
}

} // namespace habeas
