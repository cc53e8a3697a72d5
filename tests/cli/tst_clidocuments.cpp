// End-to-end tests of habeas-cli's Documents commands: template list and generate.

#include "clilibrary.h"
#include "clirunner.h"
#include "testsupport.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace habeas::test;

namespace {

// habeas-cli picks the offscreen platform itself when none is set.
Run cli(const QStringList &args)
{
    return runCli(args, { QString(), true, 120000 });
}

bool haveTool(const QString &name)
{
    return !QStandardPaths::findExecutable(name).isEmpty();
}

QString normalised(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_KC);
    folded.remove(QRegularExpression(u"\\s+"_s));
    return folded;
}

} // namespace

class TstCliDocuments final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void templateListNamesEachTemplateAndItsSource();
    void generateRefusesMissingFieldsUnlessDraft();
    void generatedDocxHasThePartiesAndTheAmountInCapitals();
    void generatedPdfEmbedsItsFontsAndIsRecorded();
    void evidenceBundleIsPdfOnly();
    void claimGapsFlagTheLawNotYetInForce();

private:
    QStringList lib(const QStringList &args) const
    {
        return QStringList { u"--library"_s, m_lib } + args;
    }
    // The demo case with one exhibit: complete for the complaint.
    void demoWithEvidence();

    QTemporaryDir m_dir;
    QString m_lib;
};

void TstCliDocuments::init()
{
    m_lib = newLibrary(m_dir, u"lib-"_s + QString::fromLatin1(QTest::currentTestFunction()));
}

void TstCliDocuments::demoWithEvidence()
{
    QCOMPARE(cli({ u"library"_s, u"demo"_s, m_lib }).exitCode, 0);
    QImage shot(300, 600, QImage::Format_RGB32);
    shot.fill(Qt::white);
    const QString file = m_dir.filePath(u"first-login.png"_s);
    QVERIFY(shot.save(file));
    const Run added = cli(lib({ u"evidence"_s, u"add"_s, u"1"_s, file, u"--title"_s,
        u"首次登录页面截图"_s, u"--purpose"_s, u"证明强制收集画像信息"_s }));
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
}

void TstCliDocuments::templateListNamesEachTemplateAndItsSource()
{
    QCOMPARE(cli({ u"library"_s, u"init"_s, m_lib }).exitCode, 0);
    const Run copy = cli(lib({ u"template"_s, u"copy"_s, u"lawyer-letter"_s }));
    QVERIFY2(copy.exitCode == 0, qPrintable(copy.err));
    const Run list = cli(lib({ u"--json"_s, u"template"_s, u"list"_s }));
    QCOMPARE(list.exitCode, 0);
    QMap<QString, QJsonObject> byId;
    for (const QJsonValue v : list.json().array())
        byId.insert(v[u"id"_s].toString(), v.toObject());
    QCOMPARE(byId.value(u"civil-complaint"_s).value(u"name"_s).toString(), u"民事起诉状"_s);
    QVERIFY(byId.value(u"civil-complaint"_s).value(u"builtIn"_s).toBool());
    QCOMPARE(byId.value(u"evidence-bundle"_s).value(u"name"_s).toString(), u"证据材料"_s);
    QVERIFY(byId.contains(u"evidence-list"_s));
    // The copy in the library replaces the built-in.
    QCOMPARE(byId.value(u"lawyer-letter"_s).value(u"builtIn"_s).toBool(), false);
    // The table for people says the same.
    const Run text = cli(lib({ u"template"_s, u"list"_s }));
    QCOMPARE(text.exitCode, 0);
    const QString out = QString::fromUtf8(text.out);
    QVERIFY(out.contains(u"民事起诉状"_s));
    QVERIFY(QRegularExpression(u"lawyer-letter\\s+律师函\\s+letter\\s+library"_s)
                .match(out)
                .hasMatch());
    // A second copy would overwrite the user's edits: refused.
    QCOMPARE(cli(lib({ u"template"_s, u"copy"_s, u"lawyer-letter"_s })).exitCode, 2);
}

void TstCliDocuments::generateRefusesMissingFieldsUnlessDraft()
{
    demoWithEvidence();
    const QString out = m_dir.filePath(u"refused.pdf"_s);
    // The defendant's domicile is a field CPL Art. 124 requires.
    QCOMPARE(cli(lib({ u"party"_s, u"edit"_s, u"2"_s, u"--address"_s, QString() })).exitCode, 0);
    const Run refused = cli(lib({ u"generate"_s, u"1"_s, u"--template"_s, u"civil-complaint"_s,
        u"--format"_s, u"pdf"_s, u"--out"_s, out }));
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(
        refused.err.contains(u"被告北京某某教育科技有限公司的住所"_s), qPrintable(refused.err));
    QVERIFY(!QFile::exists(out));
    const Run draft = cli(lib({ u"--json"_s, u"generate"_s, u"1"_s, u"--template"_s,
        u"civil-complaint"_s, u"--format"_s, u"pdf"_s, u"--out"_s, out, u"--draft"_s }));
    QVERIFY2(draft.exitCode == 0, qPrintable(draft.err));
    QVERIFY(QFile::exists(out));
    QCOMPARE(draft.json()[u"draft"_s].toBool(), true);
    QCOMPARE(draft.json()[u"sha256"_s].toString(), QString::fromLatin1(sha256Of(out)));
    QVERIFY(draft.json()[u"pages"_s].toInt() >= 1);
}

void TstCliDocuments::generatedDocxHasThePartiesAndTheAmountInCapitals()
{
    if (!haveTool(u"soffice"_s))
        QSKIP("LibreOffice (soffice) is not installed");
    demoWithEvidence();
    const QString docx = m_dir.filePath(u"complaint.docx"_s);
    const Run generated = cli(lib({ u"generate"_s, u"1"_s, u"--template"_s, u"civil-complaint"_s,
        u"--format"_s, u"docx"_s, u"--out"_s, docx }));
    QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
    QTemporaryDir profile;
    const QString outDir = m_dir.filePath(u"lo-out"_s);
    QProcess soffice;
    soffice.start(u"soffice"_s,
        { u"--headless"_s,
            u"-env:UserInstallation="_s + QUrl::fromLocalFile(profile.path()).toString(),
            u"--convert-to"_s, u"txt:Text (encoded):UTF8"_s, u"--outdir"_s, outDir, docx });
    QVERIFY(soffice.waitForFinished(180'000));
    QFile text(QDir(outDir).filePath(u"complaint.txt"_s));
    QVERIFY2(text.open(QIODevice::ReadOnly), soffice.readAllStandardError().constData());
    const QString converted = normalised(QString::fromUtf8(text.readAll()));
    for (const QString &expected : { u"原告：罗某"_s, u"被告：北京某某教育科技有限公司"_s,
             u"王某"_s, u"人民币贰仟玖佰元整"_s, u"北京互联网法院"_s })
        QVERIFY2(converted.contains(normalised(expected)), qPrintable(expected));
    // Every claim: the case's own requests, the damages in figures and 大写, the costs.
    const Run requests = cli(lib({ u"--json"_s, u"request"_s, u"list"_s, u"1"_s }));
    QCOMPARE(requests.exitCode, 0);
    const QJsonArray wording = requests.json().array();
    QVERIFY(!wording.isEmpty());
    for (const QJsonValue r : wording)
        QVERIFY2(converted.contains(normalised(r.toString())), qPrintable(r.toString()));
    for (const QString &expected : { u"人民币2,900元"_s, u"人民币5,000元"_s, u"人民币伍仟元整"_s,
             u"本案诉讼费用由被告负担"_s })
        QVERIFY2(converted.contains(normalised(expected)), qPrintable(expected));
    // Every cited article, in the form courts use, and the law of January 2021: the Civil Code
    // and the Cybersecurity Law, not the PIPL (2021-11-01) nor the NDSR (2025-01-01).
    for (const QString &expected :
        { u"《中华人民共和国民法典》第一千零三十五条第一款第（一）项、《中华人民共和国网络安全法》第四十一条第一款"_s,
            u"《中华人民共和国民法典》第一千零三十八条第一款"_s,
            u"《中华人民共和国民法典》第一千零三十四条第二款"_s })
        QVERIFY2(converted.contains(normalised(expected)), qPrintable(expected));
    QVERIFY(!converted.contains(normalised(u"依据：《中华人民共和国个人信息保护法》"_s)));
    QVERIFY(!converted.contains(normalised(u"网络数据安全管理条例"_s)));
}

void TstCliDocuments::generatedPdfEmbedsItsFontsAndIsRecorded()
{
    if (!haveTool(u"pdffonts"_s))
        QSKIP("poppler-utils is not installed");
    demoWithEvidence();
    const QString pdf = m_dir.filePath(u"complaint.pdf"_s);
    const Run generated = cli(lib({ u"--json"_s, u"generate"_s, u"1"_s, u"--template"_s,
        u"civil-complaint"_s, u"--format"_s, u"pdf"_s, u"--out"_s, pdf }));
    QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
    QProcess fonts;
    fonts.start(u"pdffonts"_s, { pdf });
    QVERIFY(fonts.waitForFinished(60'000));
    const QStringList lines = QString::fromUtf8(fonts.readAllStandardOutput()).split(u'\n');
    int fontCount = 0;
    for (const QString &line : lines.mid(2)) {
        if (line.trimmed().isEmpty())
            continue;
        ++fontCount;
        // name type encoding emb sub uni …: every font embedded.
        QVERIFY2(QRegularExpression(u"\\s(yes)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"_s)
                     .match(line)
                     .hasMatch(),
            qPrintable(line));
    }
    QVERIFY(fontCount >= 1);
    // The register and the audit log know of it.
    const Run audit = cli(lib({ u"--json"_s, u"audit"_s, u"list"_s, u"1"_s }));
    QCOMPARE(audit.exitCode, 0);
    bool logged = false;
    for (const QJsonValue entry : audit.json().array())
        logged = logged || entry[u"action"_s].toString() == u"document.generate"_s;
    QVERIFY(logged);
}

void TstCliDocuments::evidenceBundleIsPdfOnly()
{
    demoWithEvidence();
    const QString docx = m_dir.filePath(u"bundle.docx"_s);
    const Run refused = cli(lib({ u"generate"_s, u"1"_s, u"--template"_s, u"evidence-bundle"_s,
        u"--format"_s, u"docx"_s, u"--out"_s, docx }));
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(!QFile::exists(docx));
    const QString pdf = m_dir.filePath(u"bundle.pdf"_s);
    const Run bundle = cli(lib({ u"--json"_s, u"generate"_s, u"1"_s, u"--template"_s,
        u"evidence-bundle"_s, u"--format"_s, u"pdf"_s, u"--out"_s, pdf }));
    QVERIFY2(bundle.exitCode == 0, qPrintable(bundle.err));
    // Cover, the list, the demo's three screenshots and two-page policy, and this screenshot;
    // the count reported is the file's.
    QProcess info;
    info.start(u"pdfinfo"_s, { pdf });
    QVERIFY(info.waitForFinished(30000));
    const QString pages = QString::fromUtf8(info.readAllStandardOutput())
                              .section(u"Pages:"_s, 1)
                              .section(u'\n', 0, 0)
                              .trimmed();
    QCOMPARE(bundle.json()[u"pages"_s].toInt(), pages.toInt());
    QVERIFY(pages.toInt() >= 1 + 1 + 3 + 2 + 1);
    QCOMPARE(cli(lib({ u"template"_s, u"nonsense"_s })).exitCode, 2);
}

void TstCliDocuments::claimGapsFlagTheLawNotYetInForce()
{
    demoWithEvidence();
    // The demo's conduct is of January 2021: the PIPL came into force on 2021-11-01.
    const Run gaps = cli(lib({ u"--json"_s, u"claim"_s, u"gaps"_s, u"1"_s }));
    QCOMPARE(gaps.exitCode, 1);
    QJsonObject refusal;
    for (const QJsonValue v : gaps.json()[u"lawOutOfForce"_s].toArray()) {
        if (v[u"element"_s].toString() == u"refusal-of-service.1"_s)
            refusal = v.toObject();
        // What is pleaded instead never reaches for later law.
        for (const QJsonValue c : v[u"pleadedInstead"_s].toArray())
            QVERIFY2(!c.toString().contains(u"网络数据安全管理条例"_s)
                    && !c.toString().contains(u"个人信息保护法"_s),
                qPrintable(c.toString()));
    }
    QVERIFY2(!refusal.isEmpty(), gaps.out.constData());
    QCOMPARE(refusal[u"factsFrom"_s].toString(), u"2021-01-20"_s);
    QCOMPARE(refusal[u"noLawInForce"_s].toBool(), false);
    const QJsonArray articles = refusal[u"articles"_s].toArray();
    QCOMPARE(articles.size(), 2);
    QCOMPARE(articles[1][u"citation"_s].toString(), u"《中华人民共和国个人信息保护法》第十六条"_s);
    QCOMPARE(articles[1][u"inForce"_s].toString(), u"2021-11-01"_s);
    QVERIFY(refusal[u"pleadedInstead"_s].toArray().contains(
        QJsonValue(u"《中华人民共和国网络安全法》第四十一条第一款"_s)));
    // For people: the warning names the article and its date.
    const Run text = cli(lib({ u"claim"_s, u"gaps"_s, u"1"_s }));
    QVERIFY(QString::fromUtf8(text.out).contains(u"《中华人民共和国个人信息保护法》第十六条"_s));

    // Marked continuing past 2021-11-01, the claim rests on the PIPL too.
    QCOMPARE(cli(lib({ u"claim"_s, u"continuing"_s, u"1"_s, u"20220301"_s })).exitCode, 2);
    const Run marked =
        cli(lib({ u"--json"_s, u"claim"_s, u"continuing"_s, u"1"_s, u"2022-03-01"_s }));
    QVERIFY2(marked.exitCode == 0, qPrintable(marked.err));
    QCOMPARE(marked.json()[u"continuingUntil"_s].toString(), u"2022-03-01"_s);
    const QJsonObject first = marked.json()[u"elements"_s].toArray().first().toObject();
    QVERIFY(first[u"outOfForce"_s].toArray().isEmpty());
    QVERIFY(first[u"applicableLaw"_s].toArray().contains(
        QJsonValue(u"《中华人民共和国个人信息保护法》第十六条"_s)));
    const Run cleared = cli(lib({ u"--json"_s, u"claim"_s, u"continuing"_s, u"1"_s, u"no"_s }));
    QCOMPARE(cleared.exitCode, 0);
    QVERIFY(cleared.json()[u"continuingUntil"_s].isNull());
}

QTEST_GUILESS_MAIN(TstCliDocuments)
#include "tst_clidocuments.moc"
