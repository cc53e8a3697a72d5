#include "requestlist.h"

#include "law/claimstore.h"
#include "review/reviewstore.h"
#include "storage/library.h"

using namespace Qt::StringLiterals;

namespace habeas {

RequestList::RequestList(Library &library, QWidget *parent)
    : QListWidget(parent)
    , m_library(library)
{
    setObjectName(u"requestList"_s);
    setWordWrap(true);
    connect(&library.claims(), &ClaimStore::claimsChanged, this, [this](qint64 caseId) {
        if (caseId == m_caseId)
            reload();
    });
    connect(&library.review(), &ReviewStore::reviewChanged, this, [this](qint64 caseId) {
        if (caseId == m_caseId)
            reload();
    });
}

void RequestList::setCase(qint64 caseId)
{
    m_caseId = caseId;
    reload();
}

void RequestList::reload()
{
    clear();
    if (!m_caseId)
        return;
    const auto requests = m_library.claims().requests(m_caseId);
    if (!requests.ok())
        return;
    const QHash<QString, QStringList> notes = m_library.review().openNotes(m_caseId);
    for (int i = 0; i < requests.value().size(); ++i) {
        const QString text = requests.value().at(i);
        auto *item = new QListWidgetItem(u"%1. %2"_s.arg(i + 1).arg(text), this);
        item->setToolTip(text);
        // The clinic's review: its open comments on this request.
        AnchorPlace place;
        place.requestPosition = i + 1;
        if (const QStringList open =
                notes.value(ReviewStore::placeKey(ReviewAnchor::Kind::Request, place));
            !open.isEmpty()) {
            item->setText(u"\u270e%1 "_s.arg(open.size()) + item->text());
            item->setToolTip(
                text + u"\n\n"_s + tr("Review comments:") + u"\n"_s + open.join(u"\n"_s));
        }
    }
}

} // namespace habeas
