#include "cases/casetypes.h"
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
};

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
