#include "citedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace habeas {

CiteDialog::CiteDialog(const QString &element, const QList<EvidenceRecord> &exhibits,
    AnnotationStore &regions, QWidget *parent)
    : QDialog(parent)
    , m_exhibits(exhibits)
    , m_regions(regions)
    , m_exhibit(new QComboBox(this))
    , m_page(new QSpinBox(this))
    , m_region(new QComboBox(this))
    , m_note(new QLineEdit(this))
{
    setWindowTitle(tr("Cite Evidence"));
    auto *what = new QLabel(element, this);
    what->setWordWrap(true);
    for (const EvidenceRecord &r : exhibits)
        m_exhibit->addItem(r.exhibitNumber() + u"  "_s + r.title, r.id);
    m_page->setSpecialValueText(tr("whole exhibit"));
    m_page->setRange(0, 9999);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(what);
    form->addRow(tr("&Exhibit:"), m_exhibit);
    form->addRow(tr("&Page:"), m_page);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_exhibit, &QComboBox::currentIndexChanged, this, &CiteDialog::fillRegions);
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        // A region fixes the page.
        m_page->setEnabled(m_region->currentData().toLongLong() == 0);
    });
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!exhibits.isEmpty());
    fillRegions();
}

void CiteDialog::fillRegions()
{
    m_region->clear();
    m_region->addItem(tr("none"), qint64(0));
    const qint64 id = evidenceId();
    for (const EvidenceRecord &r : std::as_const(m_exhibits))
        if (r.id == id)
            m_page->setMaximum(std::max(1, r.pageCount));
    if (!id)
        return;
    if (auto list = m_regions.annotations(id); list.ok())
        for (const Annotation &a : list.value())
            if (a.kind == Annotation::Kind::Highlight)
                m_region->addItem(
                    tr("page %1, region %2 — %3").arg(a.page).arg(a.region).arg(a.note), a.id);
}

qint64 CiteDialog::evidenceId() const
{
    return m_exhibit->currentData().toLongLong();
}

int CiteDialog::page() const
{
    return annotationId() ? 0 : m_page->value();
}

qint64 CiteDialog::annotationId() const
{
    return m_region->currentData().toLongLong();
}

QString CiteDialog::note() const
{
    return m_note->text().trimmed();
}

} // namespace habeas
