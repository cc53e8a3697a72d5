#include "cases/casestore.h"
#include "cases/eventstore.h"
#include "demo/demolibrary.h"
#include "evidence/evidencestore.h"
#include "law/claimstore.h"
#include "storage/auditlog.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

class TstClaimStore final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { pinClock(); }
    void init();
    void cleanup() { m_lib.reset(); }
    void aClaimCarriesItsTheorysElements();
    void citeAndStatusDriveTheGapReport();
    void refusesWhatDoesNotExist();
    void eventsCiteTheirEvidence();

private:
    qint64 exhibit(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_files.filePath(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        f.close();
        return (*m_lib)->evidence().importFile(m_case, f.fileName(), {}).id;
    }

    std::unique_ptr<TempLibrary> m_lib;
    QTemporaryDir m_files;
    qint64 m_case = 0;
};

void TstClaimStore::init()
{
    m_lib = std::make_unique<TempLibrary>();
    m_case = addDemoCase(*m_lib->library).value();
}

void TstClaimStore::aClaimCarriesItsTheorysElements()
{
    ClaimStore &claims = (*m_lib)->claims();
    const auto id = claims.addClaim(m_case, u"refusal-of-service"_s);
    QVERIFY(id.ok());
    const ClaimRecord c = claims.claim(id.value()).value();
    const Theory *theory = theoryCatalogue().theory(u"refusal-of-service");
    QVERIFY(theory);
    QCOMPARE(c.elements.size(), theory->elements.size());
    QCOMPARE(c.elements.first().id, u"refusal-of-service.1"_s);
    for (const ClaimElement &e : c.elements)
        QCOMPARE(e.status, ElementStatus::Unproven);
    // The no-fault element carries PIPL 69's presumption: the defendant's burden.
    QVERIFY(std::any_of(c.elements.cbegin(), c.elements.cend(),
        [](const ClaimElement &e) { return e.burden == Burden::Defendant; }));
    QCOMPARE((*m_lib)->audit().list(m_case).value().last().action, u"claim.add"_s);
    const auto twice = claims.addClaim(m_case, u"refusal-of-service"_s);
    QVERIFY(!twice.ok());
    QVERIFY(twice.error().message.contains(u"already"_s));
}

void TstClaimStore::citeAndStatusDriveTheGapReport()
{
    ClaimStore &claims = (*m_lib)->claims();
    const qint64 claim = claims.addClaim(m_case, u"refusal-of-service"_s).value();
    const qint64 recording = exhibit(u"recording.mp4"_s, "first-login screen recording");
    const qint64 unused = exhibit(u"unused.png"_s, "nothing yet");
    GapReport before = claims.gaps(m_case).value();
    const QList<ClaimElement> elements = claims.claim(claim).value().elements;
    const auto plaintiffElements = std::count_if(elements.cbegin(), elements.cend(),
        [](const ClaimElement &e) { return e.burden != Burden::Defendant; });
    QCOMPARE(before.elementsWithoutEvidence.size(), plaintiffElements);
    QCOMPARE(before.evidenceProvingNothing.size(), 2);

    QVERIFY(claims.cite(claim, u"2"_s, recording, 3, u"the block screen"_s).ok());
    QVERIFY(claims.setStatus(claim, u"refusal-of-service.1"_s, ElementStatus::Proven).ok());
    const ClaimRecord c = claims.claim(claim).value();
    QCOMPARE(c.elements.at(1).citations.size(), 1);
    QCOMPARE(c.elements.at(1).citations.first().exhibit, u"证据1-1"_s);
    QCOMPARE(c.elements.at(1).citations.first().page, 3);
    QCOMPARE(c.elements.at(0).status, ElementStatus::Proven);

    const GapReport after = claims.gaps(m_case).value();
    QCOMPARE(after.elementsWithoutEvidence.size(), plaintiffElements - 2);
    QCOMPARE(after.evidenceProvingNothing.size(), 1);
    QCOMPARE(after.evidenceProvingNothing.first().first, unused);
}

void TstClaimStore::refusesWhatDoesNotExist()
{
    ClaimStore &claims = (*m_lib)->claims();
    QVERIFY(!claims.addClaim(m_case, u"punitive-damages"_s).ok());
    const qint64 claim = claims.addClaim(m_case, u"marketing-intrusion"_s).value();
    QVERIFY(!claims.setStatus(claim, u"99"_s, ElementStatus::Proven).ok());
    QVERIFY(!claims.cite(claim, u"1"_s, 424242).ok());
    CaseRecord other;
    other.title = u"另一案"_s;
    const qint64 otherCase = (*m_lib)->cases().createCase(other).value();
    QFile f(m_files.filePath(u"x.txt"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("other case's exhibit");
    f.close();
    const qint64 foreign = (*m_lib)->evidence().importFile(otherCase, f.fileName(), {}).id;
    const auto st = claims.cite(claim, u"1"_s, foreign);
    QVERIFY(!st.ok());
    QVERIFY(st.error().message.contains(u"not evidence of this case"_s));
}

void TstClaimStore::eventsCiteTheirEvidence()
{
    const qint64 sms = exhibit(u"sms.png"_s, "marketing SMS");
    EventRecord e;
    e.caseId = m_case;
    e.date = u"2021-01-15"_s;
    e.text = u"营销短信"_s;
    e.evidenceIds = { sms };
    const auto id = (*m_lib)->events().addEvent(e);
    QVERIFY(id.ok());
    bool found = false;
    for (const EventRecord &r : (*m_lib)->events().events(m_case).value())
        if (r.id == id.value()) {
            QCOMPARE(r.evidenceIds, QList<qint64> { sms });
            found = true;
        }
    QVERIFY(found);
    e.evidenceIds = { 987654 };
    const auto bad = (*m_lib)->events().addEvent(e);
    QVERIFY(!bad.ok());
    QCOMPARE((*m_lib)->events().events(m_case).value().size(), 5); // the refused event left nothing
}

QTEST_GUILESS_MAIN(TstClaimStore)
#include "tst_claimstore.moc"
