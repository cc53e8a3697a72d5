// The filing context's sections one by one (documents/filingsections.h): parties, requests,
// damages, facts, reasons and evidence, each from records made here, without a library.
#include "cases/casetypes.h"
#include "cases/eventstore.h"
#include "damages/damagescalc.h"
#include "damages/damagesrecord.h"
#include "evidence/evidencestore.h"
#include "filingsections.h"
#include "law/claimstore.h"
#include "markup.h"
#include "pleading.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace habeas;

namespace {

PartyRecord party(qint64 id, PartyRole role, const QString &name, qint64 represents = 0)
{
    PartyRecord p;
    p.id = id;
    p.role = role;
    p.name = name;
    p.representsId = represents;
    return p;
}

QStringList texts(const QVariantList &items, const QString &key = u"text"_s)
{
    QStringList out;
    for (const QVariant &item : items)
        out.append(item.toMap().value(key).toString());
    return out;
}

} // namespace

class TestFilingSections : public QObject {
    Q_OBJECT

private slots:
    void parties()
    {
        const PartyRecord plaintiff = party(1, PartyRole::Plaintiff, u"张某"_s);
        const PartyRecord defendant = party(2, PartyRole::Defendant, u"某公司"_s);
        const PartyRecord otherSide = party(3, PartyRole::Agent, u"李律师"_s, 2);
        QVERIFY(!clientHasOwnAgent({ plaintiff, defendant, otherSide }, false));
        const PartyRecord ours = party(4, PartyRole::Agent, u"王律师"_s, 1);
        QVERIFY(clientHasOwnAgent({ plaintiff, defendant, ours }, false));
        // A statutory agent is no entrusted one.
        PartyRecord guardian = ours;
        guardian.agency = Agency::Statutory;
        QVERIFY(!clientHasOwnAgent({ plaintiff, defendant, guardian }, false));
        // In a public-interest case the client is the public-interest plaintiff.
        QVERIFY(!clientHasOwnAgent({ plaintiff, defendant, ours }, true));
        const PartyRecord procuratorate = party(5, PartyRole::PublicInterestPlaintiff, u"检察院"_s);
        QVERIFY(
            clientHasOwnAgent({ procuratorate, party(6, PartyRole::Agent, u"赵某"_s, 5) }, true));

        QCOMPARE(filingCopies({ plaintiff }), 1);
        QCOMPARE(
            filingCopies({ plaintiff, defendant, party(7, PartyRole::Defendant, u"乙"_s) }), 2);
    }

    void requests()
    {
        // The lawyer's own wording wins and is escaped for the markup.
        const RequestTexts own = requestTexts({ u"判令被告删除*全部*信息"_s }, {});
        QCOMPARE(own.texts, QStringList { escapeMarkup(u"判令被告删除*全部*信息"_s) });
        QVERIFY(!own.needsWording);
        // Otherwise the catalogue's, whose fill-ins ask for the lawyer's wording.
        ClaimRecord claim;
        claim.theoryId = u"forced-collection"_s;
        const RequestTexts catalogue = requestTexts({}, { claim });
        QVERIFY(!catalogue.texts.isEmpty());
        QVERIFY(catalogue.texts.first().startsWith(u"判令被告停止收集"_s));
        QVERIFY(catalogue.needsWording);
        claim.theoryId = u"cross-border"_s;
        QVERIFY(!requestTexts({}, { claim }).needsWording);

        QCOMPARE(texts(requestItems({ u"甲"_s, u"乙"_s, u"丙"_s })),
            (QStringList { u"甲；"_s, u"乙；"_s, u"丙。"_s }));
        QVERIFY(requestItems({}).isEmpty());
    }

    void damages()
    {
        DamagesRecord loss;
        loss.head = DamagesHead::PropertyLoss;
        loss.amountFen = 250000;
        loss.defendantIds = { 2, 3 };
        DamagesTotals totals;
        totals.totalFen = 250000;
        totals.perHead.insert(DamagesHead::PropertyLoss, 250000);
        totals.perHead.insert(DamagesHead::MentalDistress, 0); // nothing claimed: no request
        const QList<PartyRecord> parties { party(1, PartyRole::Plaintiff, u"张某"_s),
            party(2, PartyRole::Defendant, u"甲公司"_s),
            party(3, PartyRole::Defendant, u"乙公司"_s) };
        const QStringList money = damagesRequestTexts({ loss }, totals, parties);
        QCOMPARE(money.size(), 2);
        QCOMPARE(money[0], u"判令被告赔偿原告经济损失人民币2,500元（大写：人民币贰仟伍佰元整）"_s);
        QCOMPARE(money[1], u"判令被告甲公司、被告乙公司对上述赔偿承担连带责任"_s);
        // One defendant per item: no joint liability.
        loss.defendantIds = { 2 };
        QCOMPARE(damagesRequestTexts({ loss }, totals, parties).size(), 1);

        const QVariantMap amount = amountSection(290000);
        QCOMPARE(amount.value(u"present"_s).toBool(), true);
        QCOMPARE(amount.value(u"figures"_s).toString(), u"人民币2,900元"_s);
        QCOMPARE(amount.value(u"capitals"_s).toString(), u"人民币贰仟玖佰元整"_s);
        QCOMPARE(amountSection(0).value(u"present"_s).toBool(), false);
    }

    void facts()
    {
        EventRecord day;
        day.date = u"2021-01-20"_s;
        day.text = u"原告下载被告的应用"_s;
        EventRecord month;
        month.date = u"2021-03"_s;
        month.precision = DatePrecision::Approximate;
        month.text = u"# 收到营销短信"_s;
        month.disputed = true;
        const QVariantList facts = factsSection({ day, month });
        QCOMPARE(facts.size(), 2);
        QCOMPARE(texts(facts, u"line"_s).first(), u"2021年1月20日，原告下载被告的应用"_s);
        const QVariantMap second = facts[1].toMap();
        QCOMPARE(second.value(u"date"_s).toString(), u"约2021年3月"_s);
        QCOMPARE(second.value(u"text"_s).toString(), escapeMarkup(month.text));
        QVERIFY(second.value(u"disputed"_s).toBool());
        QVERIFY(factsSection({}).isEmpty());
    }

    void reasons()
    {
        Pleading pleading;
        QVariantMap section = reasonsSection(pleading);
        QVERIFY(section.value(u"reasons"_s).toList().isEmpty());
        QCOMPARE(section.value(u"amounts"_s), QVariant(false));
        // Required and absent: a gap where the reasons would go.
        section = reasonsSection(pleading, u"要件事实"_s);
        const QVariantList gap = section.value(u"reasons"_s).toList();
        QCOMPARE(gap.size(), 1);
        QCOMPARE(texts(gap.first().toMap().value(u"points"_s).toList()),
            QStringList { gapMarker(u"要件事实"_s) });

        pleading.reasons = { QVariantMap { { u"name"_s, u"知情同意"_s } } };
        pleading.sections = { QVariantMap { { u"heading"_s, u"一"_s } } };
        pleading.amounts = { { u"heading"_s, u"赔偿数额"_s } };
        section = reasonsSection(pleading, u"要件事实"_s);
        QCOMPARE(section.value(u"reasons"_s).toList(), pleading.reasons);
        QCOMPARE(section.value(u"reasonSections"_s).toList(), pleading.sections);
        QCOMPARE(section.value(u"amounts"_s).toMap(), pleading.amounts);
    }

    void evidence()
    {
        EvidenceRecord screenshot;
        screenshot.id = 11;
        screenshot.group = 1;
        screenshot.seq = 1;
        screenshot.title = u"隐私政策截图"_s;
        screenshot.source = u" 某应用 "_s;
        screenshot.device = u"iPhone"_s;
        screenshot.capturedAt = QDateTime(QDate(2021, 1, 20), QTime(10, 0));
        EvidenceRecord notarised = screenshot;
        notarised.id = 12;
        notarised.seq = 2;
        notarised.title = u"公证书"_s;
        notarised.purpose = u"证明被告收集了原告的信息"_s;
        notarised.source.clear();
        notarised.device.clear();
        notarised.capturedAt = {};
        notarised.notaryCert = u"(2021)京中信内民证字第1号"_s;
        EvidenceRecord receipt = screenshot;
        receipt.id = 13;
        receipt.group = 2;
        receipt.seq = 1;
        receipt.title = u"律师费发票"_s;

        const EvidenceSection section = evidenceSection({ screenshot, notarised, receipt },
            { { 11, { u"被告收集了人脸信息"_s, u"未经同意"_s } } }, { { 12, u"3-5"_s } });
        QCOMPARE(section.rows.size(), 3);
        const QVariantMap first = section.rows[0].toMap();
        QCOMPARE(first.value(u"index"_s).toInt(), 1);
        QCOMPARE(first.value(u"number"_s).toString(), u"证据1-1"_s);
        // No purpose of its own: the elements it proves.
        QCOMPARE(first.value(u"purpose"_s).toString(), u"被告收集了人脸信息；未经同意"_s);
        QCOMPARE(first.value(u"source"_s).toString(), u"某应用；iPhone；2021年1月20日取证"_s);
        QCOMPARE(first.value(u"pages"_s).toString(), QString());
        const QVariantMap second = section.rows[1].toMap();
        QCOMPARE(second.value(u"purpose"_s).toString(), notarised.purpose);
        QCOMPARE(second.value(u"source"_s).toString(), escapeMarkup(notarised.notaryCert));
        QCOMPARE(
            second.value(u"pages"_s).toString(), escapeMarkup(u"3-5"_s)); // a digit may open a line
        // Grouped as the register groups them.
        QCOMPARE(texts(section.groups, u"label"_s), (QStringList { u"第一组"_s, u"第二组"_s }));
        QCOMPARE(section.groups[0].toMap().value(u"rows"_s).toList().size(), 2);
        QCOMPARE(section.groups[1].toMap().value(u"rows"_s).toList().size(), 1);
        QVERIFY(evidenceSection({}, {}, {}).rows.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFilingSections)
#include "tst_filingsections.moc"
