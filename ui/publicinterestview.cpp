#include "publicinterestview.h"

#include "cases/casestore.h"
#include "core/clock.h"
#include "damages/damagesstore.h"
#include "damages/money.h"
#include "damages/publicinterestsummary.h"
#include "dialogs.h"
#include "fieldmessage.h"
#include "storage/library.h"
#include "undo/publicinterestcommands.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace habeas {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(habeas::PublicInterestPanel)
};

QString nameOf(const QList<PartyRecord> &parties, qint64 id)
{
    for (const PartyRecord &p : parties)
        if (p.id == id)
            return p.name;
    return QString::number(id);
}

// "王某 检察官" or "王某:检察官", one prosecutor a line.
QList<Prosecutor> parseProsecutors(const QString &text)
{
    QList<Prosecutor> list;
    for (QString line : text.split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        line.replace(u'：', u':');
        qsizetype cut = line.indexOf(u':');
        if (cut < 0)
            cut = line.indexOf(QRegularExpression(u"\\s"_s));
        list.append(cut < 0 ? Prosecutor { line, {} }
                            : Prosecutor { line.left(cut).trimmed(), line.mid(cut + 1).trimmed() });
    }
    return list;
}

} // namespace

QString publicInterestSummaryHtml(
    Library &library, qint64 caseId, const QString &scenario, const QList<PartyRecord> &parties)
{
    const auto items = library.damages().items(caseId, scenario);
    const auto record = PublicInterestStore(library).record(caseId);
    if (!items.ok() || !record.ok())
        return {};
    QList<qint64> order;
    for (const PartyRecord &p : parties)
        if (p.role == PartyRole::Defendant && !p.isTrashed())
            order << p.id;
    const PublicInterestSummary s =
        summarisePublicInterest(items.value(), scenario, order, record->fines);
    const QLocale locale;
    QString html =
        u"<p><b>%1</b></p><table cellspacing=4><tr><th align=left>%2</th>"
        "<th align=right>%3</th><th align=right>%4</th><th align=right>%5</th>"
        "<th align=right>%6</th></tr>"_s.arg(Text::tr("For the public interest").toHtmlEscaped(),
            Text::tr("Defendant").toHtmlEscaped(), Text::tr("Alone").toHtmlEscaped(),
            Text::tr("Jointly and severally").toHtmlEscaped(),
            Text::tr("Of which illegal gain").toHtmlEscaped(),
            Text::tr("Criminal fine (not claimed)").toHtmlEscaped());
    for (const DefendantShare &d : s.defendants)
        html += u"<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td>"
                "<td align=right>%4</td><td align=right>%5</td></tr>"_s.arg(
                    nameOf(parties, d.partyId).toHtmlEscaped(), formatYuan(d.aloneFen, locale),
                    formatYuan(d.jointFen, locale), formatYuan(d.illegalGainFen, locale),
                    d.fineFen ? formatYuan(d.fineFen, locale) : u"—"_s);
    html += u"</table><table cellspacing=4><tr><th align=left>%1</th><th align=right>%2</th></tr>"_s
                .arg(Text::tr("Paid to").toHtmlEscaped(), Text::tr("Yuan").toHtmlEscaped());
    for (const PayeeTotal &p : s.payees)
        html += u"<tr><td>%1</td><td align=right>%2</td></tr>"_s.arg(
            payeeLabel(p).toHtmlEscaped(), formatYuan(p.fen, locale));
    return html + u"</table>"_s;
}

PublicInterestPanel::PublicInterestPanel(Library &library, UndoManager &undo, QWidget *parent)
    : CasePanel(library, undo, parent)
    , m_heading(new QLabel(this))
    , m_prosecutors(new QPlainTextEdit(this))
    , m_published(new QCheckBox(Text::tr("Published on"), this))
    , m_publishedOn(new QDateEdit(this))
    , m_medium(new QLineEdit(this))
    , m_contact(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_ends(new QLabel(this))
    , m_outcome(new QComboBox(this))
    , m_organisations(new QLineEdit(this))
    , m_message(new FieldMessage(this))
    , m_save(new QPushButton(Text::tr("&Save"), this))
    , m_fineDefendant(new QComboBox(this))
    , m_fineAmount(new QLineEdit(this))
    , m_fineJudgment(new QLineEdit(this))
    , m_fineButton(new QPushButton(Text::tr("Record &fine"), this))
    , m_summary(new QLabel(this))
    , m_form(new QWidget(this))
{
    m_heading->setWordWrap(true);
    m_prosecutors->setTabChangesFocus(true);
    m_prosecutors->setMaximumHeight(80);
    m_prosecutors->setPlaceholderText(Text::tr("One a line: name and title, e.g. 王某 检察官"));
    m_publishedOn->setCalendarPopup(true);
    m_publishedOn->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_medium->setPlaceholderText(Text::tr("e.g. 正义网"));
    m_outcome->addItem(Text::tr("Not yet known"), static_cast<int>(NoticeOutcome::Unknown));
    m_outcome->addItem(
        Text::tr("No body or organisation sued"), static_cast<int>(NoticeOutcome::None));
    m_outcome->addItem(Text::tr("An organisation came forward to sue"),
        static_cast<int>(NoticeOutcome::CameForward));
    m_organisations->setPlaceholderText(Text::tr("the organisations, separated by 、"));
    m_fineAmount->setPlaceholderText(Text::tr("yuan"));
    m_fineJudgment->setPlaceholderText(
        Text::tr("the criminal judgment, e.g. （2025）京0108刑初123号"));
    m_summary->setTextFormat(Qt::RichText);

    auto *procuratorate = new QGroupBox(Text::tr("Procuratorate"), m_form);
    auto *pForm = new QFormLayout(procuratorate);
    pForm->addRow(Text::tr("&Prosecutors:"), m_prosecutors);
    auto *notice = new QGroupBox(Text::tr("Announcement before suing (诉前公告, 30 days)"), m_form);
    auto *nForm = new QFormLayout(notice);
    auto *publishedRow = new QHBoxLayout;
    publishedRow->addWidget(m_published);
    publishedRow->addWidget(m_publishedOn, 1);
    nForm->addRow(Text::tr("Publication:"), publishedRow);
    nForm->addRow(Text::tr("&Medium:"), m_medium);
    nForm->addRow(Text::tr("&Contact person:"), m_contact);
    nForm->addRow(Text::tr("Contact p&hone:"), m_phone);
    nForm->addRow(Text::tr("Period ends:"), m_ends);
    nForm->addRow(Text::tr("&Afterwards:"), m_outcome);
    nForm->addRow(Text::tr("&Organisations:"), m_organisations);
    nForm->addRow(QString(), m_message);
    nForm->addRow(QString(), m_save);
    auto *fines = new QGroupBox(Text::tr("Damages for the public interest"), m_form);
    auto *fLayout = new QVBoxLayout(fines);
    auto *fineRow = new QHBoxLayout;
    fineRow->addWidget(new QLabel(Text::tr("Criminal fine of"), fines));
    fineRow->addWidget(m_fineDefendant);
    fineRow->addWidget(m_fineAmount);
    fineRow->addWidget(m_fineJudgment, 1);
    fineRow->addWidget(m_fineButton);
    fLayout->addLayout(fineRow);
    fLayout->addWidget(m_summary);
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->addWidget(procuratorate);
    formLayout->addWidget(notice);
    formLayout->addWidget(fines);
    formLayout->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_form, 1);

    for (QLineEdit *e : { m_medium, m_contact, m_phone, m_organisations })
        connect(e, &QLineEdit::textChanged, this, &PublicInterestPanel::revalidate);
    connect(m_prosecutors, &QPlainTextEdit::textChanged, this, &PublicInterestPanel::revalidate);
    connect(m_published, &QCheckBox::toggled, this, &PublicInterestPanel::revalidate);
    connect(m_publishedOn, &QDateEdit::dateChanged, this, &PublicInterestPanel::revalidate);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &PublicInterestPanel::revalidate);
    connect(m_save, &QPushButton::clicked, this, &PublicInterestPanel::save);
    connect(m_fineButton, &QPushButton::clicked, this, &PublicInterestPanel::setFine);
    connect(&library.cases(), &CaseStore::caseChanged, this, [this](qint64 id) {
        if (id == m_caseId)
            refresh();
    });
    connect(&library.cases(), &CaseStore::partiesChanged, this, [this](qint64 id) {
        if (id == m_caseId)
            refresh();
    });
    connect(&library.damages(), &DamagesStore::damagesChanged, this, [this](qint64 id) {
        if (id == m_caseId)
            refresh();
    });
    setCase(0);
}

void PublicInterestPanel::setCase(qint64 caseId)
{
    m_caseId = caseId;
    refresh();
}

QString PublicInterestPanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void PublicInterestPanel::refresh()
{
    const auto c =
        m_caseId ? library().cases().caseById(m_caseId) : Result<CaseRecord>(CaseRecord {});
    const bool publicInterest = m_caseId && c.ok() && isPublicInterest(c->kind);
    m_form->setVisible(publicInterest);
    if (!publicInterest) {
        m_heading->setText(m_caseId
                ? Text::tr("This is not a public-interest case. A procuratorate's "
                           "case has the kind “Public-interest suit” or “Public-"
                           "interest suit with a criminal case” (Edit case).")
                : QString());
        return;
    }
    const auto record = PublicInterestStore(library()).record(m_caseId);
    m_record = record.ok() ? record.value() : PublicInterestRecord { m_caseId, {}, {}, {} };
    m_heading->setText(
        Text::tr("%1 — 文号: %2")
            .arg(displayName(c->kind),
                c->procuratorateNumber.isEmpty() ? Text::tr("not yet given (Edit case)")
                                                 : c->procuratorateNumber));
    QStringList lines;
    for (const Prosecutor &p : std::as_const(m_record.prosecutors))
        lines << (p.title.isEmpty() ? p.name : p.name + u' ' + p.title);
    const QSignalBlocker b1(m_prosecutors), b2(m_published), b3(m_publishedOn), b4(m_medium),
        b5(m_contact), b6(m_phone), b7(m_outcome), b8(m_organisations);
    m_prosecutors->setPlainText(lines.join(u'\n'));
    const PublicNotice n = m_record.notice.value_or(PublicNotice {});
    m_published->setChecked(m_record.notice.has_value());
    m_publishedOn->setDate(n.publishedOn.isValid() ? n.publishedOn : Clock::today());
    m_medium->setText(n.medium);
    m_contact->setText(n.contact);
    m_phone->setText(n.phone);
    m_outcome->setCurrentIndex(m_outcome->findData(static_cast<int>(n.outcome)));
    m_organisations->setText(n.organisations.join(u"、"_s));
    m_fineDefendant->clear();
    const auto parties = library().cases().parties(m_caseId);
    for (const PartyRecord &p : parties.ok() ? parties.value() : QList<PartyRecord>())
        if (p.role == PartyRole::Defendant)
            m_fineDefendant->addItem(p.name, p.id);
    m_summary->setText(publicInterestSummaryHtml(library(), m_caseId, scenario::kClaimed,
        parties.ok() ? parties.value() : QList<PartyRecord>()));
    revalidate();
}

PublicInterestRecord PublicInterestPanel::edited(QString *problem) const
{
    PublicInterestRecord r = m_record;
    r.prosecutors = parseProsecutors(m_prosecutors->toPlainText());
    if (!m_published->isChecked()) {
        r.notice.reset();
        return r;
    }
    PublicNotice n;
    n.publishedOn = m_publishedOn->date();
    n.medium = m_medium->text();
    n.contact = m_contact->text();
    n.phone = m_phone->text();
    n.outcome = static_cast<NoticeOutcome>(m_outcome->currentData().toInt());
    n.organisations = m_organisations->text().split(u'、', Qt::SkipEmptyParts);
    const QList<FieldProblem> problems = validatePublicNotice(n, Clock::today());
    if (problem && !problems.isEmpty())
        *problem = problems.first().message;
    r.notice = n;
    return r;
}

void PublicInterestPanel::revalidate()
{
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_publishedOn, m_medium, m_contact, m_phone, m_outcome, m_organisations })
        w->setEnabled(m_published->isChecked());
    m_organisations->setEnabled(m_published->isChecked()
        && m_outcome->currentData().toInt() == static_cast<int>(NoticeOutcome::CameForward));
    const auto due = publicNoticeDue(m_publishedOn->date());
    m_ends->setText(!m_published->isChecked() || !due.ok()
            ? u"—"_s
            : due->due.toString(Qt::ISODate) + u"  "_s + due->reason);
    QString problem;
    const PublicInterestRecord r = edited(&problem);
    m_message->setMessage(problem);
    m_save->setEnabled(problem.isEmpty() && r != m_record);
}

void PublicInterestPanel::save()
{
    QString problem;
    const PublicInterestRecord after = edited(&problem);
    if (!problem.isEmpty() || after == m_record)
        return;
    const Status st = undo().pushCase(
        m_caseId, std::make_unique<EditPublicInterestCommand>(library(), m_record, after));
    if (!st.ok())
        Dialogs::error(this, Text::tr("Public interest"), st.error().message);
    else
        emit statusMessage(Text::tr("Saved the prosecutors and the announcement."));
}

void PublicInterestPanel::setFine()
{
    const qint64 party = m_fineDefendant->currentData().toLongLong();
    PublicInterestRecord after = m_record;
    if (m_fineAmount->text().trimmed().isEmpty()) {
        after.fines.remove(party);
    } else {
        const MoneyParseResult amount = parseYuan(m_fineAmount->text());
        if (!amount.isValid()) {
            Dialogs::error(this, Text::tr("Criminal fine"), amount.error);
            return;
        }
        after.fines.insert(party, CriminalFine { *amount.fen, m_fineJudgment->text().trimmed() });
    }
    if (after == m_record)
        return;
    const Status st = undo().pushCase(
        m_caseId, std::make_unique<EditPublicInterestCommand>(library(), m_record, after));
    if (!st.ok())
        Dialogs::error(this, Text::tr("Criminal fine"), st.error().message);
}

} // namespace habeas
