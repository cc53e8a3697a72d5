#include "teachingchecklist.h"

#include "bundle/casesnapshot.h"
#include "bundle/teachingreviews.h"
#include "dialogs.h"
#include "storage/library.h"
#include "storage/storagebackend.h"
#include "teachingpreview.h"
#include "teachingrows.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPromise>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {
constexpr int kThumbHeight = 160;
}

TeachingChecklist::TeachingChecklist(Library &library, qint64 caseId, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_caseId(caseId)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Export Teaching Copy"));
    setObjectName(u"teachingChecklist"_s);
    resize(900, 640);
    auto *intro = new QLabel(tr("A teaching copy replaces every person named in the case by a "
                                "pseudonym and masks ID numbers, credit codes, phones and "
                                "addresses. Each exhibit goes in only as shown here: every page "
                                "rendered, its redactions burned in, no original. Look at every "
                                "page and tick the exhibit when nothing on it identifies anyone."),
        this);
    intro->setWordWrap(true);
    auto *content = new QWidget;
    auto *rows = new QVBoxLayout(content);
    auto reviews = bundle::teachingReviews(library, caseId);
    auto snapshot = bundle::CaseSnapshot::read(library.database(), caseId);
    QList<teaching::ExhibitPlan> plans;
    if (snapshot.ok())
        plans = teaching::exhibitPlans(snapshot.value().tableRows(), library.blobs());
    for (const teaching::ExhibitPlan &plan : std::as_const(plans)) {
        bundle::ExhibitReview review;
        for (const bundle::ExhibitReview &r :
            reviews.ok() ? reviews.value() : QList<bundle::ExhibitReview>())
            if (r.evidenceId == plan.evidenceId)
                review = r;
        auto *box = new QCheckBox(
            tr("%1 %2 — I have looked at every page").arg(plan.exhibit, review.title));
        box->setObjectName(u"review-%1"_s.arg(plan.evidenceId));
        box->setChecked(review.reviewed);
        if (review.changed)
            box->setToolTip(tr("Its redactions changed since it was last reviewed."));
        connect(box, &QCheckBox::toggled, this, &TeachingChecklist::update);
        m_boxes.insert(plan.evidenceId, box);
        rows->addWidget(box);
        auto *strip = new QHBoxLayout;
        auto *waiting = new QLabel(tr("Rendering the pages…"));
        strip->addWidget(waiting);
        strip->addStretch();
        m_waiting.insert(plan.evidenceId, waiting);
        m_strips.insert(plan.evidenceId, strip);
        rows->addLayout(strip);
    }
    if (plans.isEmpty())
        rows->addWidget(new QLabel(tr("The case has no exhibits: nothing to review.")));
    rows->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_problem->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(
        &m_watcher, &QFutureWatcher<Rendered>::resultReadyAt, this, &TeachingChecklist::showPages);
    m_watcher.setFuture(QtConcurrent::run([plans, cancel = m_cancel](QPromise<Rendered> &promise) {
        for (const teaching::ExhibitPlan &plan : plans) {
            if (*cancel || promise.isCanceled())
                return;
            promise.addResult(Rendered {
                plan.evidenceId, teaching::previewPages(plan, kThumbHeight, cancel.get()) });
        }
    }));
    update();
}

TeachingChecklist::~TeachingChecklist()
{
    *m_cancel = true;
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void TeachingChecklist::showPages(int index)
{
    const Rendered r = m_watcher.resultAt(index);
    QHBoxLayout *strip = m_strips.value(r.evidenceId);
    if (!strip)
        return;
    if (QLabel *waiting = m_waiting.take(r.evidenceId))
        waiting->deleteLater();
    int n = 0;
    for (const QImage &page : r.pages) {
        auto *label = new QLabel;
        ++n;
        if (page.isNull())
            label->setText(tr("Page %1 cannot be shown.").arg(n));
        else
            label->setPixmap(QPixmap::fromImage(page));
        label->setToolTip(tr("Page %1").arg(n));
        label->setFrameShape(QFrame::Box);
        strip->insertWidget(strip->count() - 1, label);
        ++m_pagesShown;
    }
    if (r.pages.isEmpty())
        strip->insertWidget(0,
            new QLabel(tr("This exhibit cannot be rendered; the export will "
                          "refuse it.")));
}

void TeachingChecklist::update()
{
    int unticked = 0;
    for (const QCheckBox *box : std::as_const(m_boxes))
        unticked += box->isChecked() ? 0 : 1;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(unticked == 0 && !m_boxes.isEmpty());
    m_problem->setText(
        unticked == 0 ? QString() : tr("%n exhibit(s) not yet reviewed.", nullptr, unticked));
}

void TeachingChecklist::accept()
{
    QList<qint64> ids = m_boxes.keys();
    std::sort(ids.begin(), ids.end());
    if (auto st = bundle::recordTeachingReviews(m_library, m_caseId, ids); !st.ok())
        return Dialogs::error(this, windowTitle(), st.failure().error.message);
    QDialog::accept();
}

} // namespace habeas
