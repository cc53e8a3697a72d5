// What --library takes: a folder, or postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE].

#include "storage/librarylocation.h"

#include <QTest>

using namespace habeas;
using namespace Qt::StringLiterals;

class TestLibraryLocation : public QObject {
    Q_OBJECT

private slots:
    void folders_data();
    void folders();
    void servers_data();
    void servers();
    void malformed_data();
    void malformed();
    void neverAPassword_data();
    void neverAPassword();
};

void TestLibraryLocation::folders_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("absolute") << u"/home/lawyer/Habeas"_s;
    QTest::newRow("relative") << u"lib"_s;
    QTest::newRow("chinese") << u"/srv/律所/案件库"_s;
    QTest::newRow("windows drive") << u"C://Users/lawyer/Habeas"_s;
    QTest::newRow("colon inside") << u"/tmp/a:b@c/d"_s;
}

void TestLibraryLocation::folders()
{
    QFETCH(QString, text);
    const auto location = LibraryLocation::parse(text);
    QVERIFY2(location.ok(), qPrintable(location.ok() ? QString() : location.error().message));
    QCOMPARE(location->kind(), LibraryLocation::Kind::Folder);
    QVERIFY(!location->isServer());
    QCOMPARE(location->folderPath(), text);
    QCOMPARE(location->toString(), text);
    QCOMPARE(location->user(), QString());
    QCOMPARE(location.value(), LibraryLocation::folder(text));
}

void TestLibraryLocation::servers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("sslMode");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("plain") << u"postgresql://wang@db.firm.cn/habeas"_s << u"wang"_s
                           << u"db.firm.cn"_s << 0 << u"habeas"_s << QString()
                           << u"postgresql://wang@db.firm.cn/habeas"_s;
    QTest::newRow("port") << u"postgresql://wang@127.0.0.1:5433/firm"_s << u"wang"_s
                          << u"127.0.0.1"_s << 5433 << u"firm"_s << QString()
                          << u"postgresql://wang@127.0.0.1:5433/firm"_s;
    QTest::newRow("postgres scheme, upper case")
        << u"POSTGRES://li@server/cases"_s << u"li"_s << u"server"_s << 0 << u"cases"_s << QString()
        << u"postgresql://li@server/cases"_s;
    QTest::newRow("sslmode") << u"postgresql://wang@db:5432/habeas?sslmode=verify-full"_s
                             << u"wang"_s << u"db"_s << 5432 << u"habeas"_s << u"verify-full"_s
                             << u"postgresql://wang@db:5432/habeas?sslmode=verify-full"_s;
    QTest::newRow("ipv6") << u"postgresql://wang@[::1]:6000/habeas"_s << u"wang"_s << u"::1"_s
                          << 6000 << u"habeas"_s << QString()
                          << u"postgresql://wang@[::1]:6000/habeas"_s;
    QTest::newRow("ipv6 without port")
        << u"postgresql://wang@[fe80::2]/habeas"_s << u"wang"_s << u"fe80::2"_s << 0 << u"habeas"_s
        << QString() << u"postgresql://wang@[fe80::2]/habeas"_s;
    QTest::newRow("percent-encoded")
        << u"postgresql://li%20ming@db/%E5%BE%8B%E6%89%80"_s << u"li ming"_s << u"db"_s << 0
        << u"律所"_s << QString() << u"postgresql://li%20ming@db/%E5%BE%8B%E6%89%80"_s;
    QTest::newRow("at sign in user")
        << u"postgresql://wang%40firm@db/habeas"_s << u"wang@firm"_s << u"db"_s << 0 << u"habeas"_s
        << QString() << u"postgresql://wang%40firm@db/habeas"_s;
}

void TestLibraryLocation::servers()
{
    QFETCH(QString, text);
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, sslMode);
    QFETCH(QString, canonical);
    const auto location = LibraryLocation::parse(text);
    QVERIFY2(location.ok(), qPrintable(location.ok() ? QString() : location.error().message));
    QVERIFY(location->isServer());
    QCOMPARE(location->folderPath(), QString());
    QCOMPARE(location->user(), user);
    QCOMPARE(location->host(), host);
    QCOMPARE(location->port(), port);
    QCOMPARE(location->database(), database);
    QCOMPARE(location->sslMode(), sslMode);
    QCOMPARE(location->connectOptions(), sslMode.isEmpty() ? QString() : u"sslmode="_s + sslMode);
    QCOMPARE(location->toString(), canonical);
    // The canonical form reads back as the same location.
    const auto again = LibraryLocation::parse(location->toString());
    QVERIFY(again.ok());
    QCOMPARE(again.value(), location.value());
}

void TestLibraryLocation::malformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << QString() << u"No library was given"_s;
    QTest::newRow("blank") << u"  "_s << u"No library was given"_s;
    QTest::newRow("other scheme") << u"mysql://wang@db/habeas"_s << u"not a mysql:// address"_s;
    QTest::newRow("no user") << u"postgresql://db.firm.cn/habeas"_s << u"no user name"_s;
    QTest::newRow("empty user") << u"postgresql://@db/habeas"_s << u"no user name"_s;
    QTest::newRow("no host") << u"postgresql://wang@/habeas"_s << u"no server host"_s;
    QTest::newRow("no database") << u"postgresql://wang@db"_s << u"no database name"_s;
    QTest::newRow("empty database") << u"postgresql://wang@db:5432/"_s << u"no database name"_s;
    QTest::newRow("port not a number")
        << u"postgresql://wang@db:pg/habeas"_s << u"the port \"pg\" is not a number"_s;
    QTest::newRow("port zero") << u"postgresql://wang@db:0/habeas"_s << u"the port \"0\" is not"_s;
    QTest::newRow("port too large")
        << u"postgresql://wang@db:65536/habeas"_s << u"the port \"65536\" is not"_s;
    QTest::newRow("port negative")
        << u"postgresql://wang@db:-1/habeas"_s << u"the port \"-1\" is not"_s;
    QTest::newRow("port empty") << u"postgresql://wang@db:/habeas"_s << u"the port \"\" is not"_s;
    QTest::newRow("ipv6 unbracketed") << u"postgresql://wang@::1/habeas"_s << u"in brackets"_s;
    QTest::newRow("ipv6 unclosed") << u"postgresql://wang@[::1/habeas"_s << u"closing ]"_s;
    QTest::newRow("several hosts") << u"postgresql://wang@a,b/habeas"_s << u"several hosts"_s;
    QTest::newRow("bad sslmode") << u"postgresql://wang@db/habeas?sslmode=on"_s
                                 << u"sslmode must be one of"_s;
    QTest::newRow("unknown parameter") << u"postgresql://wang@db/habeas?application_name=x"_s
                                       << u"\"application_name\" is not supported"_s;
}

void TestLibraryLocation::malformed()
{
    QFETCH(QString, text);
    QFETCH(QString, says);
    const auto location = LibraryLocation::parse(text);
    QVERIFY(!location.ok());
    QCOMPARE(location.error().kind, Error::Kind::Input);
    QVERIFY2(location.error().message.contains(says), qPrintable(location.error().message));
}

void TestLibraryLocation::neverAPassword_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("in the user part") << u"postgresql://wang:s3cret@db/habeas"_s;
    QTest::newRow("empty password") << u"postgresql://wang:@db/habeas"_s;
    QTest::newRow("as a parameter") << u"postgresql://wang@db/habeas?password=s3cret"_s;
}

void TestLibraryLocation::neverAPassword()
{
    QFETCH(QString, text);
    const auto location = LibraryLocation::parse(text);
    QVERIFY(!location.ok());
    QCOMPARE(location.error().kind, Error::Kind::Input);
    QVERIFY2(location.error().message.contains(u"holds a password"_s),
        qPrintable(location.error().message));
    QVERIFY2(
        location.error().message.contains(u"PGPASSWORD"_s), qPrintable(location.error().message));
    // The refusal never repeats the password.
    QVERIFY(!location.error().message.contains(u"s3cret"_s));
}

QTEST_GUILESS_MAIN(TestLibraryLocation)
#include "tst_librarylocation.moc"
