// End-to-end: a letter's fields, a request's demand and apology, the agents of a minor and of
// an organisation, built from scratch with habeas-cli as a lawyer would (a 2019 consent case).

#include "clilibrary.h"
#include "clirunner.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace habeas::test;

namespace {

Run cli(const QStringList &args)
{
    return runCli(args, { QString(), true, 120000 });
}

// The PDF's text, spaces and line breaks removed (pdftotext from poppler-utils).
QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s });
    if (!p.waitForFinished(60000))
        return {};
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    text.remove(QRegularExpression(u"\\s+"_s));
    return text;
}

} // namespace

class TstCliLetters final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void agentsAreAtMostTwoAndMinorsHaveTheirGuardian();
    void deletionLetterOfA2019ConsentCase();
    void lawyerLetterDemandsWhatTheLawyerWrote();

private:
    QStringList lib(const QStringList &args) const
    {
        return QStringList { u"--library"_s, m_lib, u"--json"_s } + args;
    }
    int add(const QStringList &args)
    {
        const Run r = cli(lib(args));
        if (r.exitCode != 0)
            qWarning("%s: %s", qPrintable(args.join(u' ')), qPrintable(r.err));
        return r.json().object().value(u"id"_s).toInt();
    }
    // A case with a plaintiff born in `born` and a company as defendant; returns the case id.
    int newCase(const QString &plaintiff, const QString &born);

    QTemporaryDir m_dir;
    QString m_lib;
};

void TstCliLetters::init()
{
    m_lib = newLibrary(m_dir, u"lib-"_s + QString::fromLatin1(QTest::currentTestFunction()));
}

int TstCliLetters::newCase(const QString &plaintiff, const QString &born)
{
    const int c = add({ u"case"_s, u"new"_s, u"--title"_s, plaintiff + u"诉某某信息技术有限公司"_s,
        u"--court"_s, u"北京互联网法院"_s, u"--cause"_s, u"个人信息保护纠纷"_s });
    add({ u"party"_s, u"add"_s, QString::number(c), u"--role"_s, u"plaintiff"_s, u"--type"_s,
        u"person"_s, u"--name"_s, plaintiff, u"--sex"_s, u"male"_s, u"--birth-date"_s, born,
        u"--address"_s, u"北京市海淀区某某路2号"_s });
    add({ u"party"_s, u"add"_s, QString::number(c), u"--role"_s, u"defendant"_s, u"--type"_s,
        u"org"_s, u"--name"_s, u"某某信息技术有限公司"_s, u"--address"_s,
        u"北京市朝阳区某某街1号"_s });
    return c;
}

void TstCliLetters::agentsAreAtMostTwoAndMinorsHaveTheirGuardian()
{
    const int c = newCase(u"王小明"_s, u"2012-05-01"_s);
    const QString cs = QString::number(c);
    const auto agent = [&](const QString &name) {
        return cli(lib({ u"party"_s, u"add"_s, cs, u"--role"_s, u"agent"_s, u"--type"_s,
            u"person"_s, u"--name"_s, name, u"--occupation"_s, u"律师"_s, u"--employer"_s,
            u"北京市某某律师事务所"_s, u"--represents"_s, u"1"_s, u"--authority"_s, u"special"_s,
            u"--powers"_s, u"settle,appeal"_s }));
    };
    QCOMPARE(agent(u"陈律师"_s).exitCode, 0);
    const Run second = agent(u"周律师"_s);
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.json().object().value(u"authority"_s).toString(), u"special"_s);
    QCOMPARE(second.json().object().value(u"specialPowers"_s).toArray(),
        QJsonArray({ u"settle"_s, u"appeal"_s }));
    const Run third = agent(u"吴律师"_s);
    QCOMPARE(third.exitCode, 2);
    QVERIFY2(third.err.contains(u"王小明 already has two agents"_s), qPrintable(third.err));
    QCOMPARE(cli(lib({ u"party"_s, u"list"_s, cs })).json().array().size(), 4);

    // The minor's power of attorney waits for the statutory agent, which needs its relation.
    const QString poa = m_dir.filePath(u"poa.pdf"_s);
    const QStringList generate { u"generate"_s, cs, u"--template"_s, u"power-of-attorney"_s,
        u"--format"_s, u"pdf"_s, u"--out"_s, poa };
    const Run waiting = cli(lib(generate));
    QCOMPARE(waiting.exitCode, 2);
    QVERIFY2(
        waiting.err.contains(u"原告王小明（未成年人）的法定代理人"_s), qPrintable(waiting.err));
    const QStringList guardian { u"party"_s, u"add"_s, cs, u"--role"_s, u"agent"_s, u"--agency"_s,
        u"statutory"_s, u"--type"_s, u"person"_s, u"--name"_s, u"王大明"_s, u"--represents"_s,
        u"1"_s };
    const Run noRelation = cli(lib(guardian));
    QCOMPARE(noRelation.exitCode, 2);
    QVERIFY2(noRelation.err.contains(u"relation"_s), qPrintable(noRelation.err));
    QCOMPARE(cli(lib(guardian + QStringList { u"--relation"_s, u"父亲"_s })).exitCode, 0);
    // The statutory agent gives what the party's role requires: here the domicile.
    const Run noAddress = cli(lib(generate));
    QCOMPARE(noAddress.exitCode, 2);
    QVERIFY2(noAddress.err.contains(u"法定代理人王大明的住所"_s), qPrintable(noAddress.err));
    QCOMPARE(cli(lib({ u"party"_s, u"edit"_s, u"5"_s, u"--address"_s, u"北京市海淀区某某路2号"_s }))
                 .exitCode,
        0);
    const Run made = cli(lib(generate));
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString text = pdfText(poa);
    QVERIFY2(text.contains(u"法定代理人：王大明（系王小明的父亲）"_s), qPrintable(text));
    QVERIFY(text.contains(u"以及：进行和解；提起上诉。"_s));
    QVERIFY(!text.contains(u"代为承认"_s));
}

void TstCliLetters::deletionLetterOfA2019ConsentCase()
{
    const int c = newCase(u"赵某"_s, u"1988-05-02"_s);
    const QString cs = QString::number(c);
    add({ u"event"_s, u"add"_s, cs, u"--date"_s, u"2019-03-01"_s, u"--text"_s,
        u"原告注册被告App，勾选同意《隐私政策》。"_s });
    const int withdrawal = add({ u"event"_s, u"add"_s, cs, u"--date"_s, u"2019-06-10"_s,
        u"--text"_s, u"原告通过App设置撤回对个性化推荐的同意。"_s });
    QVERIFY(withdrawal > 0);
    const QStringList set { u"document"_s, u"set"_s, cs, u"--template"_s, u"deletion-request"_s };
    const Run fields = cli(lib(set
        + QStringList { u"--field"_s, u"categories=阅读记录"_s, u"--field"_s,
            u"categories=兴趣标签"_s, u"--field"_s, u"grounds=3"_s, u"--field"_s,
            u"period=20"_s }));
    QVERIFY2(fields.exitCode == 0, qPrintable(fields.err));
    QJsonObject byField;
    for (const QJsonValue v : fields.json().array())
        byField.insert(v[u"field"_s].toString(), v[u"value"_s]);
    QCOMPARE(byField.value(u"categories"_s).toString(), u"阅读记录\n兴趣标签"_s);

    // Bad input changes nothing and names what is wrong.
    const Run badItem = cli(lib(set + QStringList { u"--field"_s, u"grounds=9"_s }));
    QCOMPARE(badItem.exitCode, 2);
    QVERIFY2(badItem.err.contains(u"grounds"_s), qPrintable(badItem.err));
    const Run unknown = cli(lib(set + QStringList { u"--field"_s, u"nonsense=1"_s }));
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(u"categories"_s)); // lists the template's fields
    QCOMPARE(cli(lib({ u"document"_s, u"fields"_s, cs, u"--template"_s, u"civil-complaint"_s }))
                 .exitCode,
        2);
    const Run after =
        cli(lib({ u"document"_s, u"fields"_s, cs, u"--template"_s, u"deletion-request"_s }));
    for (const QJsonValue v : after.json().array())
        if (v[u"field"_s].toString() == u"grounds"_s)
            QCOMPARE(v[u"value"_s].toString(), u"3"_s);

    // Item (三) asserts a withdrawal: not without the chronology's event.
    const QString pdf = m_dir.filePath(u"deletion.pdf"_s);
    const QStringList generate { u"generate"_s, cs, u"--template"_s, u"deletion-request"_s,
        u"--format"_s, u"pdf"_s, u"--out"_s, pdf };
    const Run refused = cli(lib(generate));
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"大事记中撤回同意的事件"_s), qPrintable(refused.err));
    QVERIFY(!QFile::exists(pdf));
    QCOMPARE(
        cli(lib(set + QStringList { u"--field"_s, u"withdrawal=%1"_s.arg(withdrawal) })).exitCode,
        0);
    const Run made = cli(lib(generate));
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(u"2019年6月10日，原告通过App设置撤回对个性化推荐的同意。"_s),
        qPrintable(text));
    QVERIFY(text.contains(u"下列个人信息：阅读记录；兴趣标签。"_s));
    QVERIFY(text.contains(u"请贵方在收到本函之日起二十日内书面答复。"_s));
}

void TstCliLetters::lawyerLetterDemandsWhatTheLawyerWrote()
{
    const int c = newCase(u"孙某"_s, u"1979-01-09"_s);
    const QString cs = QString::number(c);
    add({ u"party"_s, u"add"_s, cs, u"--role"_s, u"agent"_s, u"--type"_s, u"person"_s, u"--name"_s,
        u"陈律师"_s, u"--occupation"_s, u"律师"_s, u"--employer"_s, u"北京市某某律师事务所"_s,
        u"--represents"_s, u"1"_s, u"--authority"_s, u"general"_s });
    add({ u"event"_s, u"add"_s, cs, u"--date"_s, u"2023-04-02"_s, u"--text"_s,
        u"被告的系统遭入侵，原告的姓名、电话和住址被泄露。"_s });
    QCOMPARE(cli(lib({ u"request"_s, u"set"_s, cs, u"--text"_s,
                     u"判令被告停止向“原告帮”App提供原告的个人信息"_s }))
                 .exitCode,
        0);
    const Run noDays = cli(lib({ u"request"_s, u"apology"_s, cs, u"--form"_s, u"public"_s,
        u"--medium"_s, u"《法治日报》"_s }));
    QCOMPARE(noDays.exitCode, 2);
    QVERIFY2(noDays.err.contains(u"number of days"_s), qPrintable(noDays.err));
    const Run apology = cli(lib({ u"request"_s, u"apology"_s, cs, u"--form"_s, u"public"_s,
        u"--medium"_s, u"《法治日报》"_s, u"--days"_s, u"7"_s }));
    QVERIFY2(apology.exitCode == 0, qPrintable(apology.err));
    const QJsonObject last = apology.json().array().last().toObject();
    QCOMPARE(last.value(u"apology"_s).toString(), u"public"_s);
    QCOMPARE(last.value(u"days"_s).toInt(), 7);
    QCOMPARE(last.value(u"demand"_s).toString(),
        u"在《法治日报》连续7日刊登致歉声明，向委托人公开赔礼道歉"_s);

    QCOMPARE(cli(lib({ u"document"_s, u"set"_s, cs, u"--template"_s, u"lawyer-letter"_s,
                     u"--field"_s, u"period=10"_s, u"--field"_s,
                     u"facts=贵方将委托人的个人信息提供给“原告帮”App。"_s, u"--field"_s,
                     u"analysis=贵方未经委托人同意向他人提供其个人信息，应当承担侵权责任。"_s }))
                 .exitCode,
        0);
    const QString pdf = m_dir.filePath(u"letter.pdf"_s);
    const QStringList generate { u"generate"_s, cs, u"--template"_s, u"lawyer-letter"_s,
        u"--format"_s, u"pdf"_s, u"--out"_s, pdf };
    const Run refused = cli(lib(generate));
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"诉讼请求第一项在律师函中的要求"_s), qPrintable(refused.err));
    QVERIFY(!refused.err.contains(u"第二项"_s)); // the apology's demand came with it
    QCOMPARE(cli(lib({ u"request"_s, u"demand"_s, cs, u"--position"_s, u"1"_s })).exitCode, 2);
    const Run demand = cli(lib({ u"request"_s, u"demand"_s, cs, u"--position"_s, u"1"_s,
        u"--text"_s, u"停止向“原告帮”App提供委托人的个人信息"_s }));
    QVERIFY2(demand.exitCode == 0, qPrintable(demand.err));
    const Run made = cli(lib(generate));
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(u"停止向“原告帮”App提供委托人的个人信息；"_s), qPrintable(text));
    QVERIFY(text.contains(u"在《法治日报》连续7日刊登致歉声明，向委托人公开赔礼道歉。"_s));
    QVERIFY(text.contains(u"请贵方在收到本函之日起十日内书面答复。"_s));
    QVERIFY(!text.contains(u"判令"_s));
}

QTEST_GUILESS_MAIN(TstCliLetters)
#include "tst_cliletters.moc"
