#include "cases/casetypes.h"
#include "cases/publicintereststore.h"
#include "core/translations.h"
#include "validation/identitycodes.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace habeas;

// The shipped catalogues load and say what a Chinese lawyer expects to read.
class TstTranslations final : public QObject {
    Q_OBJECT

private slots:
    void chineseCatalogue()
    {
        QCOMPARE(installTranslations(*QCoreApplication::instance(), u"zh_CN"_s), u"zh_CN"_s);
        QCOMPARE(displayName(PartyRole::Plaintiff), u"原告"_s);
        QCOMPARE(displayName(PartyRole::Defendant), u"被告"_s);
        QCOMPARE(displayName(PartyRole::Agent), u"诉讼代理人"_s);
        QCOMPARE(displayName(CaseStage::FirstInstance), u"一审"_s);
        const CodeCheck id = checkResidentId(u"110105199003071238"_s);
        QVERIFY2(
            id.message.contains(u"9"_s) && id.message.contains(u"8"_s), qPrintable(id.message));
        QVERIFY2(!id.message.contains(u"check character"_s), qPrintable(id.message)); // translated
        QCOMPARE(QLocale().language(), QLocale::Chinese);
    }

    // A file that names its translation context once (a Q_DECLARE_TR_FUNCTIONS struct, not a
    // free tr() whose context lupdate cannot see) is translated at run time: the announcement's
    // checks (habeas::PublicInterest) once came out in English in the Chinese window.
    void contextsTheCatalogueKnows()
    {
        QCOMPARE(installTranslations(*QCoreApplication::instance(), u"zh_CN"_s), u"zh_CN"_s);
        PublicNotice empty;
        const QList<FieldProblem> problems = validatePublicNotice(empty, QDate(2026, 12, 6));
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().message, u"诉前公告须有发布日期。"_s);
    }
};

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
