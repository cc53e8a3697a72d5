// A procuratorate's case end to end: case new --kind …public-interest with its 文号 and
// prosecutors, case announce (the period's end computed), damages --to/--from-register, damages
// fine, damages total without a court fee, the 诉前公告 generated; bad input exits 2 and changes
// nothing.
#include "cases/publicintereststore.h"
#include "clilibrary.h"
#include "clirunner.h"
#include "validation/identitycodes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace habeas;
using namespace habeas::test;

class TstCliPublicInterest final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void procuratorateCaseEndToEnd();
    void badInputChangesNothing_data();
    void badInputChangesNothing();

private:
    Run cli(const QStringList &args)
    {
        return runCli(QStringList { u"--library"_s, m_lib } + args);
    }
    void makeCase();

    QTemporaryDir m_dir;
    QString m_lib;
};

void TstCliPublicInterest::init()
{
    m_lib = newLibrary(m_dir,
        u"lib-"_s + QString::fromLatin1(QTest::currentTestFunction()) + u'-'
            + QString::fromLatin1(QTest::currentDataTag()));
    makeCase();
}

void TstCliPublicInterest::makeCase()
{
    Run r = cli({ u"--json"_s, u"case"_s, u"new"_s, u"--title"_s, u"某检察院诉张某公益诉讼案"_s,
        u"--kind"_s, u"criminal-incidental-public-interest"_s, u"--procuratorate-number"_s,
        u"京海检民公诉〔2026〕1号"_s, u"--prosecutor"_s, u"王某:检察官"_s, u"--prosecutor"_s,
        u"李某"_s, u"--court"_s, u"北京市海淀区人民法院"_s });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(
        r.json().object().value(u"kind"_s).toString(), u"criminal-incidental-public-interest"_s);
    QCOMPARE(
        r.json().object().value(u"procuratorateNumber"_s).toString(), u"京海检民公诉〔2026〕1号"_s);
    for (const QStringList &party :
        { QStringList { u"public-interest-plaintiff"_s, u"org"_s, u"北京市海淀区人民检察院"_s },
            QStringList { u"defendant"_s, u"person"_s, u"张某"_s },
            QStringList { u"defendant"_s, u"org"_s, u"北京某某数据科技有限公司"_s } })
        QCOMPARE(cli({ u"party"_s, u"add"_s, u"1"_s, u"--role"_s, party[0], u"--type"_s, party[1],
                         u"--name"_s, party[2], u"--address"_s, u"北京市海淀区某某路1号"_s })
                     .exitCode,
            0);
    QCOMPARE(cli({ u"event"_s, u"add"_s, u"1"_s, u"--date"_s, u"2022-03-01"_s, u"--text"_s,
                     u"被告张某向被告北京某某数据科技有限公司出售公民个人信息。"_s })
                 .exitCode,
        0);
}

void TstCliPublicInterest::procuratorateCaseEndToEnd()
{
    Run r = cli({ u"--json"_s, u"case"_s, u"show"_s, u"1"_s });
    QJsonObject pi = r.json().object().value(u"publicInterest"_s).toObject();
    QCOMPARE(pi.value(u"prosecutors"_s).toArray().size(), 2);
    QCOMPARE(pi.value(u"prosecutors"_s).toArray().at(0).toObject().value(u"title"_s).toString(),
        u"检察官"_s);
    QVERIFY(pi.value(u"notice"_s).isNull());

    const QDate published = QDate::currentDate().addDays(-60);
    r = cli({ u"--json"_s, u"case"_s, u"announce"_s, u"1"_s, u"--published"_s,
        published.toString(Qt::ISODate), u"--medium"_s, u"正义网"_s, u"--contact"_s, u"王某"_s,
        u"--phone"_s, u"010-82345678"_s, u"--outcome"_s, u"none"_s });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject notice = r.json().object().value(u"notice"_s).toObject();
    QCOMPARE(notice.value(u"ends"_s).toString(),
        publicNoticeDue(published).value().due.toString(Qt::ISODate));
    QCOMPARE(notice.value(u"outcome"_s).toString(), u"none"_s);

    QCOMPARE(cli({ u"damages"_s, u"add"_s, u"1"_s, u"--head"_s, u"illegal-gain"_s, u"--amount"_s,
                     u"86000"_s, u"--defendant"_s, u"2"_s, u"--to"_s, u"treasury"_s })
                 .exitCode,
        0);
    QCOMPARE(cli({ u"damages"_s, u"add"_s, u"1"_s, u"--head"_s, u"illegal-gain"_s, u"--amount"_s,
                     u"120000"_s, u"--defendant"_s, u"2"_s, u"--defendant"_s, u"3"_s, u"--to"_s,
                     u"fund"_s, u"--to-name"_s, u"北京市个人信息保护公益基金"_s })
                 .exitCode,
        0);
    r = cli({ u"--json"_s, u"damages"_s, u"add"_s, u"1"_s, u"--head"_s, u"per-record"_s,
        u"--records"_s, u"5234"_s, u"--per-record"_s, u"1"_s, u"--coefficient"_s,
        u"敏感个人信息=10"_s, u"--defendant"_s, u"3"_s, u"--to"_s, u"treasury"_s,
        u"--from-register"_s, u"category:行踪轨迹"_s });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().object().value(u"to"_s).toString(), u"treasury"_s);
    QCOMPARE(r.json().object().value(u"fromRegister"_s).toString(), u"category:行踪轨迹"_s);
    QCOMPARE(cli({ u"damages"_s, u"fine"_s, u"1"_s, u"--defendant"_s, u"2"_s, u"--amount"_s,
                     u"20000"_s, u"--judgment"_s, u"（2025）京0108刑初123号"_s })
                 .exitCode,
        0);

    r = cli({ u"--json"_s, u"damages"_s, u"total"_s, u"1"_s });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject totals = r.json().object();
    QVERIFY(!totals.contains(u"courtFee"_s)); // a procuratorate pays none
    const QJsonObject split = totals.value(u"publicInterest"_s).toObject();
    const QJsonArray defendants = split.value(u"defendants"_s).toArray();
    QCOMPARE(defendants.size(), 2);
    QCOMPARE(defendants.at(0).toObject().value(u"aloneFen"_s).toInteger(), 8600000);
    QCOMPARE(defendants.at(0).toObject().value(u"jointFen"_s).toInteger(), 12000000);
    QCOMPARE(defendants.at(0).toObject().value(u"fineFen"_s).toInteger(), 2000000);
    QCOMPARE(defendants.at(1).toObject().value(u"aloneFen"_s).toInteger(), 5234000);
    const QJsonArray payees = split.value(u"payees"_s).toArray();
    QCOMPARE(payees.size(), 2);
    QCOMPARE(payees.at(0).toObject().value(u"to"_s).toString(), u"treasury"_s);
    QCOMPARE(payees.at(0).toObject().value(u"fen"_s).toInteger(), 8600000 + 5234000);
    QCOMPARE(payees.at(1).toObject().value(u"name"_s).toString(), u"北京市个人信息保护公益基金"_s);

    r = cli({ u"damages"_s, u"total"_s, u"1"_s });
    QVERIFY(r.out.contains("none: a procuratorate pays no court fee"));
    QVERIFY(!r.out.contains("Court fee (personality rights)"));

    // The announcement generates (the register is the register's: without one, only a draft).
    const QString out = m_dir.filePath(u"notice.docx"_s);
    r = cli({ u"generate"_s, u"1"_s, u"--template"_s, u"pre-suit-notice"_s, u"--format"_s,
        u"docx"_s, u"--out"_s, out });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"涉案人员登记名册"_s), qPrintable(r.err));
    r = cli({ u"generate"_s, u"1"_s, u"--template"_s, u"pre-suit-notice"_s, u"--format"_s,
        u"docx"_s, u"--out"_s, out, u"--draft"_s });
    QCOMPARE(r.exitCode, 0);

    // With the register imported, the filings draw their figures from it: the 起诉书 states the
    // scale, and the per-record item is counted from the register's 行踪轨迹 rows, not the 5234
    // typed above.
    const QString csv = m_dir.filePath(u"register.csv"_s);
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("姓名,身份证号,手机号,信息类别\n");
        const QStringList firsts { u"11010120100601001"_s, u"44030119800602002"_s,
            u"31010119750603003"_s };
        const QStringList kinds { u"行踪轨迹"_s, u"行踪轨迹"_s, u"财产信息"_s };
        for (int i = 0; i < firsts.size(); ++i)
            f.write((u"某"_s + QString::number(i) + u',' + firsts[i]
                + residentIdCheckCharacter(firsts[i]) + u",1380013800"_s + QString::number(i) + u','
                + kinds[i] + u'\n')
                        .toUtf8());
    }
    r = cli(
        { u"--json"_s, u"register"_s, u"import"_s, u"1"_s, csv, u"--as-of"_s, u"2022-03-01"_s });
    QCOMPARE(r.exitCode, 0);
    // The per-record item follows the register at once: the worksheet and `damages total` agree
    // with the filings (2 行踪轨迹 records × 1 yuan × 10).
    QCOMPARE(r.json().object().value(u"damagesRecounted"_s).toArray(), QJsonArray { u"3"_s });
    r = cli({ u"--json"_s, u"damages"_s, u"total"_s, u"1"_s });
    const QJsonArray recounted =
        r.json().object().value(u"publicInterest"_s).toObject().value(u"defendants"_s).toArray();
    QCOMPARE(recounted.at(1).toObject().value(u"aloneFen"_s).toInteger(), 2000);
    // An item added or edited with a register basis takes the register's count, not the typed one.
    r = cli({ u"--json"_s, u"damages"_s, u"add"_s, u"1"_s, u"--head"_s, u"per-record"_s,
        u"--records"_s, u"99"_s, u"--per-record"_s, u"2"_s, u"--defendant"_s, u"2"_s, u"--to"_s,
        u"treasury"_s, u"--from-register"_s, u"records"_s });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().object().value(u"records"_s).toInteger(), 3);
    QCOMPARE(r.json().object().value(u"amountFen"_s).toInteger(), 600);
    const QString added = QString::number(r.json().object().value(u"id"_s).toInteger());
    r = cli({ u"--json"_s, u"damages"_s, u"edit"_s, added, u"--from-register"_s, u"under14"_s });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().array().at(0).toObject().value(u"records"_s).toInteger(), 1);
    QCOMPARE(cli({ u"damages"_s, u"remove"_s, added }).exitCode, 0);
    // The particulars a filed 起诉书 gives of each defendant.
    QCOMPARE(cli({ u"party"_s, u"edit"_s, u"2"_s, u"--sex"_s, u"male"_s, u"--birth-date"_s,
                     u"1990-03-07"_s, u"--ethnicity"_s, u"汉族"_s, u"--id-number"_s,
                     u"11010519900307123"_s + residentIdCheckCharacter(u"11010519900307123"_s) })
                 .exitCode,
        0);
    QCOMPARE(cli({ u"party"_s, u"edit"_s, u"3"_s, u"--uscc"_s,
                     u"91110108MA01ABCD1"_s + usccCheckCharacter(u"91110108MA01ABCD1"_s),
                     u"--legal-rep"_s, u"赵某"_s, u"--legal-rep-title"_s, u"经理"_s })
                 .exitCode,
        0);
    const QString complaint = m_dir.filePath(u"complaint.pdf"_s);
    r = cli({ u"generate"_s, u"1"_s, u"--template"_s, u"public-interest-complaint"_s, u"--format"_s,
        u"pdf"_s, u"--out"_s, complaint });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext is not installed (scripts/deps.sh test)");
    QProcess text;
    text.start(u"pdftotext"_s, { complaint, u"-"_s });
    QVERIFY(text.waitForFinished(30000));
    const QString body = QString::fromUtf8(text.readAllStandardOutput()).remove(u'\n');
    QVERIFY2(body.contains(u"涉及公民个人信息3条"_s), qPrintable(body));
    QVERIFY2(body.contains(u"行踪轨迹信息2条"_s), qPrintable(body));
    QVERIFY2(!body.contains(u"5234条"_s), qPrintable(body));
}

void TstCliPublicInterest::badInputChangesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("kind") << QStringList { u"case"_s, u"edit"_s, u"1"_s, u"--kind"_s,
        u"criminal"_s } << u"--kind must be one of"_s;
    QTest::newRow("number on a private case") << QStringList { u"case"_s, u"new"_s, u"--title"_s,
        u"x"_s, u"--procuratorate-number"_s, u"京海检民公诉〔2026〕2号"_s }
                                              << u"Only a public-interest case"_s;
    QTest::newRow("prosecutor on a private case")
        << QStringList { u"case"_s, u"new"_s, u"--title"_s, u"x"_s, u"--prosecutor"_s, u"王某"_s }
        << u"only a public-interest case has prosecutors"_s;
    QTest::newRow("prosecutor without a name") << QStringList { u"case"_s, u"edit"_s, u"1"_s,
        u"--prosecutor"_s, u":检察官"_s } << u"has no name"_s;
    QTest::newRow("announce without a phone") << QStringList { u"case"_s, u"announce"_s, u"1"_s,
        u"--published"_s, u"2026-01-05"_s, u"--medium"_s, u"正义网"_s, u"--contact"_s, u"王某"_s }
                                              << u"contact phone number"_s;
    QTest::newRow("announce with a bad phone") << QStringList { u"case"_s, u"announce"_s, u"1"_s,
        u"--published"_s, u"2026-01-05"_s, u"--medium"_s, u"正义网"_s, u"--contact"_s, u"王某"_s,
        u"--phone"_s, u"12"_s } << u"--phone"_s;
    QTest::newRow("announce in the future") << QStringList { u"case"_s, u"announce"_s, u"1"_s,
        u"--published"_s, u"2099-01-05"_s, u"--medium"_s, u"正义网"_s, u"--contact"_s, u"王某"_s,
        u"--phone"_s, u"010-82345678"_s } << u"in the future"_s;
    QTest::newRow("outcome before the end") << QStringList { u"case"_s, u"announce"_s, u"1"_s,
        u"--published"_s, QDate::currentDate().toString(Qt::ISODate), u"--medium"_s, u"正义网"_s,
        u"--contact"_s, u"王某"_s, u"--phone"_s, u"010-82345678"_s, u"--outcome"_s, u"none"_s }
                                            << u"known only after that day"_s;
    QTest::newRow("payee") << QStringList { u"damages"_s, u"add"_s, u"1"_s, u"--head"_s,
        u"illegal-gain"_s, u"--amount"_s, u"1"_s, u"--to"_s, u"state"_s }
                           << u"--to must be treasury, fund or organisation"_s;
    QTest::newRow("fund without a name") << QStringList { u"damages"_s, u"add"_s, u"1"_s,
        u"--head"_s, u"illegal-gain"_s, u"--amount"_s, u"1"_s, u"--to"_s, u"fund"_s }
                                         << u"Name the fund or organisation"_s;
    QTest::newRow("register count") << QStringList { u"damages"_s, u"add"_s, u"1"_s, u"--head"_s,
        u"per-record"_s, u"--records"_s, u"3"_s, u"--per-record"_s, u"1"_s, u"--from-register"_s,
        u"adults"_s } << u"is not a count of the register"_s;
    QTest::newRow("fine of a plaintiff") << QStringList { u"damages"_s, u"fine"_s, u"1"_s,
        u"--defendant"_s, u"1"_s, u"--amount"_s, u"100"_s }
                                         << u"is not a defendant"_s;
    QTest::newRow("fine amount") << QStringList { u"damages"_s, u"fine"_s, u"1"_s, u"--defendant"_s,
        u"2"_s, u"--amount"_s, u"abc"_s }
                                 << u"--amount"_s;
}

void TstCliPublicInterest::badInputChangesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QByteArray before = cli({ u"--json"_s, u"case"_s, u"show"_s, u"1"_s }).out;
    const QByteArray cases = cli({ u"--json"_s, u"case"_s, u"list"_s }).out;
    const QByteArray damages = cli({ u"--json"_s, u"damages"_s, u"list"_s, u"1"_s }).out;
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.count(u'\n'), 1); // one line
    QCOMPARE(cli({ u"--json"_s, u"case"_s, u"show"_s, u"1"_s }).out, before);
    QCOMPARE(cli({ u"--json"_s, u"case"_s, u"list"_s }).out, cases);
    QCOMPARE(cli({ u"--json"_s, u"damages"_s, u"list"_s, u"1"_s }).out, damages);
}

QTEST_GUILESS_MAIN(TstCliPublicInterest)
#include "tst_clipublicinterest.moc"
